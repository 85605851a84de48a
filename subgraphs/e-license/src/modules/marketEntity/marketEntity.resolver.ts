import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ELicenseContext } from '../../context';
import { heldLicences } from '../licence/heldLicences';
import { Licence } from '../licence/licence.type';
import { MarketEntity } from './marketEntity.type';

/** What the e-licence library adds to a market entity: the licences issued to its credit code. */
@Resolver(() => MarketEntity)
export class MarketEntityLicenceResolver {
  @FieldResolver(() => [Licence], { description: 'Licences held by the entity (持有的电子证照), oldest issue first, whatever their status' })
  licences(
    @Root() entity: MarketEntity,
    @Arg('types', () => [String], { nullable: true, description: 'Only these licence type codes (证照类型代码); all when omitted' })
    types: string[] | null | undefined,
    @Ctx() ctx: ELicenseContext,
  ): Promise<Licence[]> {
    return heldLicences(() => ctx.data.entityLicences.load(entity.creditCode), types, ctx);
  }
}
