import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SocialSecurityContext } from '../../context';
import { Person, personRef } from '../person/person.type';
import { MarketEntity } from './market-entity.type';

/** What social security adds to a market entity: the people it employs and insures. */
@Resolver(() => MarketEntity)
export class MarketEntityEmploymentResolver {
  @FieldResolver(() => Int, { description: 'Distinct persons the entity currently insures in any scheme (在保职工人数)' })
  async insuredEmployeeCount(@Root() entity: MarketEntity, @Ctx() ctx: SocialSecurityContext): Promise<number> {
    return (await ctx.data.insuredEmployeeCount.load(entity.creditCode)) ?? 0;
  }

  @FieldResolver(() => [Person], { description: 'Persons with an open employment at the entity, longest-serving first (在职职工)' })
  async employees(@Root() entity: MarketEntity, @Ctx() ctx: SocialSecurityContext): Promise<Person[]> {
    const rows = await ctx.data.currentEmployments.load(entity.creditCode);
    return [...new Set(rows.map((e) => e.idNumber))].map(personRef);
  }
}
