import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CalendarDate, DateTimeISO, requireBatch, requireCitizenId } from '@hub/kit';
import type { Resident } from '../../__generated__/prisma/client';
import type { CivilAffairsContext } from '../../context';
import { Gender, MaritalStatus } from '../../enums';
import { Household } from '../household/household.type';
import { householdFromRow } from '../household/household.mapper';
import { MarriageRegistration } from '../marriage/marriage.type';
import { Benefit } from '../benefit/benefit.type';
import { Person, personRef } from './person.type';

/**
 * Root lookups and the registry facts civil affairs adds to a person. Every field reads the
 * resident row through the request's DataLoader, so a person reached by any path — root,
 * household member, spouse, or the gateway's _entities — costs one batched statement.
 */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'A person by citizen ID number; null when not registered' })
  async person(@Arg('idNumber', () => String) idNumber: string, @Ctx() ctx: CivilAffairsContext): Promise<Person | null> {
    const id = requireCitizenId(idNumber, 'idNumber');
    return (await ctx.data.resident.load(id)) ? personRef(id) : null;
  }

  @Query(() => [Person], { description: 'Registered persons among the given ID numbers (at most 500), in the order asked' })
  async persons(@Arg('idNumbers', () => [String]) idNumbers: string[], @Ctx() ctx: CivilAffairsContext): Promise<Person[]> {
    const ids = requireBatch(idNumbers, 'idNumbers').map((id, i) => requireCitizenId(id, `idNumbers[${i}]`));
    const found = await ctx.data.resident.loadMany(ids);
    return ids.filter((_, i) => found[i] && !(found[i] instanceof Error)).map(personRef);
  }

  @FieldResolver(() => String, { nullable: true })
  async name(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.name ?? null;
  }

  @FieldResolver(() => Gender, { nullable: true })
  async gender(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.gender ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async ethnicity(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.ethnicity ?? null;
  }

  @FieldResolver(() => CalendarDate, { nullable: true })
  async birthDate(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.birthDate ?? null;
  }

  @FieldResolver(() => MaritalStatus, { nullable: true })
  async maritalStatus(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.maritalStatus ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async phone(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.phone ?? null;
  }

  @FieldResolver(() => CalendarDate, { nullable: true })
  async deceasedOn(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.deceasedOn ?? null;
  }

  @FieldResolver(() => DateTimeISO, { nullable: true })
  async registryAsOf(@Root() p: Person, @Ctx() ctx: CivilAffairsContext) {
    return (await resident(p, ctx))?.asOf ?? null;
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household register the person belongs to (户籍)' })
  async household(@Root() p: Person, @Ctx() ctx: CivilAffairsContext): Promise<Household | null> {
    const row = await resident(p, ctx);
    const household = row ? await ctx.data.household.load(row.householdId) : null;
    return household ? householdFromRow(household) : null;
  }

  @FieldResolver(() => [MarriageRegistration], { description: 'Marriage and divorce registrations, oldest first (婚姻登记记录)' })
  marriageRegistrations(@Root() p: Person, @Ctx() ctx: CivilAffairsContext): Promise<MarriageRegistration[]> {
    return ctx.data.marriages.load(p.idNumber);
  }

  @FieldResolver(() => [Benefit], { description: 'Social assistance and allowances received (社会救助与津贴)' })
  async benefits(@Root() p: Person, @Ctx() ctx: CivilAffairsContext): Promise<Benefit[]> {
    return (await ctx.data.benefits.load(p.idNumber)) as Benefit[];
  }
}

function resident(p: Person, ctx: CivilAffairsContext): Promise<Resident | null> {
  return ctx.data.resident.load(p.idNumber);
}
