import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { MarketEntityResolver } from './modules/market-entity/market-entity.resolver';
import { resolveMarketEntityReference } from './modules/market-entity/market-entity.reference';
import { MarketEntityPermitsResolver } from './modules/permit/permit.resolver';
import { PersonBusinessesResolver } from './modules/person/person.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { PersonAccessLogResolver } from './modules/access/access.resolver';

export function buildMarketAccessSchema() {
  return buildFederatedSchema(
    { resolvers: [MarketEntityResolver, MarketEntityPermitsResolver, PersonBusinessesResolver, PersonAccessLogResolver] },
    {
      MarketEntity: { __resolveReference: resolveMarketEntityReference },
      Person: { __resolveReference: resolvePersonReference },
    },
  );
}
