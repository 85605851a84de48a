import { join } from 'node:path';
import { PURPOSE_HEADER, postGraphQL, startTestSubgraph, testContextKeys, testPurpose, testPurposeKeys, type PurposeGrant, type TestSubgraph } from '@hub/kit';
import { DEPARTMENTS, type Department } from '../../scripts/src/departments';
import type { GatewayTarget } from '@hub/intake/dist/config';
import { createIntake } from '@hub/intake/dist/server';
import { DEFAULT_AUDIENCE } from '../src/auth/authConfig';
import type { GatewayConfig } from '../src/config';
import { QUERY_LIMITS } from '../src/limits/queryLimits';
import { DEFAULT_RATE_LIMITS } from '../src/limits/rateLimits';
import { startGateway, type RunningGateway } from '../src/server';

/** The whole hub for a test: the seeded departments and intake on fresh databases and the gateway, all on port 0. */
export interface TestHub {
  gateway: RunningGateway;
  /** The department systems, by name (intake is not one of them). */
  departments: Map<string, TestSubgraph<unknown>>;
  /** The one-window intake subgraph. */
  intake: TestSubgraph<unknown>;
  /** Where intake reads departments: the hub's gateway (a test may point it at another). */
  intakeGateway: GatewayTarget;
  /** Another gateway over the same departments, with some settings changed; stopped with the hub. */
  startGateway(overrides?: Partial<GatewayConfig>): Promise<RunningGateway>;
  /** A bearer token for a demo account, from a gateway's development issuer (POST /auth/dev-token). */
  tokenFor(account: string, gateway?: RunningGateway): Promise<string>;
  /** The Authorization header of a demo account (a clerk of 博山区城东街道便民服务中心 unless named). */
  authHeaders(account?: string, gateway?: RunningGateway): Promise<Record<string, string>>;
  /**
   * The headers of a clerk working on a case: the clerk opens a case for the applicant and the
   * matter or bundle through the gateway (intake's openCase) and sends its purpose grant.
   */
  /**
   * The headers of a clerk (of 博山区城东街道便民服务中心 unless named) holding a grant made here
   * with the test purpose key, as intake would sign it: for tests about the data served, not
   * about how a grant is obtained.
   */
  grantHeaders(grant: Partial<PurposeGrant> & Pick<PurposeGrant, 'subjects' | 'paths'>, account?: string): Promise<Record<string, string>>;
  caseHeaders(subject: { idNumber: string } | { creditCode: string }, target: { matterCode: string } | { bundleCode: string }, account?: string): Promise<CaseHeaders>;
  stop(): Promise<void>;
}

export interface CaseHeaders {
  caseId: string;
  /** Authorization and x-hub-purpose. */
  headers: Record<string, string>;
}

/**
 * The gateway's configuration in tests: development mode, the test context key, the demo
 * limits, and a generous department deadline: a test hub runs every service in one process
 * on a shared machine, where a cold first query can take what a department on its own never
 * would. Tests about deadlines and circuits set their own (resilience.int.test.ts).
 */
export function testGatewayConfig(subgraphUrls: Record<string, string>, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    supergraphPath: join(__dirname, '..', 'supergraph.graphql'),
    subgraphUrls,
    production: false,
    contextSigningKey: testContextKeys().signingKey,
    auth: { audience: DEFAULT_AUDIENCE, issuers: [], devIssuer: true, clockToleranceSeconds: 10 },
    limits: QUERY_LIMITS,
    rateLimits: DEFAULT_RATE_LIMITS,
    subgraphTimeoutMs: 8000,
    ...overrides,
  };
}

/** Intake reads departments through the gateway, which starts after it: the target is filled in then. */
function withIntakeGateway(d: Department, target: GatewayTarget): Department['definition'] {
  // Generic in its own Prisma client and context, as in scripts/src/departments.ts.
  return d.name === 'intake' ? (createIntake(target, testPurposeKeys().signingKey) as unknown as Department['definition']) : d.definition;
}

export async function startTestHub(): Promise<TestHub> {
  const intakeGateway: GatewayTarget = { url: '', timeoutMs: 20_000 };
  const started = await Promise.all(DEPARTMENTS.map(async (d) => [d.name, await startTestSubgraph(withIntakeGateway(d, intakeGateway))] as const));
  const departments = new Map<string, TestSubgraph<unknown>>(started.filter(([name]) => name !== 'intake'));
  const intake = started.find(([name]) => name === 'intake')![1];
  const subgraphUrls = Object.fromEntries(started.map(([name, sg]) => [name, sg.url]));
  const gateways: RunningGateway[] = [];
  const more = async (overrides: Partial<GatewayConfig> = {}) => {
    const gateway = await startGateway(testGatewayConfig(subgraphUrls, overrides));
    gateways.push(gateway);
    return gateway;
  };
  const gateway = await more();
  intakeGateway.url = gateway.url;
  const tokenFor = (account: string, via: RunningGateway = gateway) => devToken(via, account);
  return {
    gateway,
    departments,
    intake,
    intakeGateway,
    startGateway: more,
    tokenFor,
    authHeaders: async (account = 'clerk-boshan', via = gateway) => ({ authorization: `Bearer ${await tokenFor(account, via)}` }),
    grantHeaders: async (grant, account = 'clerk-boshan') => ({
      authorization: `Bearer ${await tokenFor(account)}`,
      [PURPOSE_HEADER]: (await testPurpose(grant)).token!,
    }),
    caseHeaders: async (subject, target, account = 'clerk-boshan') => {
      const auth = { authorization: `Bearer ${await tokenFor(account)}` };
      const { body } = await postGraphQL<{ openCase: { id: string; purposeGrant: { token: string } } }>(
        gateway.url,
        'mutation($s: SubjectInput!, $m: String, $b: String) { openCase(subject: $s, matterCode: $m, bundleCode: $b) { id purposeGrant { token } } }',
        { s: subject, m: 'matterCode' in target ? target.matterCode : null, b: 'bundleCode' in target ? target.bundleCode : null },
        auth,
      );
      const opened = body.data?.openCase;
      if (!opened) throw new Error(`could not open a case: ${JSON.stringify(body.errors)}`);
      return { caseId: opened.id, headers: { ...auth, [PURPOSE_HEADER]: opened.purposeGrant.token } };
    },
    stop: async () => {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all([...departments.values(), intake].map((sg) => sg.stop()));
    },
  };
}

/** What a client does: POST /auth/dev-token {"account": …}. */
export async function devToken(gateway: RunningGateway, account: string): Promise<string> {
  const response = await fetch(gateway.url.replace(/\/graphql$/, '/auth/dev-token'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  const body = (await response.json()) as { token?: string };
  if (response.status !== 200 || !body.token) throw new Error(`no dev token for ${account}: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

export function department(hub: TestHub, name: string): TestSubgraph<unknown> {
  const sg = hub.departments.get(name);
  if (!sg) throw new Error(`department ${name} is not running`);
  return sg;
}
