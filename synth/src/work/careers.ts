import { type Day, REFERENCE_DAY, addYears } from '../calendar';
import type { EnterpriseDirectory, EnterpriseProfile } from '../market/enterprises';
import type { County } from '../places/counties';
import type { Rng } from '../random';
import { pickEmployer, pickFormerEmployer } from './employers';
import type { Job, WorkRecord } from './model';
import { employeeSchemes, suspendedSchemes } from './schemes';

/**
 * Working lives as social security records them: the current job with its three insurances,
 * perhaps an earlier job (and a short spell of registered unemployment between the two),
 * or a lost job with paused insurance and an open unemployment registration.
 */
export interface CareerContext {
  rng: Rng;
  directory: EnterpriseDirectory;
  county: County;
  /** Called when someone registers as unemployed: they get a 就业创业证 if they have none. */
  certify: (record: WorkRecord, on: Day) => void;
}

const YEAR = 365;

/** When someone first worked: between 18 and 24. */
export function careerStart(rng: Rng, record: WorkRecord): Day {
  return Math.min(REFERENCE_DAY - 60, addYears(record.person.birth, rng.int(18, 24)) + rng.int(0, 300));
}

function job(employer: EnterpriseProfile, position: string, start: Day, end: Day | null, wageFen: number): Job {
  return { employer, position, startDate: start, endDate: end, monthlyWageFen: wageFen };
}

/**
 * Employed by a firm (picked among all, or `own` for a legal representative).
 * Returns false when no firm would hire them, so the caller can choose another life.
 */
export function employed(ctx: CareerContext, record: WorkRecord, own: EnterpriseProfile | null): boolean {
  const { rng } = ctx;
  const firm = own ?? pickEmployer(rng, ctx.directory, ctx.county, REFERENCE_DAY - 90);
  if (!firm) return false;
  const start = careerStart(rng, record);
  const earliest = Math.max(start, firm.establishedOn + rng.int(10, 200));
  // A founder has run the firm since it was set up (or since they came of age, for a successor).
  const hiredOn = Math.min(REFERENCE_DAY - 30, own ? Math.max(start, firm.establishedOn) : Math.max(earliest, REFERENCE_DAY - rng.int(60, 15 * YEAR)));
  const wage = (own ? rng.int(8000, 20000) : rng.int(3500, 9500)) * 100;
  const position = own ? '执行董事兼总经理' : rng.pick(firm.industry.positions);
  if (hiredOn - start > 3 * YEAR && rng.chance(0.3)) earlierJob(ctx, record, start, hiredOn, firm);
  record.jobs.push(job(firm, position, hiredOn, null, wage));
  // The pension counts from the first job, recorded or not (early years predate the records).
  record.enrolments.push(...employeeSchemes(rng, start, hiredOn, wage, firm));
  return true;
}

/** A previous job that ended shortly before `hiredOn`. */
function earlierJob(ctx: CareerContext, record: WorkRecord, start: Day, hiredOn: Day, current: EnterpriseProfile): void {
  const { rng } = ctx;
  const former = pickFormerEmployer(rng, ctx.directory, ctx.county, hiredOn - 400, current);
  if (!former) return;
  const from = Math.max(start, former.establishedOn + 10);
  const until = hiredOn - rng.int(1, 120);
  if (until - from < 180) return;
  record.jobs.push(job(former, rng.pick(former.industry.positions), from, until, rng.int(3000, 8000) * 100));
  if (hiredOn - until > 30 && rng.chance(0.2)) {
    const registeredOn = until + rng.int(1, Math.min(20, hiredOn - until - 2));
    record.unemployment.push({ registeredOn, endedOn: hiredOn - 1 });
    ctx.certify(record, registeredOn);
  }
}

/** Lost their job within the last 18 months and registered as unemployed (失业登记). */
export function unemployed(ctx: CareerContext, record: WorkRecord): void {
  const { rng } = ctx;
  const lostOn = REFERENCE_DAY - rng.int(30, 540);
  const start = careerStart(rng, record);
  const former = pickFormerEmployer(rng, ctx.directory, ctx.county, lostOn - 180);
  if (former && lostOn - start > 180) {
    const from = Math.max(start, former.establishedOn + 10, lostOn - rng.int(YEAR, 12 * YEAR));
    const wage = rng.int(3000, 7000) * 100;
    if (lostOn - from > 90) {
      record.jobs.push(job(former, rng.pick(former.industry.positions), from, lostOn, wage));
      record.enrolments.push(...suspendedSchemes(rng, start, lostOn, wage, former));
    }
  }
  // School leavers register too: they have no job to show.
  const registeredOn = Math.min(REFERENCE_DAY - 5, lostOn + rng.int(3, 60));
  record.unemployment.push({ registeredOn, endedOn: null });
  ctx.certify(record, registeredOn);
}
