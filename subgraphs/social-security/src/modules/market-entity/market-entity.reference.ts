import type { SocialSecurityContext } from '../../context';
import { marketEntityRef, type MarketEntity } from './market-entity.type';

/** The gateway asks for market entities by key; fields are then read through the request's loaders. */
export function resolveMarketEntityReference(reference: Pick<MarketEntity, 'creditCode'>, _ctx: SocialSecurityContext): MarketEntity {
  return marketEntityRef(reference.creditCode);
}
