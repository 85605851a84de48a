/**
 * Showcase subjects for demos and end-to-end tests, found in the generated rows themselves
 * (never hard-coded), so they stay true whatever the generator becomes: the first subject
 * in household order that meets each description.
 */
export interface SamplePeople {
  /** Runs a restaurant (个体工商户, 餐饮) with a valid food business licence; married, insured, with e-licences. */
  restaurantOwner: { idNumber: string; name: string; spouseIdNumber: string; creditCode: string; businessName: string; permitNumber: string; licenceIds: string[] };
  /** A 低保 household of 3+ living members, some insured, one running a business (the hard case). */
  subsistenceHousehold: { householdId: string; headIdNumber: string; memberIdNumbers: string[]; insuredIdNumbers: string[]; businessOperatorIdNumber: string; businessCreditCode: string };
  /** Aged 80+ and receiving the old-age allowance (高龄津贴). */
  elderly80Plus: { idNumber: string; name: string; age: number; monthlyAllowanceFen: number };
  /** Aged 80+ without the allowance yet: the one a clerk should help apply (null if nobody). */
  elderlyWithoutAllowance: { idNumber: string; name: string; age: number } | null;
  /** Working age (25–59) and in no insurance scheme at all. */
  uninsuredAdult: { idNumber: string; name: string; age: number };
  /** Both spouses living in one household, with their marriage certificates as e-licences. */
  marriedCouple: { husbandIdNumber: string; wifeIdNumber: string; certificateNumber: string; householdId: string };
  /** Registered unemployed, holding an employment-and-entrepreneurship certificate. */
  registeredUnemployed: { idNumber: string; name: string; certificateNumber: string };
  /** Employed by an active enterprise registered in market access. */
  employee: { idNumber: string; name: string; employerCreditCode: string; employerName: string };
  /** Holds a resident ID card e-licence that has expired. */
  expiredIdCardHolder: { idNumber: string; name: string; validUntil: string };
}

export function missing(what: string): never {
  throw new Error(`the synthetic population has no ${what}: use a larger population or another seed`);
}

export function found<T>(what: string, value: T | undefined): T {
  return value === undefined ? missing(what) : value;
}
