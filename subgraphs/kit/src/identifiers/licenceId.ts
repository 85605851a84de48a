/**
 * E-licence identifier (电子证照标识), GB/T 36904 as used by public implementations:
 * 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check>
 * The check character is ISO/IEC 7064 MOD 37,36 over the concatenated parts without dots.
 */
export const LICENCE_OID_ROOT = '1.2.156.3005.2';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function licenceCheckChar(body: string): string {
  let p = 36;
  for (const ch of body) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new Error(`character ${ch} is not allowed in a licence identifier`);
    let s = (p + value) % 36;
    if (s === 0) s = 36;
    p = (2 * s) % 37;
  }
  return ALPHABET[(37 - p) % 36]!;
}

export interface LicenceIdParts {
  typeCode: string;
  issuerCode: string;
  serial: string;
  version: string;
}

export function makeLicenceId(parts: LicenceIdParts): string {
  const body = parts.typeCode + parts.issuerCode + parts.serial + parts.version;
  return [LICENCE_OID_ROOT, parts.typeCode, parts.issuerCode, parts.serial, parts.version, licenceCheckChar(body)].join('.');
}

const SHAPE = /^1\.2\.156\.3005\.2\.([0-9A-Z]{21})\.([0-9A-Z]{18})\.([0-9A-Z]{1,40})\.(\d{3})\.([0-9A-Z])$/;

/** Why a licence identifier is not acceptable, or null when it is. */
export function licenceIdProblem(value: string): string | null {
  const match = SHAPE.exec(value);
  if (!match) {
    return 'must be 1.2.156.3005.2.<21-character type code>.<18-character issuer code>.<serial>.<3-digit version>.<check>';
  }
  const [, typeCode, issuerCode, serial, version, check] = match;
  if (licenceCheckChar(`${typeCode}${issuerCode}${serial}${version}`) !== check) {
    return 'check character does not match (ISO/IEC 7064 MOD 37,36)';
  }
  return null;
}
