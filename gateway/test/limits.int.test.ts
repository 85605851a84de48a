import { postGraphQL, PURPOSE_HEADER } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { expectRefused, postRaw, statementsDuring } from './refusals';
import { startTestHub, type TestHub } from './testHub';

/**
 * Hostile operations are refused at the gateway, quickly and before any department is
 * asked, and the gateway keeps serving everyone else; each caller has a request budget.
 */
let hub: TestHub;
let attacker: Record<string, string>;
let bystander: Record<string, string>;
beforeAll(async () => {
  hub = await startTestHub();
  attacker = await hub.authHeaders('clerk-boshan');
  // Another centre's clerk working on a case of their own.
  bystander = await hub.grantHeaders({ subjects: [idNumber], paths: ['person.name', 'person.insuranceEnrolments'], centre: '周村区丝绸路街道便民服务中心' }, 'clerk-zhoucun');
}, 180_000);
afterAll(() => hub?.stop());

const { idNumber } = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED }).restaurantOwner;
const NORMAL = `{ person(idNumber: "${idNumber}") { name insuranceEnrolments { scheme } } }`;

/** person → household → members → person → … → name, `depth` fields deep (depth = 2 + 3n). */
function deepQuery(depth: number, leaf = 'name'): string {
  let selection = leaf;
  for (let level = 2; level < depth; level += 3) selection = `household { members { person { ${selection} } } }`;
  return `{ person(idNumber: "${idNumber}") { ${selection} } }`;
}

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `p${i}: person(idNumber: "${idNumber}") { name }`).join(' ')} }`;
const operation = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const HOSTILE: Array<[string, () => string, number, string, RegExp]> = [
  ['depth 50', () => operation(deepQuery(50)), 400, 'GRAPHQL_VALIDATION_FAILED', /depth limit of 10 exceeded/],
  ['1,000 aliases', () => operation(aliases(1000)), 400, 'GRAPHQL_PARSE_FAILED', /more that 2000 tokens/],
  ['50 aliases (under the token limit)', () => operation(aliases(50)), 400, 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 30 exceeded/],
  // Refused for its cost alone: depth 8 is within the limit.
  ['a wide query within the depth limit', () => operation(deepQuery(8, 'name '.repeat(150))), 400, 'GRAPHQL_VALIDATION_FAILED', /^[^]*Cost limit of 2000 exceeded(?![^]*depth)/],
  ['100 batched operations', () => JSON.stringify(Array.from({ length: 100 }, () => ({ query: NORMAL }))), 400, 'BAD_REQUEST', /batching disabled/],
  ['a 10 MB variable', () => operation(NORMAL.replace('{', 'query($x: String) {'), { x: 'x'.repeat(10 * 1024 * 1024) }), 413, 'BAD_REQUEST', /larger than 1000000 bytes/],
];

describe('hostile operations', () => {
  it.each(HOSTILE)('%s is refused quickly, and the next caller is served', async (_, body, status, code, message) => {
    const sent = body();
    const statements = await statementsDuring(hub.departments.values(), async () => {
      const started = Date.now();
      const refused = await postRaw(hub.gateway.url, sent, attacker);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(refused.status).toBe(status);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(refused.body.errors?.map((e) => e.message).join(' ')).toMatch(message);
    });
    expect(statements).toBe(0);
    const { status: next, body: answer } = await postGraphQL<{ person: { name: string } }>(hub.gateway.url, NORMAL, {}, bystander);
    expect(next).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.person.name).toBeTruthy();
  });
});

describe('rate limits', () => {
  it('answers 429 RATE_LIMITED with Retry-After once a caller’s budget is spent; other callers go on', async () => {
    const limited = await hub.startGateway({ rateLimits: { perCaller: 3, perAddress: 100, windowSeconds: 60 } });
    const [busy, other] = [
      { ...(await hub.authHeaders('clerk-boshan', limited)), [PURPOSE_HEADER]: (await hub.grantHeaders({ subjects: [idNumber], paths: ['person.name', 'person.insuranceEnrolments'] }))[PURPOSE_HEADER]! },
      { ...(await hub.authHeaders('clerk-zhoucun', limited)), [PURPOSE_HEADER]: bystander[PURPOSE_HEADER]! },
    ];
    for (let i = 0; i < 3; i++) expect((await postGraphQL(limited.url, NORMAL, {}, busy)).status).toBe(200);
    const refused = await postRaw(limited.url, operation(NORMAL), busy);
    expectRefused(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const { status, body } = await postGraphQL<{ person: { name: string } }>(limited.url, NORMAL, {}, other);
    expect(status).toBe(200);
    expect(body.data?.person.name).toBeTruthy();
  });

  it('counts requests without a valid token by address, so token guessing is bounded too', async () => {
    const limited = await hub.startGateway({ rateLimits: { perCaller: 100, perAddress: 2, windowSeconds: 60 } });
    const guess = { authorization: 'Bearer not.a.token' };
    expect((await postRaw(limited.url, operation(NORMAL), guess)).status).toBe(401);
    expect((await postRaw(limited.url, operation(NORMAL), guess)).status).toBe(401);
    const refused = await postRaw(limited.url, operation(NORMAL), guess);
    expectRefused(refused, 429, 'RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
