import { type Day, REFERENCE_DAY, addYears, ageOn, chineseDate, dayBetween, dayOf, dottedDate } from '../calendar';
import { organ } from '../places/organs';
import type { Household, Person } from '../people/model';
import type { Rng } from '../random';
import { LICENCE_TYPES } from './catalogue';
import { type Licence, issue } from './model';

/**
 * The resident ID card (居民身份证) of everyone aged 16 or more. Validity depends on the age at
 * issue — 10 years under 26, 20 years under 46, long-term after — and is renewed around
 * expiry; a few people whose card expired in the last three years have not renewed yet.
 * Second-generation cards replaced all first-generation ones between 2004 and 2013.
 */
const SECOND_GENERATION: readonly [Day, Day] = [dayOf(2004, 1, 1), dayOf(2013, 12, 31)];

interface CardTerm {
  issuedOn: Day;
  validUntil: Day | null;
}

function validityYears(age: number): number | null {
  return age < 26 ? 10 : age < 46 ? 20 : null;
}

function currentTerm(rng: Rng, birth: Day, asOf: Day): CardTerm {
  let issuedOn = addYears(birth, 16) + rng.int(0, 600);
  for (;;) {
    const years = validityYears(ageOn(birth, issuedOn));
    if (years === null) {
      const replaced = issuedOn < SECOND_GENERATION[0] ? dayBetween(rng, SECOND_GENERATION[0], SECOND_GENERATION[1]) : issuedOn;
      return { issuedOn: Math.min(asOf - 1, replaced), validUntil: null };
    }
    const validUntil = addYears(issuedOn, years);
    if (validUntil >= asOf) return { issuedOn: Math.min(asOf - 1, issuedOn), validUntil };
    if (validUntil >= asOf - 3 * 365 && rng.chance(0.25)) return { issuedOn, validUntil };
    issuedOn = Math.min(asOf - 1, validUntil - rng.int(0, 90));
  }
}

export function idCardLicence(rng: Rng, household: Household, person: Person): Licence | null {
  if (person.age < 16) return null;
  const diedOn = person.deceasedOn;
  const term = currentTerm(rng, person.birth, diedOn ?? REFERENCE_DAY);
  const issuer = organ(household.county, 'publicSecurity');
  const expired = term.validUntil !== null && term.validUntil < REFERENCE_DAY;
  return issue(
    {
      type: LICENCE_TYPES.ID_CARD, serial: person.idNumber, number: person.idNumber,
      holderName: person.name, holderCode: person.idNumber, issuer, issuedOn: term.issuedOn, validUntil: term.validUntil,
      jurisdiction: household.county.code, status: diedOn !== null ? 'CANCELLED' : expired ? 'EXPIRED' : 'VALID',
      surfaceData: {
        姓名: person.name,
        性别: person.gender === 'MALE' ? '男' : '女',
        民族: person.ethnicity.replace(/族$/, ''),
        出生: chineseDate(person.birth),
        住址: household.address,
        公民身份号码: person.idNumber,
        签发机关: issuer.name,
        有效期限: `${dottedDate(term.issuedOn)}-${term.validUntil === null ? '长期' : dottedDate(term.validUntil)}`,
      },
    },
    diedOn ?? term.issuedOn,
  );
}
