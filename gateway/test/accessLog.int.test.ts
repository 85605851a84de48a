import { randomUUID } from 'node:crypto';
import { postGraphQL } from '@hub/kit';
import { findDemoAccount } from '../src/auth/demoAccounts';
import { startTestHub, type TestHub } from './testHub';

/**
 * 用数留痕 across the hub: after a clerk reads a person's data for a case, the person — and
 * only the person — asks the gateway once and sees, from every department that served it,
 * who read what, when and why.
 */
let hub: TestHub;
const owner = findDemoAccount('citizen-restaurant-owner')!.claims.idNumber!;
beforeAll(async () => {
  hub = await startTestHub();
}, 180_000);
afterAll(() => hub?.stop());

const DEPARTMENT_LOGS = ['accessLogCivilAffairs', 'accessLogSocialSecurity', 'accessLogMarketAccess', 'accessLogELicense'] as const;
const WHO_READ_MY_DATA = /* GraphQL */ `
  query WhoReadMyData($id: String!) {
    person(idNumber: $id) { ${DEPARTMENT_LOGS.map((field) => `${field} { ...Read }`).join(' ')} }
  }
  fragment Read on DataAccessRecord { department at caller { id role centre } purpose { matter caseId } items traceId }`;

type Read = { department: string; caller: { id: string; role: string; centre: string | null }; purpose: { matter: string | null; caseId: string | null } | null; items: string[]; traceId: string };
type Logs = { person: Record<(typeof DEPARTMENT_LOGS)[number], Read[] | null> | null };

describe('who read my data', () => {
  it('shows the citizen the reads every department served, with who, why and what', async () => {
    const traceId = `prefill-${randomUUID()}`;
    const read = await postGraphQL(
      hub.gateway.url,
      'query($id: String!) { person(idNumber: $id) { name insuranceEnrolments { scheme } businessesOperated { name } licences { id } } }',
      { id: owner },
      { ...(await hub.authHeaders('clerk-boshan')), 'x-hub-matter': '370304-GTGSH-001', 'x-hub-case': 'C2026-0042', 'x-request-id': traceId },
    );
    expect(read.body.errors).toBeUndefined();

    const { body } = await postGraphQL<Logs>(hub.gateway.url, WHO_READ_MY_DATA, { id: owner }, await hub.authHeaders('citizen-restaurant-owner'));
    expect(body.errors).toBeUndefined();
    const logs = body.data!.person!;
    const expected = {
      accessLogCivilAffairs: ['civil-affairs', ['name']],
      accessLogSocialSecurity: ['social-security', ['insuranceEnrolments.scheme']],
      accessLogMarketAccess: ['market-access', ['businessesOperated.name']],
      accessLogELicense: ['e-license', ['licences.id']],
    } as const;
    for (const field of DEPARTMENT_LOGS) {
      const [department, items] = expected[field];
      expect(logs[field]!.filter((r) => r.traceId === traceId)).toEqual([{
        department, items, traceId,
        at: expect.any(String),
        caller: { id: 'clerk-boshan', role: 'CLERK', centre: '博山区城东街道便民服务中心' },
        purpose: { matter: '370304-GTGSH-001', caseId: 'C2026-0042' },
      }]);
    }
  });

  it('refuses anyone but the person, naming why, and gives no data', async () => {
    for (const account of ['clerk-boshan', 'citizen-elderly']) {
      const { body } = await postGraphQL<Logs>(hub.gateway.url, WHO_READ_MY_DATA, { id: owner }, await hub.authHeaders(account));
      for (const field of DEPARTMENT_LOGS) expect(body.data?.person?.[field] ?? null).toBeNull();
      expect(body.errors).toHaveLength(DEPARTMENT_LOGS.length);
      for (const error of body.errors ?? []) {
        expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DATA_SUBJECT' });
        expect(error.message).toMatch(/Only the person themself may see who read their data/);
      }
    }
  });
});
