import type { Licence as LicenceRow } from '../../__generated__/prisma/client';
import { HolderCodeType } from '../../enums';
import { marketEntityRef } from '../marketEntity/marketEntity.type';
import { personRef } from '../person/person.type';
import { effectiveStatus } from './licenceStatus';
import { Licence } from './licence.type';

export function licenceFromRow(row: LicenceRow): Licence {
  const byPerson = row.holderCodeType === HolderCodeType.CITIZEN_ID;
  return Object.assign(new Licence(), {
    id: row.id,
    typeCode: row.typeCode,
    number: row.number,
    holderName: row.holderName,
    holderCode: row.holderCode,
    holderCodeType: row.holderCodeType,
    holder: byPerson ? personRef(row.holderCode) : null,
    holderEntity: byPerson ? null : marketEntityRef(row.holderCode),
    issuerName: row.issuerName,
    issuerCode: row.issuerCode,
    issuedOn: row.issuedOn,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    jurisdiction: row.jurisdiction,
    status: effectiveStatus(row.status, row.validUntil),
    surfaceData: surfaceDataOf(row.id, row.surfaceData),
    asOf: row.asOf,
  });
}

/** Surface data is stored as a JSON object; anything else is a data fault, reported, not hidden. */
function surfaceDataOf(id: string, json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`licence ${id}: surfaceData is not a JSON object`);
  }
  return json as Record<string, unknown>;
}
