import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { dropPostgresDatabase } from './database';
import { startSubgraph, type PrismaLike, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from './subgraph';
import { HUB_CONTEXT_HEADER, type Caller, type Purpose } from './hubContext';
import { HubContextSigner } from './trust/contextToken';
import { generateContextKeys, type ContextKeyPair } from './trust/keys';
import type { PurposeGrant } from './purpose/purposeGrant';
import { PurposeSigner } from './purpose/purposeToken';

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

/**
 * The context key pair of this test process: test departments trust it, and tests (and
 * the test gateway) sign with it, as the gateway does in production.
 */
let testKeys: ContextKeyPair | undefined;
export function testContextKeys(): ContextKeyPair {
  testKeys ??= generateContextKeys();
  return testKeys;
}

/** Intake's purpose key pair in this test process (departments trust it; tests sign grants with it). */
let purposeKeys: ContextKeyPair | undefined;
export function testPurposeKeys(): ContextKeyPair {
  purposeKeys ??= generateContextKeys();
  return purposeKeys;
}

/** A purpose grant signed as intake signs one, as a `Purpose` for a signed test request. */
export async function testPurpose(grant: Partial<PurposeGrant> & Pick<PurposeGrant, 'subjects' | 'paths'>, expiresAt?: number): Promise<Purpose> {
  const full: PurposeGrant = {
    basis: 'CASE',
    id: 'TEST-CASE',
    matter: 'TEST',
    matterName: '测试事项',
    centre: TEST_CLERK.centre!,
    licenceTypes: [],
    ...grant,
  };
  return { token: await new PurposeSigner(testPurposeKeys().signingKey).sign(full, expiresAt) };
}

/**
 * The caller department tests act as unless they say otherwise: a department system granted
 * everything, since those tests are about the data served; access rules have tests of their own.
 */
export const TEST_SYSTEM: Caller = {
  id: 'test-system',
  role: 'DEPARTMENT_SYSTEM',
  name: '测试系统',
  grants: ['*'],
};

/** A clerk of a Boshan service centre. */
export const TEST_CLERK: Caller = {
  id: 'test-clerk-370304001',
  role: 'CLERK',
  name: '测试窗口',
  centre: '博山区城东街道便民服务中心',
  division: '370304001',
};

export interface SignedRequestOptions {
  caller?: Caller;
  purpose?: Purpose | null;
  /** More headers, or overrides (e.g. a forged x-hub-context). */
  headers?: Record<string, string>;
}

export interface TestSubgraph<TPrisma> extends RunningSubgraph<TPrisma> {
  databaseUrl: string;
  /** Headers of a request that came through the gateway: a context signed for this department. */
  headersFor(caller?: Caller, purpose?: Purpose | null): Promise<Record<string, string>>;
  /** POSTs an operation as the gateway would, signed for `caller` (TEST_SYSTEM unless given). */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: SignedRequestOptions): Promise<GraphQLResult<T>>;
}

/** Starts a department on port 0 with its own fresh database, seeded with demo data. */
export async function startTestSubgraph<TPrisma extends PrismaLike, TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TPrisma, TContext>,
  options: { seed?: boolean; contextKeys?: ContextKeyPair } = {},
): Promise<TestSubgraph<TPrisma>> {
  const keys = options.contextKeys ?? testContextKeys();
  const databaseUrl = await freshDatabaseUrl(definition.name);
  const dropDatabase = () => (databaseUrl.startsWith('postgres') ? dropPostgresDatabase(databaseUrl) : Promise.resolve());
  let running: RunningSubgraph<TPrisma>;
  try {
    running = await startSubgraph(definition, {
      port: 0,
      host: '127.0.0.1',
      databaseUrl,
      seedDemo: options.seed ?? true,
      contextVerifyKey: keys.verifyKey,
      purposeVerifyKey: testPurposeKeys().verifyKey,
    });
  } catch (err) {
    // A failed start (a bad migration, a seed that throws) must not leave its database behind.
    await dropDatabase().catch(() => undefined);
    throw err;
  }
  const signer = new HubContextSigner(keys.signingKey);
  const headersFor = async (caller: Caller = TEST_SYSTEM, purpose: Purpose | null = null) => ({
    [HUB_CONTEXT_HEADER]: await signer.sign({ caller, purpose, traceId: `test-${randomBytes(8).toString('hex')}` }, definition.name),
  });
  return {
    ...running,
    databaseUrl,
    headersFor,
    query: async <T>(query: string, variables: Record<string, unknown> = {}, request: SignedRequestOptions = {}) =>
      postGraphQL<T>(running.url, query, variables, { ...(await headersFor(request.caller, request.purpose)), ...request.headers }),
    stop: async () => {
      await running.stop();
      await dropDatabase();
    },
  };
}

/** A GraphQL response as tests read it: HTTP status and the parsed body. */
export interface GraphQLResult<T> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POSTs a GraphQL operation and returns the parsed response. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
