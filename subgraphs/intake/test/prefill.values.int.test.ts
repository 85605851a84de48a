import { department } from '../../../gateway/test/testHub';
import { CATALOGUE } from '../src/catalogue';
import { LIST_SEPARATOR } from '../src/modules/prefill/fieldReadings';
import {
  bindingOf, GHOST_ENTITY, GHOST_PERSON, itemOf, people, startPrefillHarness, subjectCode, type PrefilledForm, type PrefillHarness, type Subject,
} from './prefillHarness';

/**
 * Every seeded matter and bundle, prefilled for seeded people and market entities (and for
 * a valid ID number and credit code nobody registered), each value compared with the
 * providing department's own database: FILLED values and their as-of times equal the
 * department's rows, NOT_HELD means the department holds nothing, and nothing is
 * PROVIDER_UNAVAILABLE while every department is up.
 */
let h: PrefillHarness;
beforeAll(async () => {
  h = await startPrefillHarness();
}, 300_000);
afterAll(() => h?.hub.stop());

const PERSONS: Subject[] = [
  { idNumber: people.restaurantOwner.idNumber },
  { idNumber: people.subsistenceHousehold.headIdNumber },
  { idNumber: people.elderly80Plus.idNumber },
  { idNumber: people.registeredUnemployed.idNumber },
  { idNumber: people.expiredIdCardHolder.idNumber },
  { idNumber: GHOST_PERSON },
];
const ENTITIES: Subject[] = [
  { creditCode: people.restaurantOwner.creditCode },
  { creditCode: people.subsistenceHousehold.businessCreditCode },
  { creditCode: GHOST_ENTITY },
];
const seen = new Map<string, number>();
const count = (what: string) => seen.set(what, (seen.get(what) ?? 0) + 1);
const CHINA_TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function checkField(field: PrefilledForm['fields'][number], subject: Subject): Promise<void> {
  const binding = bindingOf(field.key, subject);
  count(`${field.status}:${field.source?.department ?? '-'}`);
  if (!binding) return void expect(field).toMatchObject({ status: 'ASKED', value: null, source: null });
  expect(field.source?.dataItem).toBe(binding.item);
  expect(field.status).not.toBe('PROVIDER_UNAVAILABLE');
  if (field.status === 'NOT_PERMITTED') return void expect(field.value).toBeNull();
  const expected = [...new Set(await h.oracle.values(subjectCode(subject), binding.path))];
  if (field.status === 'NOT_HELD') return void expect({ key: field.key, expected }).toEqual({ key: field.key, expected: [] });
  expect(field.status).toBe('FILLED');
  if (expected.length === 1) expect({ key: field.key, value: field.value }).toEqual({ key: field.key, value: expected[0] });
  else expect({ key: field.key, values: field.value!.split(LIST_SEPARATOR).sort() }).toEqual({ key: field.key, values: expected.sort() });
  const item = itemOf(binding.item);
  expect(field.source!.department).toBe(item.provider);
  expect(new Date(field.source!.asOf!)).toEqual(await h.oracle.asOf(subjectCode(subject), item.asOfPath));
}

/** The holder of a licence item's licences: the subject, or the entity's legal representative. */
async function holderOf(subject: Subject, holderPath: string): Promise<string | null> {
  if (!holderPath.includes('.')) return subjectCode(subject);
  const rows = await department(h.hub, 'market-access').db.query<{ id: string }>(
    'SELECT "legalRepresentativeIdNumber" AS id FROM "MarketEntity" WHERE "creditCode" = $1', [subjectCode(subject)]);
  return rows[0]?.id ?? null;
}

async function validLicences(holder: string | null, typeCode: string): Promise<string[]> {
  if (!holder) return [];
  const rows = await department(h.hub, 'e-license').db.query<{ id: string }>(
    `SELECT id FROM "Licence" WHERE "holderCode" = $1 AND "typeCode" = $2 AND status = 'VALID' AND ("validUntil" IS NULL OR to_char("validUntil", 'YYYY-MM-DD') >= $3)`,
    [holder, typeCode, CHINA_TODAY]);
  return rows.map((r) => r.id);
}

async function checkMaterial(material: PrefilledForm['materials'][number], subject: Subject): Promise<void> {
  count(`material:${material.status}`);
  expect(material.status).not.toBe('PROVIDER_UNAVAILABLE');
  if (!material.dataItem || material.status === 'PRODUCED_IN_BUNDLE') return;
  const item = itemOf(material.dataItem);
  if (item.method === 'E_LICENCE') {
    const valid = await validLicences(await holderOf(subject, item.licence!.holderPath), item.licence!.typeCode);
    if (material.status === 'SATISFIED_BY_LICENCE') expect(valid).toContain(material.licence!.id);
    else if (!material.note?.startsWith('本事项未获授权')) expect({ code: material.code, valid }).toEqual({ code: material.code, valid: [] });
    return;
  }
  const asOf = await h.oracle.asOf(subjectCode(subject), item.asOfPath);
  expect({ code: material.code, satisfied: material.status === 'SATISFIED_BY_DATA' }).toEqual({ code: material.code, satisfied: asOf !== null });
}

async function checkForm(subject: Subject, target: { matterCode?: string; bundleCode?: string }): Promise<void> {
  const form = await h.prefill(subject, target);
  expect(form.gatewayErrors).toEqual([]);
  for (const field of form.fields) await checkField(field, subject);
  for (const material of form.materials) await checkMaterial(material, subject);
  expect(form.figures.fieldsPrefilled).toBe(form.fields.filter((f) => f.status === 'FILLED').length);
  expect(form.figures.fieldsToType).toBe(form.fields.length - form.figures.fieldsPrefilled!);
}

describe('prefilled values equal the providing departments’ records', () => {
  it.each(CATALOGUE.matters.map((m) => [m.code, m.name, m.applicantType] as const))('%s %s', async (code, _name, applicant) => {
    for (const subject of applicant === 'PERSON' ? PERSONS : ENTITIES) await checkForm(subject, { matterCode: code });
  }, 120_000);

  it.each(CATALOGUE.bundles.map((b) => [b.code, b.name] as const))('bundle %s %s', async (code) => {
    for (const subject of PERSONS) await checkForm(subject, { bundleCode: code });
  }, 120_000);

  it('filled fields from every department, met materials by licence and by data, and found people missing from departments', () => {
    for (const dept of ['civil-affairs', 'social-security', 'market-access']) expect(seen.get(`FILLED:${dept}`)).toBeGreaterThan(0);
    for (const dept of ['civil-affairs', 'social-security', 'market-access']) expect(seen.get(`NOT_HELD:${dept}`)).toBeGreaterThan(0);
    expect(seen.get('NOT_PERMITTED:civil-affairs')).toBeGreaterThan(0);
    for (const status of ['SATISFIED_BY_LICENCE', 'SATISFIED_BY_DATA', 'PRODUCED_IN_BUNDLE', 'TO_SUBMIT']) expect(seen.get(`material:${status}`)).toBeGreaterThan(0);
  });
});

describe('situations (情形)', () => {
  it('add their materials, met by shared data where a department holds them', async () => {
    const plain = await h.prefill({ idNumber: people.restaurantOwner.idNumber }, { matterCode: 'SCJG-XK-001' });
    const family = await h.prefill({ idNumber: people.restaurantOwner.idNumber }, { matterCode: 'SCJG-XK-001' }, ['FAMILY', 'AGENT']);
    expect(plain.materials.map((m) => m.code)).toEqual(['id-card', 'premises-proof']);
    expect(family.materials).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'family-relation-proof', status: 'SATISFIED_BY_DATA', dataItem: 'civil.household.members' }),
      expect.objectContaining({ code: 'power-of-attorney', status: 'TO_SUBMIT', tolerated: false }),
    ]));
    expect(family.figures.materialsRequired).toBe(plain.figures.materialsRequired! + 2);
  });
});

describe('someone no department knows', () => {
  it('gets every bound field NOT_HELD and every replaceable material to submit, without errors', async () => {
    const form = await h.prefill({ idNumber: GHOST_PERSON }, { matterCode: CATALOGUE.matters.find((m) => m.name === '最低生活保障申请')!.code });
    expect(form.gatewayErrors).toEqual([]);
    expect(new Set(form.fields.filter((f) => f.source).map((f) => f.status))).toEqual(new Set(['NOT_HELD']));
    expect(form.materials.every((m) => m.status === 'TO_SUBMIT')).toBe(true);
  });

  it('uses a valid licence and not an expired one', async () => {
    const form = await h.prefill({ idNumber: people.expiredIdCardHolder.idNumber }, { matterCode: CATALOGUE.matters.find((m) => m.name === '城乡居民基本养老保险参保登记')!.code });
    const idCard = form.materials.find((m) => m.code === 'id-card')!;
    const valid = await validLicences(people.expiredIdCardHolder.idNumber, itemOf('elic.idCard').licence!.typeCode);
    expect(idCard.status).toBe(valid.length ? 'SATISFIED_BY_LICENCE' : 'TO_SUBMIT');
    if (!valid.length) expect(idCard.note).toMatch(/EXPIRED/);
  });
});
