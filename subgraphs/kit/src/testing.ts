import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { dropPostgresDatabase } from './database';
import { startSubgraph, type PrismaLike, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from './subgraph';

/**
 * Test databases: the real PostgreSQL server when one answers (TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), else the embedded PGlite. Each test gets a database
 * of its own and drops it afterwards.
 */
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let serverReachable: Promise<boolean> | undefined;

export function postgresReachable(): Promise<boolean> {
  serverReachable ??= (async () => {
    if (process.env.TEST_DATABASE === 'pglite') return false;
    const pool = new Pool({ connectionString: SERVER_URL, max: 1, connectionTimeoutMillis: 1500 });
    try {
      await pool.query('SELECT 1');
      return true;
    } catch {
      if (process.env.CI && process.env.TEST_DATABASE !== 'pglite') throw new Error(`CI expects PostgreSQL at ${SERVER_URL}`);
      return false;
    } finally {
      await pool.end();
    }
  })();
  return serverReachable;
}

/** A fresh, uniquely named database URL for one test run of one department. */
export async function freshDatabaseUrl(name: string): Promise<string> {
  if (!(await postgresReachable())) return 'pglite:memory';
  const url = new URL(SERVER_URL);
  url.pathname = `/hub_test_${name.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  return url.toString();
}

export interface TestSubgraph<TPrisma> extends RunningSubgraph<TPrisma> {
  databaseUrl: string;
}

/** Starts a department on port 0 with its own fresh database, seeded with demo data. */
export async function startTestSubgraph<TPrisma extends PrismaLike, TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TPrisma, TContext>,
  options: { seed?: boolean } = {},
): Promise<TestSubgraph<TPrisma>> {
  const databaseUrl = await freshDatabaseUrl(definition.name);
  const dropDatabase = () => (databaseUrl.startsWith('postgres') ? dropPostgresDatabase(databaseUrl) : Promise.resolve());
  let running: RunningSubgraph<TPrisma>;
  try {
    running = await startSubgraph(definition, { port: 0, host: '127.0.0.1', databaseUrl, seedDemo: options.seed ?? true });
  } catch (err) {
    // A failed start (a bad migration, a seed that throws) must not leave its database behind.
    await dropDatabase().catch(() => undefined);
    throw err;
  }
  return {
    ...running,
    databaseUrl,
    stop: async () => {
      await running.stop();
      await dropDatabase();
    },
  };
}

/** POSTs a GraphQL operation and returns the parsed response. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
