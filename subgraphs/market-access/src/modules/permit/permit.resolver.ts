import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MarketAccessContext } from '../../context';
import { MarketEntity } from '../market-entity/market-entity.type';
import { permitFromRow } from './permit.mapper';
import { Permit } from './permit.type';

/** Adds a market entity's administrative permits, read in one batch per request. */
@Resolver(() => MarketEntity)
export class MarketEntityPermitsResolver {
  @FieldResolver(() => [Permit], { description: 'Administrative permits held, oldest first (行政许可), e.g. 食品经营许可证' })
  async permits(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext): Promise<Permit[]> {
    return (await ctx.data.permits.load(e.creditCode)).map(permitFromRow);
  }
}
