import { makeLicenceId, startTestSubgraph, type TestSubgraph } from '@hub/kit';
import type { Licence as LicenceRow, LicenceType as LicenceTypeRow, Prisma, PrismaClient } from '../src/__generated__/prisma/client';
import { eLicense } from '../src/server';

export type ELicenseTest = TestSubgraph<PrismaClient>;

/** The library on port 0 with a fresh database holding the synthetic demo library (@hub/synth). */
export function startELicense(): Promise<ELicenseTest> {
  return startTestSubgraph(eLicense);
}

/**
 * Adds a copy of a held licence under a new identifier, with the given facts changed: for
 * cases the demo data need not contain today, such as a VALID row past its end date.
 */
export async function addLicenceLike(sg: ELicenseTest, serial: string, facts: Partial<Pick<LicenceRow, 'status' | 'issuedOn' | 'validFrom' | 'validUntil'>>) {
  const { updatedAt: _updatedAt, surfaceData, ...model } = await sg.prisma.licence.findFirstOrThrow({ where: { status: 'VALID' }, orderBy: { id: 'asc' } });
  const id = makeLicenceId({ typeCode: model.typeCode, issuerCode: model.issuerCode, serial, version: '001' });
  return sg.prisma.licence.create({ data: { ...model, ...facts, id, surfaceData: surfaceData ?? {} } });
}

export const TYPE_FIELDS = 'code name englishName issuingDepartment holderCodeType surfaceFields { key label } asOf';

export const LICENCE_FIELDS = `id name type { ${TYPE_FIELDS} } number holderName holderCode holderCodeType
  holder { idNumber } holderEntity { creditCode } issuerName issuerCode issuedOn validFrom validUntil
  jurisdiction status surfaceData asOf`;

const day = (d: Date) => d.toISOString().slice(0, 10);

export function expectedType(row: LicenceTypeRow) {
  return {
    code: row.code,
    name: row.name,
    englishName: row.englishName,
    issuingDepartment: row.issuingDepartment,
    holderCodeType: row.holderCodeType,
    surfaceFields: row.surfaceFields,
    asOf: row.asOf.toISOString(),
  };
}

/**
 * What GraphQL must answer for a licence row (LICENCE_FIELDS). The status is not derived
 * here but passed in, as the database computes it (statusesNow), so the test does not
 * repeat the code it checks.
 */
export function expectedLicence(row: LicenceRow & { type: LicenceTypeRow }, status: string) {
  const byPerson = row.holderCodeType === 'CITIZEN_ID';
  return {
    id: row.id,
    name: row.type.name,
    type: expectedType(row.type),
    number: row.number,
    holderName: row.holderName,
    holderCode: row.holderCode,
    holderCodeType: row.holderCodeType,
    holder: byPerson ? { idNumber: row.holderCode } : null,
    holderEntity: byPerson ? null : { creditCode: row.holderCode },
    issuerName: row.issuerName,
    issuerCode: row.issuerCode,
    issuedOn: day(row.issuedOn),
    validFrom: day(row.validFrom),
    validUntil: row.validUntil ? day(row.validUntil) : null,
    jurisdiction: row.jurisdiction,
    status,
    surfaceData: row.surfaceData,
    asOf: row.asOf.toISOString(),
  };
}

/** Each licence's status as of today in China, computed by PostgreSQL from the stored row. */
export async function statusesNow(sg: ELicenseTest): Promise<Map<string, string>> {
  const rows = await sg.db.query<{ id: string; status: string }>(
    `SELECT id, CASE WHEN status = 'VALID' AND "validUntil" < (now() AT TIME ZONE 'Asia/Shanghai')::date
                     THEN 'EXPIRED' ELSE status::text END AS status
       FROM "Licence"`,
  );
  return new Map(rows.map((r) => [r.id, r.status]));
}

/** Rows with their type, as GraphQL should list them: oldest issue first. */
export function licenceRows(sg: ELicenseTest, where: Prisma.LicenceWhereInput) {
  return sg.prisma.licence.findMany({ where, include: { type: true }, orderBy: [{ issuedOn: 'asc' }, { id: 'asc' }] });
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

export async function query<T>(sg: ELicenseTest, source: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await sg.query<T>(source, variables);
  return { status, data: body.data, errors: body.errors as GraphQLErrorShape[] | undefined };
}
