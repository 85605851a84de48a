import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { Person } from './modules/person/person.type';
import { PersonSocialSecurityResolver } from './modules/person/person.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { MarketEntity } from './modules/market-entity/market-entity.type';
import { MarketEntityEmploymentResolver } from './modules/market-entity/market-entity.resolver';
import { resolveMarketEntityReference } from './modules/market-entity/market-entity.reference';
import { PersonAccessLogResolver } from './modules/access/access.resolver';

export function buildSocialSecuritySchema() {
  return buildFederatedSchema(
    // No root query reaches the entities (civil affairs owns `person`), so they are listed.
    { resolvers: [PersonSocialSecurityResolver, MarketEntityEmploymentResolver, PersonAccessLogResolver], orphanedTypes: [Person, MarketEntity] },
    {
      Person: { __resolveReference: resolvePersonReference },
      MarketEntity: { __resolveReference: resolveMarketEntityReference },
    },
    // The card number is the holder's ID number in most provinces: masked unless the purpose names it.
    { sensitive: { 'SocialSecurityCard.cardNumber': 'ID_NUMBER' } },
  );
}
