import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import { LicenceSurfaceField, LicenceType } from './licenceType.type';

export function licenceTypeFromRow(row: LicenceTypeRow): LicenceType {
  return Object.assign(new LicenceType(), {
    code: row.code,
    name: row.name,
    englishName: row.englishName,
    issuingDepartment: row.issuingDepartment,
    holderCodeType: row.holderCodeType,
    surfaceFields: surfaceFieldsOf(row.code, row.surfaceFields),
    asOf: row.asOf,
  });
}

/** The stored JSON must be a list of {key, label}; anything else is a data fault, reported, not hidden. */
function surfaceFieldsOf(code: string, json: unknown): LicenceSurfaceField[] {
  if (!Array.isArray(json)) throw new Error(`licence type ${code}: surfaceFields is not a list`);
  return json.map((item: unknown) => {
    const { key, label } = (item ?? {}) as { key?: unknown; label?: unknown };
    if (typeof key !== 'string' || typeof label !== 'string') {
      throw new Error(`licence type ${code}: surface field ${JSON.stringify(item)} is not {key, label}`);
    }
    return Object.assign(new LicenceSurfaceField(), { key, label });
  });
}
