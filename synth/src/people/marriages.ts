import { type Day, REFERENCE_DAY, addYears, dayBetween, yearOf } from '../calendar';
import { decimalSerial } from '../codes';
import type { County } from '../places/counties';
import { NEIGHBOUR_COUNTIES } from '../places/counties';
import { marriageRegistry } from '../places/organs';
import type { Rng } from '../random';
import type { CitizenIdAllocator } from './citizenIds';
import type { Kin } from './family';
import type { Gender, Marriage, Person } from './model';

/**
 * Marriage and divorce registrations consistent with everyone's marital status:
 * - a couple in the household has a MARRIAGE registration (current unless one has died);
 * - a DIVORCED member has a marriage and a divorce with an ex-spouse registered elsewhere;
 * - a WIDOWED member whose spouse is not in the household has a marriage with a late
 *   spouse who is no longer on any register;
 * - a few current spouses were divorced before, from someone else.
 * Partners who are not residents get valid, unique ID numbers from the same allocator.
 */
export interface MarriageContext {
  rng: Rng;
  allocator: CitizenIdAllocator;
  county: County;
}

const LAST_REGISTRATION = REFERENCE_DAY - 30;

/** Legal marriage age: 22 for men, 20 for women. */
const legalDay = (husbandBirth: Day, wifeBirth: Day): Day => Math.max(addYears(husbandBirth, 22), addYears(wifeBirth, 20));

/** Marriage day: some years after the legal age, usually before the first child is born. */
function weddingDay(rng: Rng, husbandBirth: Day, wifeBirth: Day, firstChild?: Day): Day {
  const legal = legalDay(husbandBirth, wifeBirth);
  const planned = firstChild !== undefined ? firstChild - rng.int(200, 1400) : legal + rng.int(0, 6 * 365);
  return Math.min(LAST_REGISTRATION, Math.max(legal, planned));
}

/** 结婚证字号 / 离婚证字号: J (L for divorce), registry county, year, and a serial unique per `serial`. */
function certificate(kind: 'J' | 'L', county: County, day: Day, serial: number): string {
  return `${kind}${county.code}-${yearOf(day)}-${decimalSerial(serial, 8, 52_361)}`;
}

export function householdMarriages(ctx: MarriageContext, kin: Kin[], people: Person[]): Marriage[] {
  const marriages: Marriage[] = [];
  kin.forEach((member, i) => {
    const person = people[i]!;
    if (member.spouse !== undefined && member.spouse > i) marriages.push(...coupleMarriages(ctx, kin, people, i, member.spouse));
    else if (member.spouse === undefined && person.maritalStatus === 'DIVORCED') marriages.push(outsideMarriage(ctx, kin, people, i, true));
    else if (member.spouse === undefined && person.maritalStatus === 'WIDOWED') marriages.push(outsideMarriage(ctx, kin, people, i, false));
  });
  return marriages;
}

/** Birth of the eldest child of a person among the members, if any. */
function eldestChildBirth(kin: Kin[], people: Person[], parent: number): Day | undefined {
  let eldest: Day | undefined;
  kin.forEach((k, i) => {
    if (k.father === parent || k.mother === parent) eldest = Math.min(eldest ?? Infinity, people[i]!.birth);
  });
  return eldest;
}

function coupleMarriages(ctx: MarriageContext, kin: Kin[], people: Person[], a: number, b: number): Marriage[] {
  const [h, w] = people[a]!.gender === 'MALE' ? [a, b] : [b, a];
  const husband = people[h]!;
  const wife = people[w]!;
  const on = weddingDay(ctx.rng, husband.birth, wife.birth, eldestChildBirth(kin, people, h));
  const current = husband.deceasedOn === null && wife.deceasedOn === null;
  const marriage: Marriage = {
    husbandIdNumber: husband.idNumber,
    wifeIdNumber: wife.idNumber,
    registeredOn: on,
    registryOffice: marriageRegistry(ctx.county),
    certificateNumber: certificate('J', ctx.county, on, husband.key * 2),
    divorce: null,
    current,
  };
  const earlier = current && husband.age >= 35 && ctx.rng.chance(0.04) ? earlierMarriage(ctx, ctx.rng.chance(0.5) ? husband : wife, on) : null;
  return earlier ? [earlier, marriage] : [marriage];
}

/** A remarried spouse's first marriage, ended by divorce before the current one. */
function earlierMarriage(ctx: MarriageContext, person: Person, remarriedOn: Day): Marriage | null {
  const ex = outsider(ctx, person);
  const [hb, wb] = person.gender === 'MALE' ? [person.birth, ex.birth] : [ex.birth, person.birth];
  const on = weddingDay(ctx.rng, hb, wb);
  const divorcedOn = on + ctx.rng.int(365, 6 * 365);
  if (divorcedOn >= remarriedOn - 90) return null;
  return registration(ctx, person, ex.idNumber, on, divorcedOn);
}

function outsideMarriage(ctx: MarriageContext, kin: Kin[], people: Person[], i: number, divorced: boolean): Marriage {
  const person = people[i]!;
  const partner = outsider(ctx, person);
  const [hb, wb] = person.gender === 'MALE' ? [person.birth, partner.birth] : [partner.birth, person.birth];
  const firstChild = eldestChildBirth(kin, people, i);
  const on = weddingDay(ctx.rng, hb, wb, firstChild);
  if (!divorced) return registration(ctx, person, partner.idNumber, on, null);
  const youngestChild = latestChildBirth(kin, people, i) ?? on;
  const divorcedOn = dayBetween(ctx.rng, Math.max(on + 365, youngestChild + 180), LAST_REGISTRATION);
  return registration(ctx, person, partner.idNumber, on, divorcedOn);
}

function latestChildBirth(kin: Kin[], people: Person[], parent: number): Day | undefined {
  let latest: Day | undefined;
  kin.forEach((k, i) => {
    if (k.father === parent || k.mother === parent) latest = Math.max(latest ?? -Infinity, people[i]!.birth);
  });
  return latest;
}

function registration(ctx: MarriageContext, person: Person, partnerId: string, on: Day, divorcedOn: Day | null): Marriage {
  const male = person.gender === 'MALE';
  const divorceDay = divorcedOn === null ? null : Math.min(divorcedOn, LAST_REGISTRATION);
  return {
    husbandIdNumber: male ? person.idNumber : partnerId,
    wifeIdNumber: male ? partnerId : person.idNumber,
    registeredOn: on,
    registryOffice: marriageRegistry(ctx.county),
    certificateNumber: certificate('J', ctx.county, on, person.key * 2 + 1),
    divorce: divorceDay === null ? null : { registeredOn: divorceDay, certificateNumber: certificate('L', ctx.county, divorceDay, person.key * 2 + 1) },
    current: false,
  };
}

/** An ex-spouse or late spouse who is not a resident: opposite gender, similar age. */
function outsider(ctx: MarriageContext, person: Person): { idNumber: string; birth: Day } {
  const { rng } = ctx;
  const gender: Gender = person.gender === 'MALE' ? 'FEMALE' : 'MALE';
  const years = gender === 'MALE' ? rng.int(0, 5) : -rng.int(0, 5);
  const birth = Math.min(addYears(REFERENCE_DAY, -23), person.birth - years * 365 + rng.int(-150, 150));
  const county = rng.chance(0.5) ? ctx.county.code : rng.pick(NEIGHBOUR_COUNTIES);
  return { idNumber: ctx.allocator.allocate(county, birth, gender), birth };
}
