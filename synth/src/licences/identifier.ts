import { LICENCE_OID_ROOT } from '@hub/kit';

/**
 * makeLicenceId's result (ISO/IEC 7064 MOD 37,36 over type code + issuer code + serial +
 * version), computed faster for millions of licences: the check is a running state, so the
 * state after a (type, issuer) prefix — the same for all of an issuer's licences of a type —
 * is computed once and cached. identifier.test.ts checks it against the kit's function.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** State after type code + issuer code, by type code then issuer code (no key concatenation). */
const prefixStates = new Map<string, Map<string, number>>();

function advance(state: number, text: string): number {
  let p = state;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? code - 55 : -1;
    if (value < 0) throw new Error(`character ${text[i]} is not allowed in a licence identifier`);
    let s = (p + value) % 36;
    if (s === 0) s = 36;
    p = (2 * s) % 37;
  }
  return p;
}

export function licenceIdentifier(typeCode: string, issuerCode: string, serial: string, version: string): string {
  let byIssuer = prefixStates.get(typeCode);
  if (!byIssuer) prefixStates.set(typeCode, (byIssuer = new Map()));
  let state = byIssuer.get(issuerCode);
  if (state === undefined) byIssuer.set(issuerCode, (state = advance(advance(36, typeCode), issuerCode)));
  const check = ALPHABET[(37 - advance(advance(state, serial), version)) % 36];
  return `${LICENCE_OID_ROOT}.${typeCode}.${issuerCode}.${serial}.${version}.${check}`;
}
