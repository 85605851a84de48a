import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { PersonResolver } from './modules/person/person.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { HouseholdResolver, resolveHouseholdReference } from './modules/household/household.resolver';

export function buildCivilAffairsSchema() {
  return buildFederatedSchema(
    { resolvers: [PersonResolver, HouseholdResolver] },
    {
      Person: { __resolveReference: resolvePersonReference },
      Household: { __resolveReference: resolveHouseholdReference },
    },
  );
}
