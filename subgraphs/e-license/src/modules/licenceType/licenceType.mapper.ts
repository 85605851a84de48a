import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import { SurfaceValueType } from '../../enums';
import { LicenceSurfaceField, LicenceType } from './licenceType.type';

export function licenceTypeFromRow(row: LicenceTypeRow): LicenceType {
  return Object.assign(new LicenceType(), {
    code: row.code,
    name: row.name,
    englishName: row.englishName,
    issuingDepartment: row.issuingDepartment,
    hubDepartment: row.hubDepartment,
    holderCodeType: row.holderCodeType,
    surfaceFields: surfaceFieldsOf(row),
    asOf: row.asOf,
  });
}

const VALUE_TYPES = new Set<string>(Object.values(SurfaceValueType));

/**
 * The stored JSON must be a list of {key, label, valueType?}; anything else is a data fault,
 * reported, not hidden. Entries written before value types existed are TEXT.
 */
export function surfaceFieldsOf(row: Pick<LicenceTypeRow, 'code' | 'surfaceFields'>): LicenceSurfaceField[] {
  const json: unknown = row.surfaceFields;
  if (!Array.isArray(json)) throw new Error(`licence type ${row.code}: surfaceFields is not a list`);
  return json.map((item: unknown) => {
    const { key, label, valueType = SurfaceValueType.TEXT } = (item ?? {}) as { key?: unknown; label?: unknown; valueType?: unknown };
    if (typeof key !== 'string' || typeof label !== 'string' || typeof valueType !== 'string' || !VALUE_TYPES.has(valueType)) {
      throw new Error(`licence type ${row.code}: surface field ${JSON.stringify(item)} is not {key, label, valueType}`);
    }
    return Object.assign(new LicenceSurfaceField(), { key, label, valueType: valueType as SurfaceValueType });
  });
}
