import { type Day, REFERENCE_DAY, addYears, ageOn, birthForAge, dayBetween, dayOf, yearOf } from '../calendar';
import { homeAddress } from '../places/addresses';
import { countyWeights } from '../places/counties';
import { STREAM, rngFor } from '../random';
import type { CitizenIdAllocator } from './citizenIds';
import { composeFamily } from './family';
import { householdMarriages } from './marriages';
import type { Household, Person } from './model';
import { deathDays } from './mortality';
import { ETHNICITIES, givenName } from './names';
import { familySurnames } from './naming';
import { hasPhone, mobilePhone } from './phones';
import { TEMPLATES } from './templates';

/** The household register was introduced in 1958; no register is older. */
const REGISTER_SYSTEM_START: Day = dayOf(1958, 1, 1);

export interface PopulationContext {
  seedHash: number;
  allocator: CitizenIdAllocator;
}

/**
 * Household `index` of `size` members: a pure function of (seed, index) except for the ID
 * numbers' sequence digits, which come from the allocator (see CitizenIdAllocator).
 */
export function buildHousehold(ctx: PopulationContext, index: number, size: number): Household {
  const rng = rngFor(ctx.seedHash, STREAM.household, index);
  const county = countyWeights().draw(rng);
  const village = county.homes.draw(rng);
  const address = homeAddress(rng, county, village);
  const template = TEMPLATES[size]?.draw(rng);
  if (!template) throw new Error(`no household template for ${size} people`);
  const kin = composeFamily(rng, template);
  const ethnicity = ETHNICITIES.draw(rng);
  const births = kin.map((k) => birthForAge(rng, k.age));
  const deaths = deathDays(rng, kin, births);
  const surnames = familySurnames(rng, kin);
  const members: Person[] = kin.map((k, i) => {
    const birth = births[i]!;
    const deceasedOn = deaths[i]!;
    const age = ageOn(birth, deceasedOn ?? REFERENCE_DAY);
    const surname = surnames[i]!;
    return {
      key: index * 8 + i,
      idNumber: ctx.allocator.allocate(county.code, birth, k.gender),
      name: surname + givenName(rng, k.gender, yearOf(birth)),
      surname,
      gender: k.gender,
      // Blood relatives share the family's ethnicity; spouses mostly do too.
      ethnicity: k.relation === 'SPOUSE' || k.relation === 'OTHER' ? (rng.chance(0.85) ? ethnicity : ETHNICITIES.draw(rng)) : ethnicity,
      birth,
      age,
      relation: k.relation,
      maritalStatus: k.maritalStatus,
      phone: deceasedOn === null && hasPhone(rng, age) ? mobilePhone(rng) : null,
      deceasedOn,
    };
  });
  const marriages = householdMarriages({ rng, allocator: ctx.allocator, county }, kin, members);
  const head = members[0]!;
  return {
    index,
    id: `${village.townCode}${String(index + 1).padStart(7, '0')}`,
    county,
    village,
    address,
    registeredOn: dayBetween(rng, Math.max(REGISTER_SYSTEM_START, addYears(head.birth, 18)), REFERENCE_DAY - 30),
    members,
    marriages,
  };
}
