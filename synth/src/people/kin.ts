import type { Rng } from '../random';
import type { Gender, MaritalStatus, Relation } from './model';

/**
 * A household's members before they get names and ID numbers: relation to the head, gender,
 * age, and who is whose spouse and parent (indexes into the same list), so that names,
 * marriages and surnames can follow the family tree.
 */
export interface Kin {
  relation: Relation;
  gender: Gender;
  age: number;
  maritalStatus: MaritalStatus;
  spouse?: number;
  father?: number;
  mother?: number;
  /** Whose surname a child takes when its father is not in the household. */
  lineage?: number;
}

/** Husband's age minus wife's: usually 0–6 years older, sometimes a little younger. */
export function husbandGap(rng: Rng): number {
  return rng.chance(0.15) ? -rng.int(1, 3) : rng.int(0, 6);
}

export const other = (g: Gender): Gender => (g === 'MALE' ? 'FEMALE' : 'MALE');
export const clampAge = (age: number): number => Math.min(99, Math.max(0, age));

/** Ages of n siblings, eldest first, at least two years apart, the youngest at least 0. */
export function siblingAges(rng: Rng, eldest: number, n: number): number[] {
  const ages = [eldest];
  for (let i = 1; i < n; i++) {
    const previous = ages[i - 1]!;
    const room = previous - 2 * (n - 1 - i); // keep space for the younger ones
    ages.push(previous - rng.int(2, Math.max(2, Math.min(7, room))));
  }
  return ages.map((a) => Math.max(0, a));
}

/** A couple's ages given the wife's, with the legal marriage ages (men 22, women 20) respected. */
export function coupleAges(rng: Rng, wifeAge: number): { husband: number; wife: number } {
  const wife = Math.max(20, wifeAge);
  return { husband: clampAge(Math.max(22, wife + husbandGap(rng))), wife };
}
