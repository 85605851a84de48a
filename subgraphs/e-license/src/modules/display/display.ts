import { citizenIdProblem, maskAddress, maskIdNumber, maskName } from '@hub/kit';
import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import { HolderCodeType, SurfaceValueType } from '../../enums';
import type { Licence } from '../licence/licence.type';
import { surfaceFieldsOf } from '../licenceType/licenceType.mapper';
import { LicenceDisplay, LicenceDisplayItem } from './display.type';
import { licenceCode } from './licenceCode';

/** A permit list (一证制) as one line: 食品经营许可 JY…（有效期至2031年5月1日）；公共场所卫生许可（…）. */
function permitLine(value: unknown): string {
  if (!Array.isArray(value)) return String(value ?? '');
  return value
    .map((p: unknown) => {
      const { 名称: name = '', 编号: number = '', 有效期至: until = '' } = (p ?? {}) as Record<string, unknown>;
      return `${String(name)}${number ? ` ${String(number)}` : ''}${until ? `（有效期至${String(until)}）` : ''}`;
    })
    .join('；');
}

/** A surface value as shown: personal identifiers partly hidden (脱敏). */
export function shownValue(valueType: SurfaceValueType, value: unknown): string {
  if (valueType === SurfaceValueType.PERMIT_LIST) return permitLine(value);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  switch (valueType) {
    case SurfaceValueType.NAME:
      return maskName(text);
    case SurfaceValueType.ID_NUMBER:
      return maskIdNumber(text);
    case SurfaceValueType.ADDRESS:
      return maskAddress(text);
    default:
      return text;
  }
}

/**
 * A text as shown to someone else: the holder's ID number masked wherever it appears — in
 * an ID card's identifier (whose serial is the ID number), its renewal's, or a reason.
 */
export function maskHolderIn(text: string, licence: Pick<Licence, 'holderCode' | 'holderCodeType'>): string {
  if (licence.holderCodeType !== HolderCodeType.CITIZEN_ID) return text;
  return text.split(licence.holderCode).join(maskIdNumber(licence.holderCode));
}

/** The masked view of a licence (亮证) and its verification code; an empty code when it has no seal to verify. */
export function displayOf(licence: Licence, type: LicenceTypeRow): LicenceDisplay {
  const byPerson = licence.holderCodeType === HolderCodeType.CITIZEN_ID;
  const items = surfaceFieldsOf(type).map((field) =>
    Object.assign(new LicenceDisplayItem(), { key: field.key, label: field.label, valueType: field.valueType, value: shownValue(field.valueType, licence.surfaceDataValue[field.key]) }),
  );
  return Object.assign(new LicenceDisplay(), {
    licenceId: maskHolderIn(licence.id, licence),
    name: type.name,
    number: citizenIdProblem(licence.number) === null ? maskIdNumber(licence.number) : licence.number,
    holderName: byPerson ? maskName(licence.holderName) : licence.holderName,
    holderCode: byPerson ? maskIdNumber(licence.holderCode) : licence.holderCode,
    issuerName: licence.issuerName,
    issuedOn: licence.issuedOn,
    validUntil: licence.validUntil,
    status: licence.status,
    items,
    code: licence.storedSeal ? licenceCode(licence.storedSeal) : '',
  });
}
