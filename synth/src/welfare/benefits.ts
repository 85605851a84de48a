import { type Day, REFERENCE_DAY, addYears, dayOf } from '../calendar';
import type { Household, Person } from '../people/model';
import type { Rng } from '../random';

/**
 * Social assistance (社会救助) a household receives from civil affairs. Amounts are in fen
 * per month and near the 2024–2026 standards of the two cities: 低保 about ¥1,100 a month
 * in town and ¥900 in villages (paid as the gap to the household's income, per member),
 * 特困 about 1.3 × that plus care, 高龄津贴 ¥100/¥200/¥500 from 80/90/100 years,
 * 残疾人两项补贴 ¥80–200.
 */
export type BenefitKind = 'SUBSISTENCE_ALLOWANCE' | 'SPECIAL_HARDSHIP' | 'TEMPORARY_ASSISTANCE' | 'OLD_AGE_ALLOWANCE' | 'DISABILITY_SUBSIDY';
export type BenefitStatus = 'ACTIVE' | 'SUSPENDED' | 'ENDED';

export interface Benefit {
  id: string;
  kind: BenefitKind;
  beneficiary: Person;
  /** Set for 低保, which is granted to the household and paid per member. */
  householdId: string | null;
  monthlyAmountFen: number;
  startDate: Day;
  endDate: Day | null;
  status: BenefitStatus;
}

export interface HouseholdWelfare {
  /** Receives 低保 now. */
  poor: boolean;
  /** Keys of members with a registered disability (残疾人证). */
  disabled: Set<number>;
  benefits: Benefit[];
}

const living = (h: Household): Person[] => h.members.filter((p) => p.deceasedOn === null);

export function householdWelfare(rng: Rng, household: Household, foundsEnterprise: boolean): HouseholdWelfare {
  const members = living(household);
  const disabled = new Set(members.filter((p) => rng.chance(p.age >= 60 ? 0.03 : 0.012)).map((p) => p.key));
  const grants = new BenefitList(household);
  const head = household.members[0]!;
  const alone = members.length === 1 && head.age >= 60 && head.maritalStatus !== 'MARRIED';
  const hardship = alone && rng.chance(0.22);
  if (hardship) {
    const since = Math.max(addYears(head.birth, 60), REFERENCE_DAY - rng.int(90, 3650));
    grants.add('SPECIAL_HARDSHIP', head, null, rng.int(1300, 1800) * 100, since);
  }
  // A household whose member founded an enterprise does not pass the means test.
  const risk = 0.03 + (household.village.urban ? 0 : 0.025) + (disabled.size > 0 ? 0.08 : 0) + (alone ? 0.03 : 0);
  const poor = !foundsEnterprise && !hardship && rng.chance(risk);
  if (poor) subsistence(rng, grants, household, members);
  else if (!foundsEnterprise && rng.chance(0.015)) endedSubsistence(rng, grants, household, members);
  for (const p of members) {
    if (!disabled.has(p.key)) continue;
    const since = Math.min(REFERENCE_DAY - 1, Math.max(p.birth + 365, REFERENCE_DAY - rng.int(30, 2900)));
    grants.add('DISABILITY_SUBSIDY', p, null, rng.int(80, 200) * 100, since);
  }
  for (const p of members) if (p.age >= 80) oldAgeAllowance(rng, grants, p);
  if (rng.chance(poor ? 0.12 : 0.006)) {
    const on = REFERENCE_DAY - rng.int(30, 1000);
    grants.add('TEMPORARY_ASSISTANCE', head, null, rng.int(1000, 5000) * 100, on, on, 'ENDED');
  }
  return { poor, disabled, benefits: grants.list };
}

/** 低保 for every living member, at one per-person amount: the standard minus income per head. */
function subsistence(rng: Rng, grants: BenefitList, household: Household, members: Person[]): void {
  const standardYuan = household.village.urban ? 1100 : 900;
  const amount = Math.round(standardYuan * (0.3 + 0.7 * rng.next())) * 100;
  const start = REFERENCE_DAY - rng.int(60, 8 * 365);
  const status: BenefitStatus = rng.chance(0.92) ? 'ACTIVE' : 'SUSPENDED';
  for (const p of members) grants.add('SUBSISTENCE_ALLOWANCE', p, household.id, amount, Math.max(start, p.birth + 1), null, status);
}

/** A household that received 低保 in the past and left it when its income rose. */
function endedSubsistence(rng: Rng, grants: BenefitList, household: Household, members: Person[]): void {
  const start = REFERENCE_DAY - rng.int(3 * 365, 9 * 365);
  const end = Math.min(REFERENCE_DAY - 60, start + rng.int(365, 3 * 365));
  const amount = rng.int(300, 800) * 100;
  for (const p of members) {
    if (p.birth < start) grants.add('SUBSISTENCE_ALLOWANCE', p, household.id, amount, start, end, 'ENDED');
  }
}

/** 高龄津贴: most over-80s get it; many who turned 80 in the last four months have not applied yet. */
function oldAgeAllowance(rng: Rng, grants: BenefitList, p: Person): void {
  const eightieth = addYears(p.birth, 80);
  const recent = REFERENCE_DAY - eightieth < 120;
  if (!rng.chance(recent ? 0.45 : 0.96)) return;
  const yuan = p.age >= 100 ? 500 : p.age >= 90 ? 200 : 100;
  const start = Math.min(REFERENCE_DAY - 1, Math.max(eightieth + rng.int(15, 90), dayOf(2014, 1, 1)));
  grants.add('OLD_AGE_ALLOWANCE', p, null, yuan * 100, start);
}

class BenefitList {
  readonly list: Benefit[] = [];
  constructor(private readonly household: Household) {}

  add(kind: BenefitKind, beneficiary: Person, householdId: string | null, fen: number, start: Day, end: Day | null = null, status: BenefitStatus = 'ACTIVE'): void {
    const id = `${this.household.id}-B${this.list.length + 1}`;
    this.list.push({ id, kind, beneficiary, householdId, monthlyAmountFen: fen, startDate: start, endDate: end, status });
  }
}
