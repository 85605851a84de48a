import type { Rng } from '../random';

/** Mobile number prefixes of the three carriers (移动、联通、电信) common in Shandong. */
const PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '176', '177', '178', '180', '181', '182', '183', '185',
  '186', '187', '188', '189', '191', '199',
] as const;

/** An 11-digit mainland mobile number. */
export function mobilePhone(rng: Rng): string {
  return rng.pick(PREFIXES) + rng.digits(8);
}

/** Most adults give a mobile number; fewer of the very old have one of their own. */
export function hasPhone(rng: Rng, age: number): boolean {
  if (age < 18) return false;
  return rng.chance(age >= 80 ? 0.6 : 0.96);
}
