import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DataAccessRecord, dataAccessRecordFromRow, DateTimeISO, requireAccessLogLimit, requireDataSubject } from '@hub/kit';
import type { CivilAffairsContext } from '../../context';
import { Person } from '../person/person.type';

/** The department that keeps the log (server.ts's NAME; not imported, server.ts imports this file's schema). */
const DEPARTMENT = 'civil-affairs';

/**
 * Who read a person's data held by civil affairs, when and why (用数留痕). A field of its own on
 * Person, so the gateway composes every department's log into one query; only the person
 * themself may read it, and reading it is not itself recorded.
 */
@Resolver(() => Person)
export class PersonAccessLogResolver {
  @FieldResolver(() => [DataAccessRecord], {
    nullable: true,
    description: 'Reads of this person’s data served by civil affairs, newest first (用数留痕); only the person themself, signed in as a citizen, may see them',
  })
  async accessLogCivilAffairs(
    @Root() person: Person,
    @Arg('since', () => DateTimeISO, { nullable: true, description: 'Only reads at or after this instant' }) since: Date | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'At most this many records, 1–500' }) limit: number,
    @Ctx() ctx: CivilAffairsContext,
  ): Promise<DataAccessRecord[]> {
    requireDataSubject(ctx, person.idNumber);
    const rows = await ctx.data.accessLog.latestFor(person.idNumber, since ?? null, requireAccessLogLimit(limit));
    return rows.map((row) => dataAccessRecordFromRow(row, DEPARTMENT));
  }
}
