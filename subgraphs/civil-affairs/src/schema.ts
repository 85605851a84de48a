import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { PersonResolver } from './modules/person/person.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { HouseholdResolver, resolveHouseholdReference } from './modules/household/household.resolver';
import { PersonAccessLogResolver } from './modules/access/access.resolver';
import { HOUSEHOLD_SUBJECT } from './modules/access/access.subjects';

export function buildCivilAffairsSchema() {
  return buildFederatedSchema(
    { resolvers: [PersonResolver, HouseholdResolver, PersonAccessLogResolver] },
    {
      Person: { __resolveReference: resolvePersonReference },
      Household: { __resolveReference: resolveHouseholdReference },
    },
    // Masked (脱敏) unless the purpose names them.
    { dataSubjects: [HOUSEHOLD_SUBJECT], sensitive: { 'Person.phone': 'PHONE', 'Household.address': 'ADDRESS' } },
  );
}
