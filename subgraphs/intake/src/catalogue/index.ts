import { BUNDLES } from './bundles';
import { DATA_ITEMS } from './dataItems';
import { FIELDS } from './fields';
import { MATERIALS } from './materials';
import { CIVIL_AFFAIRS_MATTERS } from './matters/civilAffairs';
import { E_LICENSE_MATTERS } from './matters/eLicense';
import { MARKET_ACCESS_MATTERS } from './matters/marketAccess';
import { SOCIAL_SECURITY_MATTERS } from './matters/socialSecurity';
import type { BundleSpec, DataItemSpec, FieldSpec, MaterialSpec, MatterSpec } from './model';

export * from './model';
export { LICENCE_TYPE } from './licenceTypes';
export { B, M } from './matterCodes';

/** Everything intake publishes, as loaded into its database on first start. */
export interface Catalogue {
  matters: MatterSpec[];
  bundles: BundleSpec[];
  dataItems: DataItemSpec[];
  fields: FieldSpec[];
  materials: MaterialSpec[];
}

export const CATALOGUE: Catalogue = {
  matters: [...MARKET_ACCESS_MATTERS, ...SOCIAL_SECURITY_MATTERS, ...CIVIL_AFFAIRS_MATTERS, ...E_LICENSE_MATTERS],
  bundles: BUNDLES,
  dataItems: DATA_ITEMS,
  fields: FIELDS,
  materials: MATERIALS,
};
