import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ELicenseContext } from '../../context';
import { Licence } from '../licence/licence.type';
import { LicenceEvent, licenceEventFromRow } from './licenceEvent.type';

@Resolver(() => Licence)
export class LicenceHistoryResolver {
  @FieldResolver(() => [LicenceEvent], { description: 'The licence’s lifecycle (证照历史), oldest first: issue, renewal, revocation, expiry' })
  async history(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<LicenceEvent[]> {
    return (await ctx.data.licenceEvents.load(licence.id)).map(licenceEventFromRow);
  }
}
