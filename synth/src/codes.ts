import { CREDIT_CODE_ALPHABET } from '@hub/kit';

/**
 * Serial numbers that are unique by construction: an index is scrambled by an affine map
 * x ↦ (a·x + b) mod m with a coprime to m — a bijection, so distinct indexes give distinct
 * numbers — which hides the order in which the generator produced them.
 */
function scramble(index: number, multiplier: number, offset: number, modulus: number): number {
  if (index < 0 || index >= modulus) throw new Error(`index ${index} does not fit in ${modulus} serials`);
  // The product must stay below 2^53 to be exact in a double (indexes here are < 10^8).
  if (index * multiplier > Number.MAX_SAFE_INTEGER) throw new Error(`index ${index} is too large to scramble`);
  return (index * multiplier + offset) % modulus;
}

const BASE = CREDIT_CODE_ALPHABET.length; // 31
const ORG_SPACE = BASE ** 7;

/**
 * The 9-character organisation code of a market entity's credit code, in the "MA…" form
 * that codes registered since the 2015 reform have: "MA" + 7 characters of the GB 32100
 * alphabet. `index` must be unique within the entity type (the type digit is part of the
 * credit code, so types cannot collide with each other).
 */
export function marketOrganisationCode(index: number, salt: number): string {
  let x = scramble(index, 1_000_003, salt % ORG_SPACE, ORG_SPACE);
  let out = '';
  for (let i = 0; i < 7; i++) {
    out = CREDIT_CODE_ALPHABET[x % BASE]! + out;
    x = Math.floor(x / BASE);
  }
  return `MA${out}`;
}

/** `digits` decimal digits, unique per index (multiplier coprime to 10). */
export function decimalSerial(index: number, digits: number, salt: number): string {
  const modulus = 10 ** digits;
  return String(scramble(index, 999_983, salt % modulus, modulus)).padStart(digits, '0');
}

/** A check digit over decimal digits (weights 3,1 as in EAN); the real permit algorithms are not public. */
export function decimalCheck(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}
