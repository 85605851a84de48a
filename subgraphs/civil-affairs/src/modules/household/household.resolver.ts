import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '@hub/kit';
import type { CivilAffairsContext } from '../../context';
import { Benefit } from '../benefit/benefit.type';
import { personRef } from '../person/person.type';
import { householdFromRow } from './household.mapper';
import { Household, HouseholdMember } from './household.type';

const HOUSEHOLD_ID = /^[0-9A-Za-z-]{4,40}$/;

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { nullable: true, description: 'A household register by household number (户号)' })
  async household(@Arg('id', () => String) id: string, @Ctx() ctx: CivilAffairsContext): Promise<Household | null> {
    if (!HOUSEHOLD_ID.test(id)) throw badUserInput('id', 'a household number is 4–40 letters, digits or dashes');
    const row = await ctx.data.household.load(id);
    return row ? householdFromRow(row) : null;
  }

  @FieldResolver(() => [HouseholdMember], { description: 'Members, oldest first (户内成员)' })
  async members(@Root() household: Household, @Ctx() ctx: CivilAffairsContext): Promise<HouseholdMember[]> {
    const rows = await ctx.data.householdMembers.load(household.id);
    for (const row of rows) ctx.data.resident.prime(row.idNumber, row);
    return rows.map((row) => ({ relation: row.relation, person: personRef(row.idNumber) }));
  }

  @FieldResolver(() => [Benefit], { description: 'Benefits granted to the household as a whole, e.g. 低保' })
  async benefits(@Root() household: Household, @Ctx() ctx: CivilAffairsContext): Promise<Benefit[]> {
    return (await ctx.data.householdBenefits.load(household.id)) as Benefit[];
  }
}

export async function resolveHouseholdReference(reference: { id: string }, ctx: CivilAffairsContext): Promise<Household | null> {
  const row = await ctx.data.household.load(reference.id);
  return row ? householdFromRow(row) : null;
}
