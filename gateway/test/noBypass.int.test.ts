import { generateContextKeys, HUB_CONTEXT_HEADER, HubContextSigner, postGraphQL, TEST_CLERK, testContextKeys, type HubContext } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { expectRefused } from './refusals';
import { startTestHub, type TestHub } from './testHub';

/**
 * Departments answer only requests that came through the gateway: a context the gateway
 * signed for that department, seconds ago. A direct call without one, or with one forged in
 * any way, gets 401 UNAUTHENTICATED and no data — from every department.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 180_000);
afterAll(() => hub?.stop());

/** A person every department knows something about, so a successful call would return data. */
const { idNumber } = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED }).restaurantOwner;
const ENTITY = `{ _entities(representations: [{ __typename: "Person", idNumber: "${idNumber}" }]) { ... on Person { idNumber } } }`;
const context: HubContext = { caller: TEST_CLERK, purpose: { matter: 'M1' }, traceId: 'direct-call-test' };
/** What a forger would claim: an approver (ASCII, so it fits in a header as plain JSON). */
const forged: HubContext = { caller: { id: 'forger', role: 'APPROVER', department: 'civil-affairs' }, purpose: null, traceId: 'forged' };
const base64Json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

const FORGERIES: Array<[string, (department: string) => Promise<Record<string, string>>, string | RegExp]> = [
  ['no context at all', async () => ({}), /^no x-hub-context/],
  ['the context as unsigned base64 JSON', async () => ({ [HUB_CONTEXT_HEADER]: base64Json(forged) }), 'x-hub-context refused: token is malformed'],
  ['the context as plain JSON', async () => ({ [HUB_CONTEXT_HEADER]: JSON.stringify(forged) }), 'x-hub-context refused: token is malformed'],
  ['an unsigned token (alg "none")', async () => ({ [HUB_CONTEXT_HEADER]: `${base64Json({ alg: 'none', typ: 'hub-context+jwt' })}.${base64Json({ ctx: forged, exp: now() + 30, iat: now() })}.` }), 'x-hub-context refused: token algorithm is not allowed'],
  ['a context signed by another key', async (d) => ({ [HUB_CONTEXT_HEADER]: await new HubContextSigner(generateContextKeys().signingKey).sign(context, d) }), 'x-hub-context refused: token signature does not verify'],
  ['an expired context', async (d) => ({ [HUB_CONTEXT_HEADER]: await new HubContextSigner(testContextKeys().signingKey).sign(context, d, now() - 120) }), 'x-hub-context refused: token has expired'],
  ['a context signed for another department', async (d) => ({ [HUB_CONTEXT_HEADER]: await new HubContextSigner(testContextKeys().signingKey).sign(context, d === 'civil-affairs' ? 'e-license' : 'civil-affairs') }), 'x-hub-context refused: token audience is not accepted here'],
];

describe.each(['civil-affairs', 'social-security', 'market-access', 'e-license'])('%s called directly', (department) => {
  it.each(FORGERIES)('refuses %s', async (_, headers, reason) => {
    const sg = hub.departments.get(department)!;
    sg.statements.reset();
    expectRefused(await postGraphQL(sg.url, ENTITY, {}, await headers(department)), 401, 'UNAUTHENTICATED', reason);
    expect(sg.statements.count).toBe(0);
  });

  it('answers a context the gateway would sign, and keeps /health and /ready open', async () => {
    const sg = hub.departments.get(department)!;
    const { status, body } = await sg.query<{ _entities: Array<{ idNumber: string }> }>(ENTITY);
    expect(status).toBe(200);
    expect(body.data?._entities).toEqual([{ idNumber }]);
    const base = sg.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
