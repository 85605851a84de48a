import { HubContextSigner, postGraphQL, testContextKeys } from '@hub/kit';
import { DEFAULT_AUDIENCE } from '../src/auth/authConfig';
import { demoAccounts, findDemoAccount } from '../src/auth/demoAccounts';
import { DEV_TOKEN_SECONDS, DevIssuer } from '../src/auth/devIssuer';
import { expectRefused, statementsDuring } from './refusals';
import { startTestIssuer, type TestIssuer } from './testIssuer';
import { startTestHub, type TestHub } from './testHub';

/**
 * Every request to the gateway names its caller with a token the gateway verifies; without
 * one, or with one that does not verify, the answer is 401 UNAUTHENTICATED with the reason,
 * and no department is asked anything.
 */
let hub: TestHub;
let otherIssuer: TestIssuer;
let someone: string;
beforeAll(async () => {
  hub = await startTestHub();
  otherIssuer = await startTestIssuer(DEFAULT_AUDIENCE);
  const [row] = await hub.departments.get('civil-affairs')!.db.query<{ id: string }>('SELECT "idNumber" AS id FROM "Resident" ORDER BY 1 LIMIT 1');
  someone = row!.id;
}, 180_000);
afterAll(async () => {
  otherIssuer?.remove();
  await hub?.stop();
});

const PERSON = 'query($id: String!) { person(idNumber: $id) { idNumber name insuranceEnrolments { scheme } } }';
const clerkClaims = () => findDemoAccount('clerk-boshan')!.claims;
const now = () => Math.floor(Date.now() / 1000);
const ask = (headers: Record<string, string>) => postGraphQL(hub.gateway.url, PERSON, { id: someone }, headers);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The same token with its payload rewritten and its signature kept: a forged claim. */
function tampered(token: string, change: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = { ...(JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object), ...change };
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

describe('requests the gateway refuses with 401 UNAUTHENTICATED and no data', () => {
  const cases: Array<[string, () => Promise<Record<string, string>>, string | RegExp]> = [
    ['no token', async () => ({}), /^no bearer token/],
    ['a header that is not a bearer token', async () => ({ authorization: 'Basic Y2xlcms6c2VjcmV0' }), 'the Authorization header is not "Bearer <token>"'],
    ['a malformed token', async () => bearer('not.a.token'), 'token is malformed'],
    ['an expired token', async () => bearer(await hub.gateway.devIssuer!.issue(clerkClaims(), { issuedAt: now() - DEV_TOKEN_SECONDS - 600 })), 'token has expired'],
    ['a token whose claims were changed after signing', async () => bearer(tampered(await hub.tokenFor('citizen-elderly'), { role: 'APPROVER', department: 'civil-affairs' })), 'token signature does not verify'],
    ['a token signed by a key the gateway does not trust', async () => bearer(await (await DevIssuer.create(DEFAULT_AUDIENCE)).issue(clerkClaims())), 'no trusted key matches the token'],
    ['a token for another audience', async () => bearer(await hub.gateway.devIssuer!.issue(clerkClaims(), { audience: 'another-service' })), 'token audience is not accepted here'],
    ['a token from an issuer the gateway does not trust', async () => bearer(await otherIssuer.sign(clerkClaims())), 'token issuer is not trusted'],
    ['an unsigned token (alg "none")', async () => bearer(tampered(`${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`, { iss: 'one-window-hub:dev-issuer', aud: DEFAULT_AUDIENCE, sub: 'x', role: 'CLERK', exp: now() + 60 })), 'token algorithm is not allowed'],
    ['a role the hub does not know', async () => bearer(await hub.gateway.devIssuer!.issue({ ...clerkClaims(), role: 'ADMIN' as never })), /^token claims are not acceptable: "role" must be one of/],
    ['a clerk without a town division', async () => bearer(await hub.gateway.devIssuer!.issue({ sub: 'clerk-x', role: 'CLERK', centre: '某便民服务中心' })), /^token claims are not acceptable: "division"/],
    ['a citizen token with an invalid ID number', async () => bearer(await hub.gateway.devIssuer!.issue({ sub: 'c', role: 'CITIZEN', idNumber: '370304198001011234' })), /^token claims are not acceptable: "idNumber".*check digit/],
    ['the gateway’s own internal context token', async () => bearer(await new HubContextSigner(testContextKeys().signingKey).sign({ caller: { id: 'x', role: 'CLERK' }, purpose: null, traceId: 't' }, 'civil-affairs')), 'token issuer is not trusted'],
  ];

  it.each(cases)('%s', async (_, headers, reason) => {
    const sent = await headers();
    const statements = await statementsDuring(hub.departments.values(), async () => {
      const result = await ask(sent);
      expectRefused(result, 401, 'UNAUTHENTICATED', reason);
    });
    expect(statements).toBe(0);
  });

  it('says how to authenticate in WWW-Authenticate', async () => {
    const response = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ licenceTypes { name } }' }) });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="one-window-hub"');
  });

  it('refuses GET queries without a token too', async () => {
    const response = await fetch(`${hub.gateway.url}?query=${encodeURIComponent('{ licenceTypes { name } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })] });
  });
});

describe('what stays open', () => {
  it('health, readiness and the development token route answer without a token', async () => {
    const base = hub.gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const list = (await (await fetch(`${base}/auth/dev-token`)).json()) as { accounts: Array<{ account: string }> };
    expect(list.accounts.map((a) => a.account)).toEqual(demoAccounts().map((a) => a.account));
  });

  it('refuses an unknown demo account, naming the known ones', async () => {
    const response = await fetch(hub.gateway.url.replace(/\/graphql$/, '/auth/dev-token'), { method: 'POST', body: '{"account":"root"}' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('clerk-boshan');
  });
});

describe('demo accounts', () => {
  // Accepted means answered: the catalogue is no one's personal data (who may read whose data is refusals.int.test.ts).
  it.each(demoAccounts().map((a) => [a.account]))('%s gets a token the gateway accepts', async (account) => {
    const { status, body } = await postGraphQL<{ matter: { code: string } }>(hub.gateway.url, '{ matter(code: "MZ-JF-002") { code } }', {}, await hub.authHeaders(account));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.matter).toBeDefined();
  });
});
