import type { LicenceSeal } from '@hub/kit';
import type { Licence as LicenceRow } from '../../__generated__/prisma/client';
import { sealType } from '../licence/seal.type';
import { IssuedLicence } from './issuedLicence.type';

export function issuedLicenceOf(row: LicenceRow, seal: LicenceSeal, replaces: string | null): IssuedLicence {
  return Object.assign(new IssuedLicence(), {
    id: row.id, version: row.id.split('.')[8] ?? '001', typeCode: row.typeCode, status: row.status,
    issuedOn: row.issuedOn, validFrom: row.validFrom, validUntil: row.validUntil, seal: sealType(seal), replaces,
  });
}
