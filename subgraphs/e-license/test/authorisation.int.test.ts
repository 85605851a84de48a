import { TEST_CLERK, testPurpose } from '@hub/kit';
import { citizen, queryAs, startELicense, validPersonLicence, type ELicenseTest } from './harness';

/**
 * 用证授权: a licence's full surface data, its verification as a material and its export need
 * the holder, or a case or the holder's authorisation covering its type; every use under
 * one is recorded, and the holder — and only the holder — lists them.
 */
let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

const FULL = 'query ($id: String!) { licence(id: $id) { id status surfaceData } }';
const VERIFY = 'query ($id: String!) { licence(id: $id) { id verification { result } } }';
const USES = `query ($p: [_Any!]!) { _entities(representations: $p) { ... on Person {
  licenceUses { at licenceId licenceTypeCode kind caller { id role centre } basis caseId authorisationId matter matterName } } } }`;

async function usesOf(idNumber: string, caller = citizen(idNumber)) {
  return queryAs<{ _entities: Array<{ licenceUses: Array<Record<string, unknown>> | null }> }>(sg, caller, USES, { p: [{ __typename: 'Person', idNumber }] });
}

async function useCount(licenceId: string): Promise<number> {
  return sg.prisma.licenceUse.count({ where: { licenceId } });
}

describe('reading a licence’s full surface data (照面信息)', () => {
  test('is refused without a purpose, with a clear FORBIDDEN', async () => {
    const row = await validPersonLicence(sg);
    const { data, errors } = await queryAs<{ licence: unknown }>(sg, TEST_CLERK, FULL, { id: row.id });
    expect(data?.licence).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: expect.stringContaining('no purpose'), extensions: { code: 'FORBIDDEN', reason: 'NO_PURPOSE' } });
    expect(await useCount(row.id)).toBe(0);
  });

  test('is refused under an open case that does not cover the licence’s type, naming what is missing', async () => {
    const row = await validPersonLicence(sg);
    const purpose = await testPurpose({ subjects: [row.holderCode], paths: ['person.licences'], licenceTypes: ['11100000000000031Q001'], id: 'CASE-NOT-COVERING' });
    const { data, errors } = await queryAs<{ licence: { id: string; status: string; surfaceData: unknown } | null }>(sg, TEST_CLERK, FULL, { id: row.id }, purpose);
    expect(data?.licence).toBeNull();
    expect(errors).toEqual([expect.objectContaining({
      message: expect.stringMatching(/needs the holder’s authorisation \(用证授权\) or an open case that covers this licence type; case CASE-NOT-COVERING/),
      extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'LICENCE_TYPE_NOT_AUTHORISED', licenceType: row.typeCode }),
    })]);
    // The metadata the case declares is still served; only the full data is refused.
    const meta = await queryAs<{ licence: { id: string; status: string } }>(sg, TEST_CLERK, 'query ($id: String!) { licence(id: $id) { id status } }', { id: row.id }, purpose);
    expect(meta.errors).toBeUndefined();
    expect(await useCount(row.id)).toBe(0);
  });

  test('succeeds under an open case covering the type, and the holder sees the use', async () => {
    const row = await validPersonLicence(sg);
    const purpose = await testPurpose({ subjects: [row.holderCode], paths: ['person.licences'], licenceTypes: [row.typeCode], id: 'CASE-2026-0001', matter: 'SCJG-XK-001', matterName: '食品经营许可' });
    const { data, errors } = await queryAs<{ licence: { surfaceData: Record<string, unknown> } }>(sg, TEST_CLERK, FULL, { id: row.id }, purpose);
    expect(errors).toBeUndefined();
    expect(data?.licence.surfaceData).toEqual(row.surfaceData);
    const uses = await usesOf(row.holderCode);
    expect(uses.errors).toBeUndefined();
    expect(uses.data?._entities[0]?.licenceUses).toEqual([expect.objectContaining({
      licenceId: row.id, licenceTypeCode: row.typeCode, kind: 'READ_SURFACE', basis: 'CASE', caseId: 'CASE-2026-0001', authorisationId: null,
      matter: 'SCJG-XK-001', matterName: '食品经营许可', caller: { id: TEST_CLERK.id, role: 'CLERK', centre: TEST_CLERK.centre },
    })]);
  });

  test('succeeds under the holder’s authorisation (用证授权) of the type; verifying it as a material is a use too', async () => {
    const row = await validPersonLicence(sg);
    const before = await useCount(row.id);
    const purpose = await testPurpose({
      subjects: [row.holderCode], paths: ['person.licences'], licenceTypes: [row.typeCode], basis: 'AUTHORISATION', id: 'AUTH-77', matter: 'RS-DJ-002', matterName: '城乡居民基本养老保险参保登记',
      authorisationExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const { data, errors } = await queryAs<{ licence: { verification: { result: string } } }>(sg, TEST_CLERK, VERIFY, { id: row.id }, purpose);
    expect(errors).toBeUndefined();
    expect(data?.licence.verification.result).toBe('VALID');
    expect(await useCount(row.id)).toBe(before + 1);
    const [latest] = (await usesOf(row.holderCode)).data!._entities[0]!.licenceUses!;
    expect(latest).toMatchObject({ kind: 'VERIFY', basis: 'AUTHORISATION', authorisationId: 'AUTH-77', caseId: null, matterName: '城乡居民基本养老保险参保登记' });
  });

  test('is refused once the holder’s authorisation has expired', async () => {
    const row = await validPersonLicence(sg);
    const purpose = await testPurpose({
      subjects: [row.holderCode], paths: ['person.licences'], licenceTypes: [row.typeCode], basis: 'AUTHORISATION', id: 'AUTH-OLD', authorisationExpiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const { errors } = await queryAs(sg, TEST_CLERK, FULL, { id: row.id }, purpose);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHORISATION_EXPIRED' });
  });

  test('is the holder’s own right: a citizen reads their own licence in full, unrecorded as a use, and no one else’s', async () => {
    const row = await validPersonLicence(sg);
    const before = await useCount(row.id);
    const own = await queryAs<{ licence: { surfaceData: unknown } }>(sg, citizen(row.holderCode), FULL, { id: row.id });
    expect(own.errors).toBeUndefined();
    expect(own.data?.licence.surfaceData).toEqual(row.surfaceData);
    expect(await useCount(row.id)).toBe(before);
    const other = await sg.prisma.licence.findFirstOrThrow({ where: { holderCodeType: 'CITIZEN_ID', NOT: { holderCode: row.holderCode } } });
    const theirs = await queryAs(sg, citizen(row.holderCode), FULL, { id: other.id });
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_DATA' });
  });
});

describe('the uses of a holder’s licences (用证记录)', () => {
  test('are only for the holder, signed in as a citizen', async () => {
    const row = await validPersonLicence(sg);
    const purpose = await testPurpose({ subjects: [row.holderCode], paths: ['*'], licenceTypes: [row.typeCode] });
    for (const [caller, withPurpose] of [[TEST_CLERK, purpose], [citizen('370304199001010999'), null]] as const) {
      const { data, errors } = await queryAs<{ _entities: Array<{ licenceUses: unknown }> }>(sg, caller, USES, { p: [{ __typename: 'Person', idNumber: row.holderCode }] }, withPurpose);
      expect(data?._entities[0]?.licenceUses ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  test('cannot be changed or deleted: the table is append-only', async () => {
    await expect(sg.db.query('UPDATE "LicenceUse" SET "matter" = $1', ['X'])).rejects.toThrow(/append-only/);
    await expect(sg.db.query('DELETE FROM "LicenceUse"')).rejects.toThrow(/append-only/);
  });
});
