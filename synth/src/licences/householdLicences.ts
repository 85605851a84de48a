import type { MarketEntity } from '../market/model';
import type { Household } from '../people/model';
import type { Rng } from '../random';
import type { WorkRecord } from '../work/model';
import { businessLicence, permitLicence } from './business';
import { idCardLicence } from './idCard';
import type { Licence } from './model';
import { employmentCertificateLicence, marriageLicences, socialSecurityCardLicence } from './personal';

/** Every e-licence the other departments' records of a household imply. */
export function householdLicences(rng: Rng, household: Household, entities: MarketEntity[], work: WorkRecord[]): Licence[] {
  const licences: Licence[] = [];
  const add = (licence: Licence | null): void => {
    if (licence) licences.push(licence);
  };
  for (const person of household.members) add(idCardLicence(rng, household, person));
  for (const marriage of household.marriages) licences.push(...marriageLicences(household, marriage));
  for (const record of work) {
    add(socialSecurityCardLicence(household, record));
    add(employmentCertificateLicence(household, record));
  }
  for (const entity of entities) {
    add(businessLicence(entity));
    for (const permit of entity.permits) add(permitLicence(entity, permit));
  }
  return licences;
}
