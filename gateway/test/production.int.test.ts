import { readFileSync } from 'node:fs';
import { postGraphQL, PURPOSE_HEADER, testPurposeKeys } from '@hub/kit';
import { DEFAULT_SAFELIST_PATH, loadSafelist } from '../src/limits/operationSafelist';
import { DEFAULT_AUDIENCE } from '../src/auth/authConfig';
import { findDemoAccount } from '../src/auth/demoAccounts';
import type { RunningGateway } from '../src/server';
import { expectRefused } from './refusals';
import { startTestIssuer, type TestIssuer } from './testIssuer';
import { startTestHub, type TestHub } from './testHub';

/**
 * Production mode: tokens only from the configured issuer (its JWKS from a file), no
 * development issuer, no introspection, no field suggestions.
 */
let hub: TestHub;
let issuer: TestIssuer;
let production: RunningGateway;
let clerk: Record<string, string>;
beforeAll(async () => {
  hub = await startTestHub();
  issuer = await startTestIssuer(DEFAULT_AUDIENCE);
  production = await hub.startGateway({
    production: true,
    auth: { audience: DEFAULT_AUDIENCE, issuers: [issuer.trusted], devIssuer: false, clockToleranceSeconds: 10 },
  });
  clerk = { authorization: `Bearer ${await issuer.sign(findDemoAccount('clerk-boshan')!.claims)}` };
}, 180_000);
afterAll(async () => {
  issuer?.remove();
  await hub?.stop();
});

const TYPES = '{ licenceTypes { name } }';

describe('the gateway in production mode', () => {
  it('accepts tokens of the configured issuer', async () => {
    const { status, body } = await postGraphQL<{ licenceTypes: unknown[] }>(production.url, TYPES, {}, clerk);
    expect(status).toBe(200);
    expect(body.data?.licenceTypes.length).toBeGreaterThan(0);
  });

  it('has no development issuer: no /auth/dev-token, and development tokens are refused', async () => {
    expect(production.devIssuer).toBeNull();
    const route = await fetch(production.url.replace(/\/graphql$/, '/auth/dev-token'), { method: 'POST', body: '{"account":"clerk-boshan"}' });
    expect(route.status).toBe(404);
    expectRefused(await postGraphQL(production.url, TYPES, {}, await hub.authHeaders('clerk-boshan')), 401, 'UNAUTHENTICATED', 'token issuer is not trusted');
  });

  it('refuses an expired token of the configured issuer', async () => {
    const expired = await issuer.sign(findDemoAccount('clerk-boshan')!.claims, { issuedAt: Math.floor(Date.now() / 1000) - 3600 });
    expectRefused(await postGraphQL(production.url, TYPES, {}, { authorization: `Bearer ${expired}` }), 401, 'UNAUTHENTICATED', 'token has expired');
  });

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "Person") { fields { name } } }'],
  ])('refuses introspection (%s)', async (_, query) => {
    const { status, body } = await postGraphQL(production.url, query, {}, clerk);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names, where development does', async () => {
    const typo = '{ licenceTypes { nam } }';
    const inProduction = await postGraphQL(production.url, typo, {}, clerk);
    expect(inProduction.status).toBe(400);
    expect(inProduction.body.errors?.[0]?.message).toMatch(/Cannot query field "nam"/);
    expect(JSON.stringify(inProduction.body)).not.toMatch(/Did you mean/);
    const inDevelopment = await postGraphQL(hub.gateway.url, typo, {}, await hub.authHeaders('clerk-boshan'));
    expect(inDevelopment.body.errors?.[0]?.message).toMatch(/Did you mean "name"/);
  });

  it('allows introspection in development', async () => {
    const { status, body } = await postGraphQL<{ __schema: { queryType: { name: string } } }>(hub.gateway.url, '{ __schema { queryType { name } } }', {}, await hub.authHeaders('clerk-boshan'));
    expect(status).toBe(200);
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('the persisted-operation safelist in production', () => {
  let safelisted: RunningGateway;
  beforeAll(async () => {
    safelisted = await hub.startGateway({
      production: true,
      auth: { audience: DEFAULT_AUDIENCE, issuers: [issuer.trusted], devIssuer: false, clockToleranceSeconds: 10 },
      safelist: loadSafelist(DEFAULT_SAFELIST_PATH, testPurposeKeys().verifyKey),
    });
  });

  const SDK_TYPES = 'query LicenceTypes { licenceTypes { code englishName holderCodeType issuingDepartment name } }';

  it('runs the SDK’s operations, however they are laid out', async () => {
    for (const query of [SDK_TYPES, SDK_TYPES.replace(/ /g, '\n  ')]) {
      const { status, body } = await postGraphQL<{ licenceTypes: unknown[] }>(safelisted.url, query, {}, clerk);
      expect(status).toBe(200);
      expect(body.data?.licenceTypes.length).toBeGreaterThan(0);
    }
  });

  it('refuses any other operation before planning it', async () => {
    const { status, body } = await postGraphQL(safelisted.url, TYPES, {}, clerk);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SAFELISTED');
  });

  it('runs the prefill documents intake plans and signs, and no unsigned copy of them', async () => {
    const owner = findDemoAccount('citizen-restaurant-owner')!.claims.idNumber!;
    const variables = { subject: { idNumber: owner }, bundleCode: 'YJS-001' };
    // The document intake plans for the restaurant bundle, as the development gateway shows it.
    const dev = await postGraphQL<{ prefillForm: { sharedDataQuery: string } }>(hub.gateway.url,
      'mutation($subject: SubjectInput!, $bundleCode: String) { prefillForm(subject: $subject, bundleCode: $bundleCode) { sharedDataQuery } }', variables, await hub.authHeaders('clerk-boshan'));
    const planned = dev.body.data!.prefillForm.sharedDataQuery;
    const sdk = Object.values(JSON.parse(readFileSync(DEFAULT_SAFELIST_PATH, 'utf8')) as Record<string, string>);
    const sdkOperation = (name: string) => sdk.find((d) => d.startsWith(`mutation ${name}(`))!;
    const previous = hub.intakeGateway.url;
    hub.intakeGateway.url = safelisted.url;
    try {
      // As a client does: open the case, then prefill with its purpose grant (licence details are read under it).
      const opened = await postGraphQL<{ openCase: { id: string; purposeGrant: { token: string } } }>(safelisted.url, sdkOperation('OpenCase'), variables, clerk);
      expect(opened.body.errors).toBeUndefined();
      const { id: caseId, purposeGrant } = opened.body.data!.openCase;
      const { body } = await postGraphQL<{ prefillForm: { fields: Array<{ status: string }>; gatewayErrors: string[] } }>(
        safelisted.url, sdkOperation('PrefillForm'), { ...variables, caseId }, { ...clerk, [PURPOSE_HEADER]: purposeGrant.token });
      expect(body.errors).toBeUndefined();
      expect(body.data!.prefillForm.gatewayErrors).toEqual([]);
      expect(body.data!.prefillForm.fields.some((f) => f.status === 'FILLED')).toBe(true);
    } finally {
      hub.intakeGateway.url = previous;
    }
    const unsigned = await postGraphQL(safelisted.url, planned, { subject: owner }, clerk);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_SAFELISTED');
  });
});
