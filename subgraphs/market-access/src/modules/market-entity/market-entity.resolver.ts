import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CalendarDate, DateTimeISO, Fen, requireBatch, requireCreditCode, townName } from '@hub/kit';
import type { MarketEntity as MarketEntityRow } from '../../__generated__/prisma/client';
import type { MarketAccessContext } from '../../context';
import { MarketEntityKind, MarketEntityStatus } from '../../enums';
import { Person, personRef } from '../person/person.type';
import { fenFromBigInt } from './market-entity.mapper';
import { MarketEntity, marketEntityRef } from './market-entity.type';

/**
 * Root lookups and the registration facts of a market entity. Every field reads the row through
 * the request's DataLoader, so an entity reached by any path — root, a person's businesses, a
 * permit's holder, or the gateway's _entities — costs one batched statement.
 */
@Resolver(() => MarketEntity)
export class MarketEntityResolver {
  @Query(() => MarketEntity, { nullable: true, description: 'A market entity by unified social credit code; null when not registered here' })
  async marketEntity(
    @Arg('creditCode', () => String, { description: 'Unified social credit code (统一社会信用代码); case and surrounding spaces are ignored' })
    creditCode: string,
    @Ctx() ctx: MarketAccessContext,
  ): Promise<MarketEntity | null> {
    const code = requireCreditCode(creditCode, 'creditCode');
    return (await ctx.data.marketEntity.load(code)) ? marketEntityRef(code) : null;
  }

  @Query(() => [MarketEntity], { description: 'Registered market entities among the given credit codes (at most 500), in the order asked' })
  async marketEntities(
    @Arg('creditCodes', () => [String], { description: 'Unified social credit codes (统一社会信用代码), at most 500' })
    creditCodes: string[],
    @Ctx() ctx: MarketAccessContext,
  ): Promise<MarketEntity[]> {
    const codes = requireBatch(creditCodes, 'creditCodes').map((code, i) => requireCreditCode(code, `creditCodes[${i}]`));
    const found = await ctx.data.marketEntity.loadMany(codes);
    return codes.filter((_, i) => found[i] && !(found[i] instanceof Error)).map(marketEntityRef);
  }

  @FieldResolver(() => String)
  async name(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).name;
  }

  @FieldResolver(() => MarketEntityKind)
  async kind(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).kind;
  }

  @FieldResolver(() => MarketEntityStatus)
  async status(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).status;
  }

  @FieldResolver(() => Person)
  async legalRepresentative(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext): Promise<Person> {
    return personRef((await registration(e, ctx)).legalRepresentativeIdNumber);
  }

  @FieldResolver(() => String)
  async legalRepresentativeName(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).legalRepresentativeName;
  }

  @FieldResolver(() => String)
  async registeredAddress(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).registeredAddress;
  }

  @FieldResolver(() => String)
  async divisionCode(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).divisionCode;
  }

  @FieldResolver(() => String, { nullable: true })
  async divisionName(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return townName((await registration(e, ctx)).divisionCode) ?? null;
  }

  @FieldResolver(() => String)
  async businessScope(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).businessScope;
  }

  @FieldResolver(() => Fen)
  async registeredCapitalFen(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return fenFromBigInt((await registration(e, ctx)).registeredCapitalFen, `registered capital of ${e.creditCode}`);
  }

  @FieldResolver(() => CalendarDate)
  async establishedOn(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).establishedOn;
  }

  @FieldResolver(() => String)
  async registrationAuthority(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).registrationAuthority;
  }

  @FieldResolver(() => DateTimeISO)
  async asOf(@Root() e: MarketEntity, @Ctx() ctx: MarketAccessContext) {
    return (await registration(e, ctx)).asOf;
  }
}

/** The entity's row; every path that hands out a MarketEntity has checked it exists. */
async function registration(e: MarketEntity, ctx: MarketAccessContext): Promise<MarketEntityRow> {
  const row = await ctx.data.marketEntity.load(e.creditCode);
  if (!row) throw new Error(`market entity ${e.creditCode} is not registered`);
  return row;
}
