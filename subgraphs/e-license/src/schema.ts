import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { LicenceResolver } from './modules/licence/licence.resolver';
import { resolveLicenceReference } from './modules/licence/licence.reference';
import { LicenceSurfaceResolver } from './modules/licence/licenceSurface.resolver';
import { LicenceTypeResolver } from './modules/licenceType/licenceType.resolver';
import { PersonLicenceResolver } from './modules/person/person.resolver';
import { resolvePersonReference } from './modules/person/person.reference';
import { MarketEntityLicenceResolver } from './modules/marketEntity/marketEntity.resolver';
import { resolveMarketEntityReference } from './modules/marketEntity/marketEntity.reference';
import { PersonAccessLogResolver } from './modules/access/access.resolver';
import { LICENCE_SUBJECT } from './modules/access/access.subjects';
import { IssuerKeyResolver } from './modules/issuerKey/issuerKey.resolver';
import { VerificationResolver } from './modules/verification/verification.resolver';
import { LicenceDisplayResolver } from './modules/display/display.resolver';
import { LicenceHistoryResolver } from './modules/lifecycle/history.resolver';
import { LifecycleResolver } from './modules/lifecycle/lifecycle.resolver';
import { PersonLicenceUseResolver } from './modules/licenceUse/licenceUse.resolver';

export function buildELicenseSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        LicenceResolver, LicenceSurfaceResolver, LicenceTypeResolver, PersonLicenceResolver, MarketEntityLicenceResolver, PersonAccessLogResolver,
        IssuerKeyResolver, VerificationResolver, LicenceDisplayResolver, LicenceHistoryResolver, LifecycleResolver, PersonLicenceUseResolver,
      ],
    },
    {
      Licence: { __resolveReference: resolveLicenceReference },
      Person: { __resolveReference: resolvePersonReference },
      MarketEntity: { __resolveReference: resolveMarketEntityReference },
    },
    { dataSubjects: [LICENCE_SUBJECT], sensitive: { 'Licence.holderCode': 'ID_NUMBER', 'Licence.holderName': 'NAME' } },
  );
}
