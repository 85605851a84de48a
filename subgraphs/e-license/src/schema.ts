import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { LicenceResolver } from './modules/licence/licence.resolver';
import { resolveLicenceReference } from './modules/licence/licence.reference';
import { LicenceTypeResolver } from './modules/licenceType/licenceType.resolver';
import { PersonLicenceResolver } from './modules/person/person.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { MarketEntityLicenceResolver } from './modules/marketEntity/marketEntity.resolver';
import { resolveMarketEntityReference } from './modules/marketEntity/marketEntity.reference';
import { PersonAccessLogResolver } from './modules/access/access.resolver';
import { LICENCE_SUBJECT } from './modules/access/access.subjects';

export function buildELicenseSchema() {
  return buildFederatedSchema(
    { resolvers: [LicenceResolver, LicenceTypeResolver, PersonLicenceResolver, MarketEntityLicenceResolver, PersonAccessLogResolver] },
    {
      Licence: { __resolveReference: resolveLicenceReference },
      Person: { __resolveReference: resolvePersonReference },
      MarketEntity: { __resolveReference: resolveMarketEntityReference },
    },
    { dataSubjects: [LICENCE_SUBJECT], sensitive: { 'Licence.holderCode': 'ID_NUMBER', 'Licence.holderName': 'NAME' } },
  );
}
