import type { LicenceSeal } from '@hub/kit';
import type { Licence as LicenceRow } from '../../__generated__/prisma/client';
import { HolderCodeType } from '../../enums';
import { marketEntityRef } from '../marketEntity/marketEntity.type';
import { personRef } from '../person/person.type';
import { effectiveStatus } from './licenceStatus';
import { Licence } from './licence.type';
import { sealType } from './seal.type';

export function licenceFromRow(row: LicenceRow): Licence {
  const byPerson = row.holderCodeType === HolderCodeType.CITIZEN_ID;
  const seal = storedSealOf(row);
  return Object.assign(new Licence(), {
    id: row.id,
    version: row.id.split('.')[8] ?? '001',
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
    recordedStatus: row.status,
    statusReason: row.statusReason,
    statusChangedAt: row.statusChangedAt,
    supersededBy: row.supersededBy,
    seal: seal ? sealType(seal) : null,
    storedSeal: seal,
    surfaceDataValue: surfaceDataOf(row.id, row.surfaceData),
    asOf: row.asOf,
  });
}

/** The seal columns as the kit's seal; null when the licence was never sealed. */
function storedSealOf(row: LicenceRow): LicenceSeal | null {
  if (!row.sealKeyId || !row.sealSignedAt || !row.sealDigest || !row.sealSignature) return null;
  return {
    algorithm: 'SM2-SM3',
    keyId: row.sealKeyId,
    // The issuer as sealed is the one in the (immutable) identifier, so an issuer changed in
    // the row afterwards shows as altered content, not as another issuer's seal.
    issuerCode: row.id.split('.')[6] ?? row.issuerCode,
    signedAt: row.sealSignedAt.toISOString(),
    contentDigest: row.sealDigest,
    signature: row.sealSignature,
  };
}

/** Surface data is stored as a JSON object; anything else is a data fault, reported, not hidden. */
function surfaceDataOf(id: string, json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`licence ${id}: surfaceData is not a JSON object`);
  }
  return json as Record<string, unknown>;
}
