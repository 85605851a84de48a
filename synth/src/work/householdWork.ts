import { type Day, REFERENCE_DAY } from '../calendar';
import type { EnterpriseDirectory } from '../market/enterprises';
import type { MarketEntity } from '../market/model';
import { organ } from '../places/organs';
import type { Household, Person } from '../people/model';
import type { Rng } from '../random';
import type { HouseholdWelfare } from '../welfare/benefits';
import { type CareerContext, careerStart, employed, unemployed } from './careers';
import { issueCard, certificateNumber } from './documents';
import { type WorkRecord, emptyRecord } from './model';
import { flexiblePension, residentPension, retiredEmployeePension, retirementAge } from './schemes';

/**
 * What social security knows about each member of a household. Working-age adults are
 * mostly employees (more in town) or resident-pension contributors (more in villages);
 * some are registered unemployed, and some are not insured at all — the gaps a window
 * clerk meets. Legal representatives work for their own firm; shopkeepers insure
 * themselves, or do not.
 */
export interface WorkContext {
  rng: Rng;
  directory: EnterpriseDirectory;
  household: Household;
  welfare: HouseholdWelfare;
  entities: MarketEntity[];
}

type Life = 'EMPLOYEE' | 'RESIDENT' | 'UNEMPLOYED' | 'UNINSURED' | 'HOMEMAKER';

export function householdWork(ctx: WorkContext): WorkRecord[] {
  const career: CareerContext = {
    rng: ctx.rng,
    directory: ctx.directory,
    county: ctx.household.county,
    certify: (record, on) => certify(ctx, record, on),
  };
  return ctx.household.members.map((person) => {
    const record = emptyRecord(person);
    if (person.deceasedOn !== null) deceased(ctx, record, person.deceasedOn);
    else {
      livingWork(ctx, career, record);
      record.card = issueCard(ctx.rng, ctx.household, record);
    }
    return record;
  });
}

function livingWork(ctx: WorkContext, career: CareerContext, record: WorkRecord): void {
  const { rng } = ctx;
  const person = record.person;
  const role = ctx.entities.find((e) => e.representative.key === person.key && e.status === 'ACTIVE');
  if (role?.enterprise && employed(career, record, role.enterprise)) return;
  if (role && !role.enterprise) return selfEmployed(ctx, record, role);
  if (person.age < 18) return; // children and pupils
  if (person.age >= retirementAge(person)) return retired(ctx, record);
  if (person.age < 23 && rng.chance(0.55)) return; // at university or vocational school
  const life = chooseLife(ctx, person);
  if (life === 'EMPLOYEE' && employed(career, record, null)) return;
  if (life === 'UNEMPLOYED') return unemployed(career, record);
  if (life === 'UNINSURED') return;
  if (life === 'HOMEMAKER' && rng.chance(0.5)) return;
  record.enrolments.push(residentPension(rng, person));
}

function chooseLife(ctx: WorkContext, person: Person): Life {
  const town = ctx.household.village.urban;
  let employee = town ? 55 : 35;
  if (ctx.welfare.poor) employee *= 0.35;
  if (ctx.welfare.disabled.has(person.key)) employee *= 0.4;
  const weights: Array<[Life, number]> = [
    ['EMPLOYEE', employee],
    ['RESIDENT', town ? 20 : 42],
    ['UNEMPLOYED', town ? 6 : 3],
    ['UNINSURED', town ? 7 : 9],
    ['HOMEMAKER', town ? 9 : 8],
  ];
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let r = ctx.rng.next() * total;
  for (const [life, w] of weights) if ((r -= w) < 0) return life;
  return 'UNINSURED';
}

/** A shopkeeper or cooperative chair: resident pension, or the employee pension as a flexible worker, or nothing. */
function selfEmployed(ctx: WorkContext, record: WorkRecord, entity: MarketEntity): void {
  const { rng } = ctx;
  const r = rng.next();
  if (r < 0.6) record.enrolments.push(residentPension(rng, record.person));
  else if (r < 0.88) record.enrolments.push(flexiblePension(rng, Math.max(entity.establishedOn, careerStart(rng, record))));
  if (rng.chance(0.3)) certify(ctx, record, Math.min(REFERENCE_DAY - 1, entity.establishedOn + rng.int(0, 90)));
}

function retired(ctx: WorkContext, record: WorkRecord): void {
  const { rng } = ctx;
  const r = rng.next();
  const employeeShare = ctx.household.village.urban ? 0.45 : 0.25;
  if (r < employeeShare) record.enrolments.push(retiredEmployeePension(rng, record.person));
  else if (r < 0.95) record.enrolments.push(residentPension(rng, record.person));
}

/** The deceased: a pension closed at death (终止参保) and a cancelled card. */
function deceased(ctx: WorkContext, record: WorkRecord, diedOn: Day): void {
  const { rng } = ctx;
  if (record.person.age < 60 || !rng.chance(0.8)) return;
  const pension = rng.chance(0.3) ? retiredEmployeePension(rng, record.person, 'TERMINATED', diedOn) : residentPension(rng, record.person, 'TERMINATED', diedOn);
  record.enrolments.push(pension);
  if (rng.chance(0.7)) record.card = { ...issueCard(rng, ctx.household, record, true)!, status: 'CANCELLED' };
}

/** Issues a 就业创业证 (one per person, from the county's human resources bureau). */
function certify(ctx: WorkContext, record: WorkRecord, on: Day): void {
  if (record.certificate) return;
  const issuedBy = organ(ctx.household.county, 'humanResources').name;
  record.certificate = { number: certificateNumber(ctx.household.county, record.person), issuedOn: on, issuedBy };
}
