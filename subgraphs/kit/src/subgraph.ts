import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openDatabase, type Database } from './database';
import { applyMigrations } from './migrate';
import { HUB_CONTEXT_HEADER, type HubContext } from './hubContext';
import { HubContextVerifier } from './trust/contextToken';
import { DataAccess } from './purpose/dataAccess';
import { PurposeVerifier } from './purpose/purposeToken';
import { LoaderRegistry } from './loaders';
import { createLogger, type Logger } from './logger';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startGraphQLService, type RunningService } from './server';
import type { SubgraphConfig } from './config';
import { dataAccessAuditPlugin, DataAccessLog } from './audit';

/** The part of a generated Prisma client the kit relies on. */
export interface PrismaLike {
  $on(event: 'query', callback: (event: { query: string }) => void): void;
  $disconnect(): Promise<void>;
}

/** What the kit hands a department to build each request's context. */
export interface ContextInput<TPrisma> {
  hub: HubContext;
  prisma: TPrisma;
  loaders: LoaderRegistry;
  log: Logger;
  /** The request's headers, e.g. the caller's Authorization that the gateway passes on to intake. */
  headers: IncomingHttpHeaders;
  /** What the caller may read about whom in this request (purpose/dataAccess.ts). */
  access: DataAccess;
}

/** Base of every department's request context. */
export interface SubgraphContext extends HubContext {
  loaders: LoaderRegistry;
  log: Logger;
  /** Purpose-bound access rules of the request; the kit's guard applies them to every field. */
  access: DataAccess;
}

/** A department system, described once; the kit does the rest. */
export interface SubgraphDefinition<TPrisma extends PrismaLike, TContext extends SubgraphContext> {
  name: string;
  migrationsDir: string;
  schema: () => Promise<GraphQLSchema>;
  prisma: (adapter: SqlDriverAdapterFactory) => TPrisma;
  context: (input: ContextInput<TPrisma>) => TContext;
  /** Loads demo data into an empty database; returns rows written. */
  seed?: (db: Database, log: Logger) => Promise<number>;
  /** True when the database already holds data, so the demo seed is skipped. */
  hasData?: (prisma: TPrisma) => Promise<boolean>;
  /**
   * Work beside the service while it is up (intake publishes its outbox): started once the
   * database is migrated, stopped after the service and before the database closes.
   */
  onStart?: (started: StartedSubgraph<TPrisma>) => Promise<SubgraphCompanion> | SubgraphCompanion;
}

/** What `onStart` gets: the department's database, Prisma client and log. */
export interface StartedSubgraph<TPrisma> {
  db: Database;
  prisma: TPrisma;
  log: Logger;
}

/** Work started by `onStart`, stopped with the subgraph. */
export interface SubgraphCompanion {
  stop(): Promise<void>;
}

/** Counts SQL statements the department's Prisma client sends (the N+1 test reads it). */
export class StatementCounter {
  count = 0;
  reset(): void {
    this.count = 0;
  }
}

export interface RunningSubgraph<TPrisma> extends RunningService {
  name: string;
  db: Database;
  prisma: TPrisma;
  statements: StatementCounter;
}

export async function startSubgraph<TPrisma extends PrismaLike, TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TPrisma, TContext>,
  config: SubgraphConfig,
): Promise<RunningSubgraph<TPrisma>> {
  const log = createLogger(definition.name);
  const db = await openDatabase(config.databaseUrl);
  const migrations = await applyMigrations(db, definition.migrationsDir);
  if (migrations.applied.length) log.info({ applied: migrations.applied }, 'migrations applied');
  const prisma = definition.prisma(db.adapter);
  const statements = new StatementCounter();
  prisma.$on('query', () => void statements.count++);
  if (config.seedDemo && definition.seed && !(await definition.hasData?.(prisma))) {
    const rows = await definition.seed(db, log);
    log.info({ rows }, 'demo data loaded');
  }
  const schema = await definition.schema();
  const verifier = new HubContextVerifier(config.contextVerifyKey, definition.name);
  const purposes = new PurposeVerifier(config.purposeVerifyKey);
  const service = await startGraphQLService(
    {
      name: definition.name,
      schema,
      log,
      context: (req: IncomingMessage) => contextFor(definition, req, prisma, log, verifier, purposes),
      ready: async () => (await db.query('SELECT 1 AS ok')).length === 1,
      // Traces would travel inside every response to the gateway; logs carry the trace id instead.
      // Every read of personal data is recorded in the department's own log before it is answered.
      apollo: { plugins: [ApolloServerPluginInlineTraceDisabled(), dataAccessAuditPlugin<TContext>(new DataAccessLog(db, definition.name), definition.name, log)] },
    },
    config.port,
    config.host,
  );
  let companion: SubgraphCompanion | undefined;
  try {
    companion = await definition.onStart?.({ db, prisma, log });
  } catch (err) {
    await service.stop();
    await prisma.$disconnect();
    await db.close();
    throw err;
  }
  return {
    ...service,
    name: definition.name,
    db,
    prisma,
    statements,
    stop: async () => {
      await service.stop();
      await companion?.stop();
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/**
 * The request's context, built only from a context the gateway signed for this department:
 * verified before anything else, so a direct call (no header, plain JSON, another key, an
 * expired token, one meant for another department) gets 401 UNAUTHENTICATED and no data.
 */
async function contextFor<TPrisma extends PrismaLike, TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TPrisma, TContext>,
  req: IncomingMessage,
  prisma: TPrisma,
  log: Logger,
  verifier: HubContextVerifier,
  purposes: PurposeVerifier,
): Promise<TContext> {
  const header = req.headers[HUB_CONTEXT_HEADER];
  let hub: HubContext;
  try {
    hub = await verifier.verify(typeof header === 'string' ? header : undefined);
  } catch (err) {
    log.warn({ err: (err as Error).message, remoteAddress: req.socket.remoteAddress }, 'refused a request that did not come through the gateway');
    throw err;
  }
  const access = await DataAccess.of(hub, definition.name, purposes);
  if (access.grant) {
    // The verified grant, not the client's headers, says what the read is for in the log.
    const { grant } = access;
    hub = {
      ...hub,
      purpose: {
        matter: grant.matter,
        ...(grant.basis === 'CASE' ? { caseId: grant.id } : { description: `用数授权 ${grant.id}` }),
      },
    };
  }
  return definition.context({
    hub,
    access,
    prisma,
    loaders: new LoaderRegistry(),
    log: log.child({ traceId: hub.traceId, caller: hub.caller.id }),
    headers: req.headers,
  });
}

/** Entry point helper: start, log the URL, stop cleanly on SIGTERM/SIGINT. */
export function runUntilSignalled(start: () => Promise<{ stop(): Promise<void> }>, log: Logger): void {
  start()
    .then((running) => {
      const shutdown = (signal: string) => {
        log.info({ signal }, 'shutting down');
        running.stop().then(
          () => process.exit(0),
          (err: unknown) => {
            log.error({ err }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', shutdown);
      process.once('SIGINT', shutdown);
    })
    .catch((err: unknown) => {
      log.error({ err }, 'failed to start');
      process.exit(1);
    });
}
