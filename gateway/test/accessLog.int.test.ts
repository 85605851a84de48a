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
  it('shows the citizen the reads a prefill made in every department, with who, why and what', async () => {
    const traceId = `prefill-${randomUUID()}`;
    const prefill = await postGraphQL<{ prefillForm: { caseId: string; fields: Array<{ status: string }>; gatewayErrors: string[]; sharedDataQuery: string } }>(
      hub.gateway.url,
      'mutation($id: String!) { prefillForm(subject: { idNumber: $id }, bundleCode: "YJS-001") { caseId fields { status } gatewayErrors sharedDataQuery } }',
      { id: owner },
      { ...(await hub.authHeaders('clerk-boshan')), 'x-request-id': traceId },
    );
    expect(prefill.body.errors).toBeUndefined();
    const { caseId } = prefill.body.data!.prefillForm;
    expect(prefill.body.data!.prefillForm.fields.some((f) => f.status === 'FILLED')).toBe(true);

    const { body } = await postGraphQL<Logs>(hub.gateway.url, WHO_READ_MY_DATA, { id: owner }, await hub.authHeaders('citizen-restaurant-owner'));
    expect(body.errors).toBeUndefined();
    const logs = body.data!.person!;
    // Every department that served the prefill recorded it under the case, for the bundle, as the clerk's read.
    const departments = new Set<string>();
    for (const field of DEPARTMENT_LOGS) {
      for (const read of logs[field]!.filter((r) => r.purpose?.caseId === caseId)) {
        departments.add(read.department);
        expect(read).toMatchObject({ caller: { id: 'clerk-boshan', role: 'CLERK', centre: '博山区城东街道便民服务中心' }, purpose: { matter: 'YJS-001', caseId } });
        expect(read.items.length).toBeGreaterThan(0);
      }
    }
    // The prefill's one document names the departments it read (aliases civil_affairs: …).
    const queried = [...prefill.body.data!.prefillForm.sharedDataQuery.matchAll(/(\w+): applicant/g)].map((m) => m[1]!.replace(/_/g, '-'));
    expect(prefill.body.data!.prefillForm.gatewayErrors).toEqual([]);
    expect([...departments].sort()).toEqual([...new Set(queried)].sort());
    expect(departments.size).toBeGreaterThanOrEqual(3);
    // And nothing outside what the bundle declares: marital status is no item of opening a restaurant.
    const civil = logs.accessLogCivilAffairs!.filter((r) => r.purpose?.caseId === caseId).flatMap((r) => r.items);
    expect(civil).toContain('name');
    expect(civil).not.toContain('maritalStatus');
  });

  it('refuses anyone but the person, naming why, and gives no data', async () => {
    // A clerk with no case, and another citizen, are refused the person altogether.
    for (const [account, reason] of [['clerk-boshan', 'NO_PURPOSE'], ['citizen-elderly', 'NOT_OWN_DATA']] as const) {
      const { body } = await postGraphQL<Logs>(hub.gateway.url, WHO_READ_MY_DATA, { id: owner }, await hub.authHeaders(account));
      expect(body.data?.person ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.reason)).toEqual([reason]);
    }
    // A clerk with a case of the person still may not see the person's log.
    const { headers } = await hub.caseHeaders({ idNumber: owner }, { bundleCode: 'YJS-001' });
    const { body } = await postGraphQL<Logs>(hub.gateway.url, WHO_READ_MY_DATA, { id: owner }, headers);
    for (const field of DEPARTMENT_LOGS) expect(body.data?.person?.[field] ?? null).toBeNull();
    expect(body.errors).toHaveLength(DEPARTMENT_LOGS.length);
    for (const error of body.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_DATA_SUBJECT' });
      expect(error.message).toMatch(/Only the person themself may see who read their data/);
    }
  });
});
