import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DateTimeISO, forbidden, requireAccessLogLimit } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { Person } from '../person/person.type';
import { LicenceUse, licenceUseFromRow } from './licenceUse.type';

/** The holder's view of who used their licences, when and for what (用证记录). */
@Resolver(() => Person)
export class PersonLicenceUseResolver {
  @FieldResolver(() => [LicenceUse], {
    nullable: true,
    description: 'Uses of this person’s licences under a case or their authorisation, newest first (用证记录); only the person themself, signed in as a citizen, may see them',
  })
  async licenceUses(
    @Root() person: Person,
    @Arg('since', () => DateTimeISO, { nullable: true, description: 'Only uses at or after this instant' }) since: Date | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'At most this many uses, 1–500' }) limit: number,
    @Ctx() ctx: ELicenseContext,
  ): Promise<LicenceUse[]> {
    const { caller } = ctx;
    if (caller.role !== 'CITIZEN' || caller.idNumber !== person.idNumber) {
      throw forbidden('Only the holder, signed in as a citizen, may list the uses of their licences (用证记录)', { reason: 'NOT_HOLDER' });
    }
    const rows = await ctx.data.useLog.latestFor(person.idNumber, since ?? null, requireAccessLogLimit(limit));
    return rows.map(licenceUseFromRow);
  }
}
