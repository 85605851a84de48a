import { REFERENCE_DAY, confirmedAt, isoDate } from '../calendar';
import { LICENCE_CATALOGUE, type SurfaceField } from '../licences/catalogue';
import { STREAM, rngFor } from '../random';
import type { Department } from './department';
import { defineTable } from './tables';

/** 电子证照库: the licence catalogue and the issued licences. */
interface LicenceTypeRow {
  code: string;
  name: string;
  englishName: string;
  issuingDepartment: string;
  holderCodeType: string;
  surfaceFields: SurfaceField[];
  asOf: string;
}
interface LicenceRow {
  id: string;
  typeCode: string;
  number: string;
  holderName: string;
  holderCode: string;
  holderCodeType: string;
  issuerName: string;
  issuerCode: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  jurisdiction: string;
  status: string;
  surfaceData: Record<string, string>;
  asOf: string;
}

const TS = 'timestamptz';
const LICENCE_TYPE = defineTable<LicenceTypeRow>('LicenceType', [
  ['code', 'char(21)'], ['name', 'text'], ['englishName', 'text'], ['issuingDepartment', 'text'], ['holderCodeType', '"HolderCodeType"'],
  ['surfaceFields', 'jsonb'], ['asOf', TS],
]);
const LICENCE = defineTable<LicenceRow>('Licence', [
  ['id', 'text'], ['typeCode', 'char(21)'], ['number', 'text'], ['holderName', 'text'], ['holderCode', 'char(18)'],
  ['holderCodeType', '"HolderCodeType"'], ['issuerName', 'text'], ['issuerCode', 'char(18)'], ['issuedOn', 'date'], ['validFrom', 'date'],
  ['validUntil', 'date'], ['jurisdiction', 'char(6)'], ['status', '"LicenceStatus"'], ['surfaceData', 'jsonb'], ['asOf', TS],
]);

export const eLicense: Department = {
  name: 'e-license',
  needs: { work: true, licences: true },
  tables: [LICENCE_TYPE, LICENCE],
  clockStream: STREAM.confirmedELicense,
  start(set, seedHash) {
    const clock = rngFor(seedHash, STREAM.catalogue, 0);
    for (const t of LICENCE_CATALOGUE) {
      set.add(LICENCE_TYPE, {
        code: t.code, name: t.name, englishName: t.englishName, issuingDepartment: t.issuingDepartment,
        holderCodeType: t.holderCodeType, surfaceFields: t.surfaceFields, asOf: confirmedAt(clock, REFERENCE_DAY - 365),
      });
    }
  },
  addHousehold(set, { licences }, clock) {
    for (const l of licences ?? []) {
      set.add(LICENCE, {
        id: l.id, typeCode: l.type.code, number: l.number, holderName: l.holderName, holderCode: l.holderCode,
        holderCodeType: l.type.holderCodeType, issuerName: l.issuer.name, issuerCode: l.issuer.creditCode,
        issuedOn: isoDate(l.issuedOn), validFrom: isoDate(l.validFrom), validUntil: l.validUntil === null ? null : isoDate(l.validUntil),
        jurisdiction: l.jurisdiction, status: l.status, surfaceData: l.surfaceData, asOf: confirmedAt(clock, l.lastChange),
      });
    }
  },
};
