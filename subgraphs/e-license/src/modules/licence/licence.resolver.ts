import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireLicenceId } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { licenceTypeFromRow } from '../licenceType/licenceType.mapper';
import { LicenceType } from '../licenceType/licenceType.type';
import { licenceFromRow } from './licence.mapper';
import { Licence } from './licence.type';
import { typeRowOf } from './typeRowOf';

/**
 * Root lookup of one licence and the fields read from the catalogue. The type row is read
 * through the request's loader, so N licences cost one statement for all their types.
 */
@Resolver(() => Licence)
export class LicenceResolver {
  @Query(() => Licence, { nullable: true, description: 'An issued licence by its identifier (电子证照标识); null when the library holds none' })
  async licence(@Arg('id', () => String, { description: 'Licence identifier, 1.2.156.3005.2.…' }) id: string, @Ctx() ctx: ELicenseContext): Promise<Licence | null> {
    const row = await ctx.data.licence.load(requireLicenceId(id, 'id'));
    return row ? licenceFromRow(row) : null;
  }

  @FieldResolver(() => String, { description: 'Licence name (证照名称), as in the catalogue' })
  async name(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<string> {
    return (await typeRowOf(licence, ctx)).name;
  }

  @FieldResolver(() => LicenceType, { description: 'Licence type (证照类型) from the catalogue: code, names, holder kind, surface items' })
  async type(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<LicenceType> {
    return licenceTypeFromRow(await typeRowOf(licence, ctx));
  }
}
