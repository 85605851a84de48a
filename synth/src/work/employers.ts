import type { Day } from '../calendar';
import type { EnterpriseDirectory, EnterpriseProfile } from '../market/enterprises';
import type { County } from '../places/counties';
import { sourceCounties } from '../places/counties';
import type { Rng } from '../random';

/**
 * Picks an employer for a worker among all enterprises, without knowing them all: enterprise
 * k is in county k mod 5, so a worker draws an index within (mostly) their own county and
 * accepts it with the firm's hiring weight — big firms end up with many employees, small
 * ones with a few or none. Only firms that are ACTIVE and already existed can hire.
 */
const ATTEMPTS = 24;

export function pickEmployer(rng: Rng, directory: EnterpriseDirectory, home: County, hiredBy: Day): EnterpriseProfile | null {
  const counties = sourceCounties();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const county = rng.chance(0.9) ? home : rng.pick(counties);
    const inCounty = directory.countIn(county.index, counties.length);
    if (inCounty === 0) continue;
    const k = rng.int(0, inCounty - 1) * counties.length + county.index;
    const firm = directory.at(k);
    if (firm.status === 'ACTIVE' && firm.establishedOn < hiredBy && rng.chance(firm.hiringWeight)) return firm;
  }
  return null;
}

/** A former employer: any firm that existed then, including ones that have since closed. */
export function pickFormerEmployer(rng: Rng, directory: EnterpriseDirectory, home: County, before: Day, not?: EnterpriseProfile): EnterpriseProfile | null {
  const counties = sourceCounties();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const inCounty = directory.countIn(home.index, counties.length);
    if (inCounty === 0) return null;
    const firm = directory.at(rng.int(0, inCounty - 1) * counties.length + home.index);
    if (firm.index !== not?.index && firm.establishedOn < before && rng.chance(firm.hiringWeight)) return firm;
  }
  return null;
}
