/** Unified social credit code (统一社会信用代码), GB 32100. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check]!;
}

/** Why a credit code is not acceptable, or null when it is. */
export function creditCodeProblem(value: string): string | null {
  if (!SHAPE.test(value)) {
    return 'must be 18 characters of 0-9 and A-Y without I, O, Z, S, V (GB 32100)';
  }
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return 'check character does not match (GB 32100)';
  return null;
}

/** Builds a valid code: registration authority + entity type (e.g. "92"), division, 9-character organisation code. */
export function makeCreditCode(authorityAndType: string, division: string, organisationCode: string): string {
  const first17 = `${authorityAndType}${division}${organisationCode}`;
  if (first17.length !== 17) throw new Error('credit code body must be 17 characters');
  return first17 + creditCodeCheckChar(first17);
}

export const CREDIT_CODE_ALPHABET = ALPHABET;
