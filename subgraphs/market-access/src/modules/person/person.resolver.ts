import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MarketAccessContext } from '../../context';
import { MarketEntity, marketEntityRef } from '../market-entity/market-entity.type';
import { Person } from './person.type';

/** What market regulation adds to a person: the market entities they represent or operate. */
@Resolver(() => Person)
export class PersonBusinessesResolver {
  @FieldResolver(() => [MarketEntity], {
    description: 'Market entities whose legal representative or operator is this person, oldest first (名下市场主体)',
  })
  async businessesOperated(@Root() p: Person, @Ctx() ctx: MarketAccessContext): Promise<MarketEntity[]> {
    const rows = await ctx.data.businessesOperated.load(p.idNumber);
    for (const row of rows) ctx.data.marketEntity.prime(row.creditCode, row);
    return rows.map((row) => marketEntityRef(row.creditCode));
  }
}
