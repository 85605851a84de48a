import { badUserInput, forbidden, isKnownDivision, licenceToday, type IssuerSigningKey } from '@hub/kit';
import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import type { ELicenseContext } from '../../context';
import { licenceTypeCodeProblem } from '../licenceType/licenceTypeCode';

/** Checks of a licence to issue that issue and renewal share. */
export function requireText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (!text || text.length > max) throw badUserInput(field, `text of 1–${max} characters`);
  return text;
}

export async function requireLicenceType(code: string, ctx: ELicenseContext, field = 'input.typeCode'): Promise<LicenceTypeRow> {
  const typeCode = code.trim().toUpperCase();
  const problem = licenceTypeCodeProblem(typeCode);
  if (problem) throw badUserInput(field, problem);
  const type = await ctx.data.licenceType.load(typeCode);
  if (!type) throw badUserInput(field, 'no such licence type in the catalogue (licenceTypes)');
  return type;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** Issue date, first and last valid day as YYYY-MM-DD; today in China by default. */
export function validityOf(issuedOn: Date | null | undefined, validFrom: Date | null | undefined, validUntil: Date | null | undefined, field = 'input') {
  const issued = issuedOn ? day(issuedOn) : licenceToday();
  const from = validFrom ? day(validFrom) : issued;
  const until = validUntil ? day(validUntil) : null;
  if (until !== null && until < from) throw badUserInput(`${field}.validUntil`, 'the last valid day comes before the first');
  return { issuedOn: issued, validFrom: from, validUntil: until };
}

export function requireJurisdiction(value: string, field = 'input.jurisdiction'): string {
  const code = value.trim();
  if (!/^\d{6}$/.test(code) || !isKnownDivision(code)) throw badUserInput(field, 'a 6-digit county-level division code (GB/T 2260)');
  return code;
}

/** The issuer's serial: given, or the licence number with everything but 0-9 and A-Z removed. */
export function serialOf(serial: string | null | undefined, number: string, field = 'input.serial'): string {
  const value = (serial ?? number).toUpperCase().replace(serial ? /\s/g : /[^0-9A-Z]/g, '');
  if (!/^[0-9A-Z]{1,40}$/.test(value)) throw badUserInput(field, 'the issuer’s serial is 1–40 characters 0-9 A-Z; give one when the number has none');
  return value;
}

export function requireSigningKey(ctx: ELicenseContext, issuerCode: string, issuerName: string): IssuerSigningKey {
  const key = ctx.data.keyring.keyFor(issuerCode);
  if (!key) throw forbidden(`The library holds no signing key of ${issuerName} (${issuerCode}) and cannot seal its licences (${ctx.data.keyring.description})`, { reason: 'NO_ISSUER_KEY' });
  return key;
}
