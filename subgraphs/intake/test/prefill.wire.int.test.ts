import { postGraphQL } from '@hub/kit';
import type { RunningGateway } from '../../../gateway/src/server';
import { department } from '../../../gateway/test/testHub';
import { B, M } from '../src/catalogue';
import { people, PREFILL, startPrefillHarness, type PrefilledForm, type PrefillHarness, type Subject } from './prefillHarness';
import { queriesSeen, startRecordingProxy, type RecordingProxy } from './recordingProxy';

/**
 * What travels on the wire, and what happens when a department fails: intake sends one
 * document per prefill, planned once per template, on behalf of the caller and for the
 * matter; a department receives only the fields of items the matter declared; a department
 * that is slow or stopped empties only its own fields, and the prefill still answers in time.
 */
let h: PrefillHarness;
/** Recording proxies in front of each department system, and in front of a second gateway that calls them. */
const wire = new Map<string, RecordingProxy>();
let gatewayProxy: RecordingProxy;
/** A second gateway over the proxies; intake reads through it, and the tests ask it with its own clerk's token. */
let observed: RunningGateway;
let observedHeaders: Record<string, string>;

async function prefillObserved(subject: Subject, target: { matterCode?: string; bundleCode?: string; caseId?: string }): Promise<PrefilledForm> {
  const { body } = await postGraphQL<{ prefillForm: PrefilledForm }>(observed.url, PREFILL, { subject, ...target }, observedHeaders);
  if (body.errors?.length || !body.data) throw new Error(`prefill failed: ${JSON.stringify(body.errors)}`);
  return body.data.prefillForm;
}

beforeAll(async () => {
  h = await startPrefillHarness();
  for (const [name, sg] of h.hub.departments) wire.set(name, await startRecordingProxy(sg.url));
  const subgraphUrls = { ...Object.fromEntries([...wire].map(([name, p]) => [name, p.url])), intake: h.hub.intake.url };
  observed = await h.hub.startGateway({ subgraphUrls, subgraphTimeoutMs: 2500 });
  gatewayProxy = await startRecordingProxy(observed.url);
  h.hub.intakeGateway.url = gatewayProxy.url;
  observedHeaders = await h.hub.authHeaders('clerk-boshan', observed);
}, 300_000);

afterAll(async () => {
  await Promise.all([...wire.values(), gatewayProxy].map((p) => p?.stop()));
  await h?.hub.stop();
});

const clear = () => [...wire.values(), gatewayProxy].forEach((p) => (p.requests.length = 0));
const statusOf = (form: { fields: Array<{ key: string; status: string }> }) => Object.fromEntries(form.fields.map((f) => [f.key, f.status]));

describe('one federated query, only the declared items', () => {
  it('sends one document per prefill, as the caller and for the matter, and departments receive only declared fields', async () => {
    clear();
    const form = await prefillObserved({ idNumber: people.elderly80Plus.idNumber }, { matterCode: M.OLD_AGE_ALLOWANCE });
    expect(gatewayProxy.requests).toHaveLength(1);
    const [sent] = gatewayProxy.requests;
    expect(sent!.headers['x-hub-matter']).toBe(M.OLD_AGE_ALLOWANCE);
    expect(sent!.headers.authorization).toBe(observedHeaders.authorization);
    expect(queriesSeen(gatewayProxy)).toEqual([form.sharedDataQuery]);

    // applicant.phone is on the form, bound to civil affairs' contact item, which this matter does not declare.
    expect(statusOf(form)['applicant.phone']).toBe('NOT_PERMITTED');
    const civil = queriesSeen(wire.get('civil-affairs')!);
    expect(civil).toHaveLength(1);
    expect(civil[0]).toContain('registryAsOf');
    expect(civil[0]).not.toContain('phone');
    expect(wire.get('social-security')!.requests).toHaveLength(0);
    expect(wire.get('market-access')!.requests).toHaveLength(0);
    expect(queriesSeen(wire.get('e-license')!).join()).toMatch(/licences\(types:/);
    // The caller's token goes back to the gateway through intake, never to a department.
    for (const proxy of wire.values()) for (const request of proxy.requests) expect(request.headers.authorization).toBeUndefined();
  });

  it('plans a template once: the same matter sends the same document again', async () => {
    clear();
    const subject = { idNumber: people.restaurantOwner.idNumber };
    const first = await prefillObserved(subject, { bundleCode: B.OPEN_RESTAURANT });
    // The second applicant's case is opened first; the first prefill opened one of its own.
    const other = { idNumber: people.registeredUnemployed.idNumber };
    const { caseId } = await h.hub.caseHeaders(other, { bundleCode: B.OPEN_RESTAURANT });
    clear();
    const again = await prefillObserved(subject, { bundleCode: B.OPEN_RESTAURANT });
    const second = await prefillObserved(other, { bundleCode: B.OPEN_RESTAURANT, caseId });
    expect(second.caseId).toBe(caseId);
    expect(first.caseId).not.toBe(caseId);
    expect(second.sharedDataQuery).toBe(first.sharedDataQuery);
    expect(queriesSeen(gatewayProxy)).toEqual([first.sharedDataQuery, first.sharedDataQuery]);
    // Each read goes with the purpose grant of its own case.
    expect(gatewayProxy.requests.map((r) => [r.headers['x-hub-matter'], r.headers['x-hub-case'], typeof r.headers['x-hub-purpose']]))
      .toEqual([[B.OPEN_RESTAURANT, again.caseId, 'string'], [B.OPEN_RESTAURANT, caseId, 'string']]);
    for (const [name, proxy] of wire) expect({ name, requests: proxy.requests.length <= 2 }).toEqual({ name, requests: true });
  });
});

describe('a department that is slow or down degrades only its fields', () => {
  it('marks a slow department’s fields PROVIDER_UNAVAILABLE and fills the rest', async () => {
    wire.get('social-security')!.mode = { delayMs: 8000 };
    try {
      const form = await prefillObserved({ idNumber: people.restaurantOwner.idNumber }, { matterCode: M.RESIDENT_PENSION_ENROLMENT });
      expect(statusOf(form)).toMatchObject({ 'applicant.name': 'FILLED', 'applicant.address': 'FILLED', 'applicant.insuredSchemes': 'PROVIDER_UNAVAILABLE' });
      expect(form.gatewayErrors.join()).toMatch(/social-security/);
      expect(form.gatewayMs).toBeLessThan(8000);
    } finally {
      wire.get('social-security')!.mode = 'pass';
    }
  });

  it('with social security stopped, still answers in time, its fields and materials unavailable, the rest filled', async () => {
    h.hub.intakeGateway.url = h.hub.gateway.url;
    await department(h.hub, 'social-security').stop();
    h.hub.departments.delete('social-security');
    const started = Date.now();
    const form = await h.prefill({ idNumber: people.subsistenceHousehold.headIdNumber }, { bundleCode: B.HARDSHIP_ASSISTANCE });
    expect(Date.now() - started).toBeLessThan(h.hub.intakeGateway.timeoutMs);
    const status = statusOf(form);
    expect(status).toMatchObject({ 'applicant.name': 'FILLED', 'household.memberNames': 'FILLED', 'applicant.insuredSchemes': 'PROVIDER_UNAVAILABLE', 'applicant.employer': 'PROVIDER_UNAVAILABLE' });
    for (const field of form.fields) {
      if (field.source?.department === 'social-security') expect(field.status).toBe('PROVIDER_UNAVAILABLE');
      else expect(field.status).not.toBe('PROVIDER_UNAVAILABLE');
    }
    expect(form.materials.find((m) => m.code === 'employment-income-proof')?.status).toBe('PROVIDER_UNAVAILABLE');
    expect(form.materials.find((m) => m.code === 'id-card')?.status).not.toBe('PROVIDER_UNAVAILABLE');
    expect(form.gatewayErrors.join()).toMatch(/social-security/);
  });
});

describe('corrections and figures through the gateway', () => {
  it('keeps the original value and source beside a correction, and sums the recorded figures', async () => {
    const form = await h.prefill({ idNumber: people.restaurantOwner.idNumber }, { bundleCode: B.OPEN_RESTAURANT });
    const address = form.fields.find((f) => f.key === 'applicant.address')!;
    const { body } = await postGraphQL<{ correctPrefilledField: { value: string; original: { value: string; status: string; source: { department: string; asOf: string } } } }>(h.hub.gateway.url,
      `mutation($id: String!) { correctPrefilledField(prefillId: $id, key: "applicant.address", value: "博山区城东街道新华路8号", reason: "申请人已迁入新址，户籍变更在途") {
        value original { value status source { department dataItem asOf } } } }`, { id: form.id }, h.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data!.correctPrefilledField.original).toEqual({ value: address.value, status: 'FILLED', source: { ...address.source, dataItem: 'civil.household.register' } });

    const intakeDb = h.hub.intake.db;
    const [sums] = await intakeDb.query<{ n: number; fields: number; prefilled: number; required: number; satisfied: number }>(
      `SELECT count(*)::int AS n, sum("fieldsTotal")::int AS fields, sum("fieldsPrefilled")::int AS prefilled, sum("materialsRequired")::int AS required,
        sum("materialsSatisfied")::int AS satisfied FROM "Prefill" WHERE "bundleCode" = $1`, [B.OPEN_RESTAURANT]);
    const figures = await postGraphQL<{ reformFigures: Record<string, number> }>(h.hub.gateway.url,
      `query($b: String) { reformFigures(bundleCode: $b) { prefills fieldsInForms fieldsPrefilled materialsRequired materialsSatisfied corrections } }`, { b: B.OPEN_RESTAURANT }, h.headers);
    expect(figures.body.data!.reformFigures).toEqual({ prefills: sums!.n, fieldsInForms: sums!.fields, fieldsPrefilled: sums!.prefilled,
      materialsRequired: sums!.required, materialsSatisfied: sums!.satisfied, corrections: 1 });
    expect(sums!.n).toBeGreaterThanOrEqual(3);
  });
});
