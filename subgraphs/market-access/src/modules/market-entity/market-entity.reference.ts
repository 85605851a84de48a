import type { MarketAccessContext } from '../../context';
import { marketEntityRef, type MarketEntity } from './market-entity.type';

/**
 * The gateway asks for market entities by key. The row is read through the request's loader
 * (one statement for every representation in the request, cached for the field resolvers), so
 * an unregistered credit code resolves to null rather than to an entity without a name.
 */
export async function resolveMarketEntityReference(
  reference: Pick<MarketEntity, 'creditCode'>,
  ctx: MarketAccessContext,
): Promise<MarketEntity | null> {
  return (await ctx.data.marketEntity.load(reference.creditCode)) ? marketEntityRef(reference.creditCode) : null;
}
