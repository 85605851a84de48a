import { isKnownDivision } from './divisions';

/** Weights of GB 11643 over the first 17 digits of a citizen ID number (公民身份号码). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character GB 11643 assigns to 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export interface CitizenIdParts {
  division: string;
  birthDate: Date;
  sequence: number;
  gender: 'MALE' | 'FEMALE';
}

/** Why an ID number is not acceptable, or null when it is. */
export function citizenIdProblem(value: string): string | null {
  if (!SHAPE.test(value)) return 'must be 17 digits followed by a digit or X (18 characters)';
  if (citizenIdCheckChar(value.slice(0, 17)) !== value[17]) return 'check digit does not match (GB 11643)';
  if (!isKnownDivision(value.slice(0, 6))) return `unknown administrative division ${value.slice(0, 6)}`;
  const birth = birthDateOf(value);
  if (!birth) return `birth date ${value.slice(6, 14)} is not a real date`;
  if (birth.getTime() > Date.now() || birth.getUTCFullYear() < 1880) return `birth date ${value.slice(6, 14)} is out of range`;
  return null;
}

function birthDateOf(value: string): Date | null {
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date : null;
}

/** Splits a valid ID number into its parts; throws on an invalid one. */
export function parseCitizenId(value: string): CitizenIdParts {
  const problem = citizenIdProblem(value);
  if (problem) throw new Error(problem);
  const sequence = Number(value.slice(14, 17));
  return {
    division: value.slice(0, 6),
    birthDate: birthDateOf(value)!,
    sequence,
    gender: sequence % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/** Builds a valid ID number from its parts (used by the synthetic data generator). */
export function makeCitizenId(division: string, birthDate: Date, sequence: number): string {
  const ymd = birthDate.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${division}${ymd}${String(sequence).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}
