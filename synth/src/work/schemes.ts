import { type Day, REFERENCE_DAY, addYears, dayOf, monthsBetween } from '../calendar';
import type { EnterpriseProfile } from '../market/enterprises';
import type { Person } from '../people/model';
import type { Rng } from '../random';
import type { Enrolment, EnrolmentStatus, InsuranceScheme } from './model';

/**
 * Enrolments per scheme. Amounts are monthly contribution bases in fen: employees contribute
 * on their wage within Shandong's 2024–2026 floor and ceiling (≈ ¥4,100–20,500); residents
 * choose a yearly grade (¥300–5,000), stored here as a twelfth of it.
 */
const BASE_FLOOR = 410_000;
const BASE_CEILING = 2_050_000;
const RESIDENT_GRADES_YUAN = [300, 500, 800, 1000, 1500, 2000, 3000, 5000] as const;
/** The urban-rural resident pension reached these towns in 2011 (新农保/城居保). */
const RESIDENT_SCHEME_START: Day = dayOf(2011, 7, 1);

export const retirementAge = (p: Person): number => (p.gender === 'MALE' ? 60 : 55);

export const contributionBase = (wageFen: number): number => Math.min(BASE_CEILING, Math.max(BASE_FLOOR, wageFen));

function enrolment(scheme: InsuranceScheme, status: EnrolmentStatus, start: Day, end: Day | null, months: number, base: number, employer: EnterpriseProfile | null): Enrolment {
  return { scheme, status, startDate: start, endDate: end, contributionMonths: Math.max(0, months), monthlyBaseFen: base, employer };
}

/** Pension, unemployment and work-injury insurance through an employer. */
export function employeeSchemes(rng: Rng, careerStart: Day, jobStart: Day, wageFen: number, employer: EnterpriseProfile): Enrolment[] {
  const base = contributionBase(wageFen);
  const tenure = monthsBetween(jobStart, REFERENCE_DAY);
  return [
    enrolment('ENTERPRISE_EMPLOYEE_PENSION', 'ACTIVE', careerStart, null, monthsBetween(careerStart, REFERENCE_DAY) - rng.int(0, 18), base, employer),
    enrolment('UNEMPLOYMENT', 'ACTIVE', jobStart, null, tenure, base, employer),
    enrolment('WORK_INJURY', 'ACTIVE', jobStart, null, tenure, base, employer),
  ];
}

/** Pension and unemployment insurance paused since the job was lost (暂停缴费). */
export function suspendedSchemes(rng: Rng, careerStart: Day, lostOn: Day, wageFen: number, employer: EnterpriseProfile): Enrolment[] {
  const base = contributionBase(wageFen);
  return [
    enrolment('ENTERPRISE_EMPLOYEE_PENSION', 'SUSPENDED', careerStart, lostOn, monthsBetween(careerStart, lostOn) - rng.int(0, 12), base, employer),
    enrolment('UNEMPLOYMENT', 'SUSPENDED', careerStart, lostOn, monthsBetween(careerStart, lostOn), base, employer),
  ];
}

/** The employee pension paid as a flexible worker (灵活就业), e.g. by a shopkeeper: no employer. */
export function flexiblePension(rng: Rng, start: Day): Enrolment {
  const base = BASE_FLOOR + rng.int(0, 4) * 50_000;
  return enrolment('ENTERPRISE_EMPLOYEE_PENSION', 'ACTIVE', start, null, monthsBetween(start, REFERENCE_DAY), base, null);
}

/** The urban-rural resident pension: contributions until 60, a basic pension after. */
export function residentPension(rng: Rng, person: Person, status: EnrolmentStatus = 'ACTIVE', end: Day | null = null): Enrolment {
  const start = Math.min(REFERENCE_DAY - 30, Math.max(RESIDENT_SCHEME_START, addYears(person.birth, 16)) + rng.int(0, 3 * 365));
  const paidUntil = Math.min(end ?? REFERENCE_DAY, addYears(person.birth, 60));
  const grade = person.age >= 60 ? 300 : rng.pick(RESIDENT_GRADES_YUAN);
  return enrolment('URBAN_RURAL_RESIDENT_PENSION', status, start, end, monthsBetween(start, paidUntil), Math.round((grade * 100) / 12), null);
}

/** A retired employee drawing a pension (领取待遇): contributions ended at retirement. */
export function retiredEmployeePension(rng: Rng, person: Person, status: EnrolmentStatus = 'ACTIVE', end: Day | null = null): Enrolment {
  const careerStart = addYears(person.birth, rng.int(18, 24));
  const retiredOn = addYears(person.birth, retirementAge(person));
  const base = rng.int(2500, 6500) * 100;
  return enrolment('ENTERPRISE_EMPLOYEE_PENSION', status, careerStart, end ?? retiredOn, monthsBetween(careerStart, retiredOn) - rng.int(0, 36), base, null);
}
