import { badUserInput, citizenIdProblem, creditCodeProblem, isPlainObject } from '@hub/kit';
import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import { SurfaceValueType } from '../../enums';
import { surfaceFieldsOf } from '../licenceType/licenceType.mapper';
import type { CarriedPermitInput } from './lifecycle.inputs';

const MAX_TEXT = 2000;

function permitsOf(permits: readonly CarriedPermitInput[], field: string): Array<Record<string, string>> {
  if (permits.length === 0 || permits.length > 50) throw badUserInput(field, 'an industry comprehensive licence carries 1–50 permits (一证制)');
  return permits.map((p, i) => {
    const name = p.name.trim();
    if (!name || name.length > 200) throw badUserInput(`${field}[${i}].name`, 'the permit’s name, 1–200 characters');
    return { 名称: name, 编号: (p.number ?? '').trim(), 有效期至: (p.validUntil ?? '').trim() };
  });
}

function checkedValue(valueType: SurfaceValueType, value: unknown, field: string): string {
  if (value === undefined) throw badUserInput(field, 'is missing: every surface item of the type is required');
  if (typeof value !== 'string' || !value.trim() || value.length > MAX_TEXT) throw badUserInput(field, `text of 1–${MAX_TEXT} characters`);
  const text = value.trim();
  const problem = valueType === SurfaceValueType.ID_NUMBER ? citizenIdProblem(text) : valueType === SurfaceValueType.CREDIT_CODE ? creditCodeProblem(text) : null;
  if (problem) throw badUserInput(field, problem);
  return text;
}

/**
 * The surface data of a licence to issue, checked against its type: exactly the type's
 * items, each text (ID numbers and credit codes with valid check characters), and the
 * permit list of an industry comprehensive licence from `permits`.
 */
export function checkedSurfaceData(
  type: LicenceTypeRow,
  surfaceData: Record<string, unknown>,
  permits: readonly CarriedPermitInput[] | null | undefined,
  field = 'input.surfaceData',
): Record<string, unknown> {
  if (!isPlainObject(surfaceData)) throw badUserInput(field, 'must be an object keyed by the type’s surface items');
  const fields = surfaceFieldsOf(type);
  const known = new Set(fields.map((f) => f.key));
  const unknown = Object.keys(surfaceData).filter((k) => !known.has(k));
  if (unknown.length) throw badUserInput(field, `${type.name} has no surface items ${unknown.slice(0, 5).join(', ')}; it has ${[...known].join(', ')}`);
  const checked: Record<string, unknown> = {};
  for (const { key, valueType } of fields) {
    if (valueType === SurfaceValueType.PERMIT_LIST) {
      if (!permits) throw badUserInput('input.permits', `a ${type.name} carries its permits (一证制): give them as permits`);
      checked[key] = permitsOf(permits, 'input.permits');
    } else {
      checked[key] = checkedValue(valueType, surfaceData[key], `${field}.${key}`);
    }
  }
  if (permits && !fields.some((f) => f.valueType === SurfaceValueType.PERMIT_LIST)) throw badUserInput('input.permits', `a ${type.name} carries no permits`);
  return checked;
}
