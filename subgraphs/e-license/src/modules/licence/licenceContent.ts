import type { LicenceContent } from '@hub/kit';
import { HolderCodeType } from '../../enums';
import type { Licence } from './licence.type';

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** What the issuer sealed, rebuilt from the library's record (the name from the catalogue). */
export function licenceContentOf(licence: Licence, typeName: string): LicenceContent {
  return {
    id: licence.id,
    name: typeName,
    typeCode: licence.typeCode,
    number: licence.number,
    holder: { name: licence.holderName, code: licence.holderCode, codeType: licence.holderCodeType === HolderCodeType.CITIZEN_ID ? '111' : '001' },
    issuer: { name: licence.issuerName, code: licence.issuerCode },
    issuedOn: day(licence.issuedOn),
    validFrom: day(licence.validFrom),
    validUntil: licence.validUntil ? day(licence.validUntil) : null,
    jurisdiction: licence.jurisdiction,
    surfaceData: licence.surfaceDataValue,
  };
}
