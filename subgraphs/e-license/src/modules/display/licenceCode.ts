import { badUserInput, canonicalJson, isPlainObject, LicenceDocumentProblem, parseLicenceSeal, type LicenceSeal } from '@hub/kit';

/**
 * The verification code of a shown licence (亮证码), for a QR code: `HUBLIC1.` followed by
 * base64url of the canonical JSON of the issuer's seal. The seal names the key, the instant
 * and the SM3 digest of the content, but neither the surface data nor the identifier (whose
 * serial is the ID number on an ID card): the library finds the licence by the digest,
 * checks the seal over it and answers the masked view. About 420 characters, a QR code of
 * version 12–14. Like the QR code on a paper licence it does not expire: revocation is what
 * the library answers at scan time.
 */
export const LICENCE_CODE_PREFIX = 'HUBLIC1.';
const MAX_CODE_LENGTH = 1000;

export function licenceCode(seal: LicenceSeal): string {
  return `${LICENCE_CODE_PREFIX}${Buffer.from(canonicalJson({ seal }), 'utf8').toString('base64url')}`;
}

/** The seal a code carries, or BAD_USER_INPUT naming what is wrong. */
export function parseLicenceCode(code: string, field = 'code'): LicenceSeal {
  if (code.length > MAX_CODE_LENGTH || !code.startsWith(LICENCE_CODE_PREFIX)) {
    throw badUserInput(field, `a licence verification code is ${LICENCE_CODE_PREFIX} followed by base64url, at most ${MAX_CODE_LENGTH} characters`);
  }
  const body = code.slice(LICENCE_CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) throw badUserInput(field, 'the part after the prefix is not base64url');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput(field, 'does not decode to JSON');
  }
  if (!isPlainObject(parsed) || Object.keys(parsed).join() !== 'seal') throw badUserInput(field, 'must decode to { seal }');
  try {
    return parseLicenceSeal(parsed.seal, `${field}.seal`);
  } catch (err) {
    if (err instanceof LicenceDocumentProblem) throw badUserInput(err.field, err.reason);
    throw err;
  }
}
