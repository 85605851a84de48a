import {
  demoIssuerKey, makeLicenceId, sealLicence, startTestSubgraph, type Caller, type IssuerSigningKey, type LicenceContent, type Purpose, type TestSubgraph,
} from '@hub/kit';
import { DEMO_SEED, issuerSecretForSeed } from '@hub/synth';
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

export const TYPE_FIELDS = 'code name englishName issuingDepartment hubDepartment holderCodeType surfaceFields { key label valueType } asOf';

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
    hubDepartment: row.hubDepartment,
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

export const citizen = (idNumber: string): Caller => ({ id: `citizen-${idNumber}`, role: 'CITIZEN', name: '持证人', idNumber });
export const approver = (department: string): Caller => ({ id: `approver-${department}`, role: 'APPROVER', name: '审批人员', department });
export const departmentSystem = (grants: string[]): Caller => ({ id: 'system-test', role: 'DEPARTMENT_SYSTEM', name: '部门系统', department: 'market-access', grants });

/** Runs an operation as a caller (with a purpose grant, if any) and returns data and errors. */
export async function queryAs<T>(sg: ELicenseTest, caller: Caller, source: string, variables: Record<string, unknown> = {}, purpose: Purpose | null = null) {
  const { body } = await sg.query<T>(source, variables, { caller, purpose });
  return { data: body.data, errors: body.errors as GraphQLErrorShape[] | undefined };
}

/** A licence row of the seeded library: a person's, in force, of a type (the first by identifier). */
export function validPersonLicence(sg: ELicenseTest, typeCode?: string) {
  return sg.prisma.licence.findFirstOrThrow({
    where: { holderCodeType: 'CITIZEN_ID', status: 'VALID', OR: [{ validUntil: null }, { validUntil: { gte: new Date() } }], ...(typeCode ? { typeCode } : {}) },
    orderBy: { id: 'asc' },
  });
}

/** The demo issuers' keys, as the synthetic library was sealed with them. */
export const demoIssuerSecret = issuerSecretForSeed(DEMO_SEED);

/** A licence's content as sealed, from its row and its type's name. */
export async function contentOfRow(sg: ELicenseTest, row: LicenceRow): Promise<LicenceContent> {
  const type = await sg.prisma.licenceType.findUniqueOrThrow({ where: { code: row.typeCode } });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    id: row.id, name: type.name, typeCode: row.typeCode, number: row.number,
    holder: { name: row.holderName, code: row.holderCode, codeType: row.holderCodeType === 'CITIZEN_ID' ? '111' : '001' },
    issuer: { name: row.issuerName, code: row.issuerCode },
    issuedOn: day(row.issuedOn), validFrom: day(row.validFrom), validUntil: row.validUntil ? day(row.validUntil) : null,
    jurisdiction: row.jurisdiction, surfaceData: row.surfaceData as Record<string, unknown>,
  };
}

/**
 * Adds a copy of a held licence under a new identifier with the given facts changed, sealed
 * anew by its issuer (or by `signing`, e.g. a key nobody published).
 */
export async function addSealedLicence(
  sg: ELicenseTest,
  serial: string,
  facts: Partial<Pick<LicenceRow, 'status' | 'issuedOn' | 'validFrom' | 'validUntil'>>,
  signing?: IssuerSigningKey,
  like?: LicenceRow,
) {
  const model = like ?? (await validPersonLicence(sg));
  const { updatedAt: _updatedAt, ...copy } = model;
  const id = makeLicenceId({ typeCode: model.typeCode, issuerCode: model.issuerCode, serial, version: '001' });
  const row = { ...copy, ...facts, id };
  const content = await contentOfRow(sg, row as LicenceRow);
  const seal = sealLicence(content, signing ?? demoIssuerKey(demoIssuerSecret, model.issuerCode), new Date());
  return sg.prisma.licence.create({
    data: {
      ...row, surfaceData: model.surfaceData ?? {},
      sealKeyId: seal.keyId, sealSignedAt: new Date(seal.signedAt), sealDigest: seal.contentDigest, sealSignature: seal.signature,
    },
  });
}
