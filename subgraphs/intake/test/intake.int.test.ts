import { createServer } from 'node:net';
import { startTestSubgraph, TEST_CLERK, testPurposeKeys, type Caller, type TestSubgraph } from '@hub/kit';

/** Prefills are a clerk's (or a citizen's own). */
const CLERK = { caller: TEST_CLERK };
import type { PrismaClient } from '../src/__generated__/prisma/client';
import { B, CATALOGUE, M } from '../src/catalogue';
import { createIntake } from '../src/server';

/**
 * Intake on its own, against a fresh database and a gateway that is not there: the
 * catalogue as published, argument checks, and a prefill that still answers, recorded with
 * its figures, corrections kept beside the original.
 */
let sg: TestSubgraph<PrismaClient>;

/** A local port nobody listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  sg = await startTestSubgraph(createIntake({ url: `http://127.0.0.1:${await closedPort()}/graphql`, timeoutMs: 2000 }, testPurposeKeys().signingKey));
}, 120_000);
afterAll(() => sg?.stop());

type Matter = { code: string; name: string; department: string; caseType: string; materials: Array<{ code: string; replaceableBy: { code: string } | null }>; formFields: Array<{ key: string; binding: { path: string } | null }> };

describe('the catalogue through GraphQL', () => {
  it('publishes every seeded matter with its standard elements', async () => {
    const { body } = await sg.query<{ matters: Matter[] }>(`{ matters { code name department caseType legalTimeLimitDays promisedTimeLimitDays conditions fees
      situations { code name } materials { code required tolerable situation replaceableBy { code } } formFields { key label binding { dataItem path } } dataItems { code } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.matters.map((m) => m.code).sort()).toEqual(CATALOGUE.matters.map((m) => m.code).sort());
    const dibao = body.data!.matters.find((m) => m.code === M.SUBSISTENCE_ALLOWANCE)!;
    expect(dibao).toMatchObject({ name: '最低生活保障申请', department: 'civil-affairs', caseType: 'REPORTED' });
    expect(dibao.materials.find((m) => m.code === 'household-register')?.replaceableBy?.code).toBe('civil.household.register');
    expect(dibao.formFields.find((f) => f.key === 'applicant.address')?.binding?.path).toBe('person.household.address');
  });

  it('searches by words and filters by department, and refuses an unknown department', async () => {
    const { body } = await sg.query<{ matters: Matter[] }>('{ matters(search: "养老", department: "social-security") { code } }');
    expect(body.data!.matters.map((m) => m.code).sort()).toEqual([M.RESIDENT_PENSION_ENROLMENT, M.RESIDENT_PENSION_CLAIM].sort());
    const bad = await sg.query('{ matters(department: "tax") { code } }');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'department' });
    const none = await sg.query<{ matter: null }>('{ matter(code: "MZ-JF-999") { code } }');
    expect(none.body.data!.matter).toBeNull();
  });

  it('publishes the bundles with one merged form and the data-sharing catalogue', async () => {
    const { body } = await sg.query<{ lifeEventBundle: { departments: string[]; formFields: Array<{ key: string; matters: string[] }>; materials: Array<{ code: string }> }; dataSharingCatalogue: Array<{ code: string; provider: string; purposes: string[] }> }>(
      `query($b: String!) { lifeEventBundle(code: $b) { departments formFields { key matters } materials { code } }
        dataSharingCatalogue(provider: "social-security") { code provider fields purposes method } }`, { b: B.OPEN_RESTAURANT });
    expect(body.errors).toBeUndefined();
    const bundle = body.data!.lifeEventBundle;
    expect(bundle.departments).toEqual(['market-access', 'social-security']);
    expect(new Set(bundle.formFields.map((f) => f.key)).size).toBe(bundle.formFields.length);
    expect(bundle.formFields.find((f) => f.key === 'business.name')?.matters.length).toBe(3);
    expect(body.data!.dataSharingCatalogue.every((i) => i.provider === 'social-security')).toBe(true);
  });
});

const PREFILL = `mutation($subject: SubjectInput!, $matter: String, $bundle: String) {
  prefillForm(subject: $subject, matterCode: $matter, bundleCode: $bundle) {
    id title fields { key value status source { department dataItem asOf } } materials { code status tolerated licence { id } note }
    figures { fieldsInForm fieldsPrefilled fieldsToType materialsRequired materialsSatisfied materialsToBring } gatewayErrors gatewayMs sharedDataQuery } }`;
type Form = { id: string; fields: Array<{ key: string; value: string | null; status: string }>; materials: Array<{ code: string; status: string }>;
  figures: Record<string, number>; gatewayErrors: string[]; gatewayMs: number };
const ID = '370304197611167182';

describe('prefill without a gateway', () => {
  it('still answers, each bound field PROVIDER_UNAVAILABLE, asked ones ASKED, refused ones NOT_PERMITTED', async () => {
    const { body } = await sg.query<{ prefillForm: Form }>(PREFILL, { subject: { idNumber: ID }, matter: M.OLD_AGE_ALLOWANCE }, CLERK);
    expect(body.errors).toBeUndefined();
    const form = body.data!.prefillForm;
    const status = Object.fromEntries(form.fields.map((f) => [f.key, f.status]));
    expect(status['applicant.name']).toBe('PROVIDER_UNAVAILABLE');
    expect(status['applicant.phone']).toBe('NOT_PERMITTED');
    expect(form.gatewayErrors[0]).toMatch(/gateway unreachable/);
    expect(form.figures).toMatchObject({ fieldsPrefilled: 0, materialsSatisfied: 0 });
    expect(form.materials.every((m) => m.status === 'PROVIDER_UNAVAILABLE')).toBe(true);
  });

  it('records the prefill, keeps the original beside a correction, and counts it in the figures', async () => {
    const { body } = await sg.query<{ prefillForm: Form }>(PREFILL, { subject: { idNumber: ID }, matter: M.SENIOR_CARD }, CLERK);
    const form = body.data!.prefillForm;
    const corrected = await sg.query<{ correctPrefilledField: { key: string; value: string; reason: string; correctedBy: string; original: { status: string; source: { department: string } | null } } }>(
      `mutation($id: String!) { correctPrefilledField(prefillId: $id, key: "applicant.address", value: "博山区城东街道新华路8号", reason: "申请人出示新户口簿，住址已变更") {
        key value reason correctedBy original { value status source { department dataItem } } } }`, { id: form.id }, CLERK);
    expect(corrected.body.errors).toBeUndefined();
    expect(corrected.body.data!.correctPrefilledField).toMatchObject({ value: '博山区城东街道新华路8号', correctedBy: 'test-clerk-370304001',
      original: { status: 'PROVIDER_UNAVAILABLE', source: { department: 'civil-affairs' } } });
    const original = await sg.prisma.prefillField.findUniqueOrThrow({ where: { prefillId_key: { prefillId: form.id, key: 'applicant.address' } }, include: { corrections: true } });
    expect(original).toMatchObject({ status: 'PROVIDER_UNAVAILABLE', department: 'civil-affairs', itemCode: 'civil.household.register' });
    expect(original.corrections.map((c) => c.reason)).toEqual(['申请人出示新户口簿，住址已变更']);

    const figures = await sg.query<{ reformFigures: { prefills: number; fieldsInForms: number; corrections: number } }>(
      `query($m: String) { reformFigures(matterCode: $m) { prefills fieldsInForms fieldsPrefilled materialsRequired materialsSatisfied prefilledShare paperlessShare corrections } }`, { m: M.SENIOR_CARD });
    const rows = await sg.prisma.prefill.findMany({ where: { matterCode: M.SENIOR_CARD } });
    expect(figures.body.data!.reformFigures).toMatchObject({ prefills: rows.length, fieldsInForms: rows.reduce((n, r) => n + r.fieldsTotal, 0), corrections: 1 });
  });

  it('refuses bad identifiers, unknown codes and situations with BAD_USER_INPUT naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ subject: { idNumber: '370304197611167181' }, matter: M.SENIOR_CARD }, 'subject.idNumber'],
      [{ subject: { creditCode: '92370304MA3C00001Y' }, matter: M.FOOD_BUSINESS_LICENCE }, 'subject.creditCode'],
      [{ subject: { idNumber: ID, creditCode: '92370304MA3C00001X' }, matter: M.SENIOR_CARD }, 'subject'],
      [{ subject: { idNumber: ID }, matter: 'MZ-JF-999' }, 'matterCode'],
      [{ subject: { idNumber: ID }, bundle: 'YJS-999' }, 'bundleCode'],
      [{ subject: { idNumber: ID }, matter: M.FOOD_BUSINESS_LICENCE }, 'subject'],
    ];
    for (const [variables, field] of cases) {
      const { body } = await sg.query(PREFILL, variables, CLERK);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const situation = await sg.query(`mutation { prefillForm(subject: { idNumber: "${ID}" }, matterCode: "${M.SENIOR_CARD}", situations: ["AGENT"]) { id } }`, {}, CLERK);
    expect(situation.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'situations[0]' });
  });

  it('lets a citizen prefill only for themselves, and only clerks correct', async () => {
    const citizen: Caller = { id: 'citizen-1', role: 'CITIZEN', idNumber: ID };
    const own = await sg.query(PREFILL, { subject: { idNumber: ID }, matter: M.SENIOR_CARD }, { caller: citizen });
    expect(own.body.errors).toBeUndefined();
    const other = await sg.query(PREFILL, { subject: { idNumber: '11010519491231002X' }, matter: M.SENIOR_CARD }, { caller: citizen });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const prefillId = (own.body.data as { prefillForm: Form }).prefillForm.id;
    const correction = await sg.query(`mutation { correctPrefilledField(prefillId: "${prefillId}", key: "applicant.name", value: "x", reason: "y") { id } }`, {}, { caller: citizen });
    expect(correction.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
