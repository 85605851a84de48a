import type { ELicenseContext } from '../../context';
import { marketEntityRef, type MarketEntity } from './marketEntity.type';

/** The gateway asks for market entities by key; their licences are then read through the request's loaders. */
export function resolveMarketEntityReference(reference: Pick<MarketEntity, 'creditCode'>, _ctx: ELicenseContext): MarketEntity {
  return marketEntityRef(reference.creditCode);
}
