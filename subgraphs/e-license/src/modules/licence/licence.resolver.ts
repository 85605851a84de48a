import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireLicenceId } from '@hub/kit';
import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import type { ELicenseContext } from '../../context';
import { licenceTypeFromRow } from '../licenceType/licenceType.mapper';
import { LicenceType } from '../licenceType/licenceType.type';
import { licenceFromRow } from './licence.mapper';
import { Licence } from './licence.type';

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
    return (await typeOf(licence, ctx)).name;
  }

  @FieldResolver(() => LicenceType, { description: 'Licence type (证照类型) from the catalogue: code, names, holder kind, surface items' })
  async type(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<LicenceType> {
    return licenceTypeFromRow(await typeOf(licence, ctx));
  }
}

async function typeOf(licence: Licence, ctx: ELicenseContext): Promise<LicenceTypeRow> {
  const row = await ctx.data.licenceType.load(licence.typeCode);
  // The foreign key makes a missing type impossible; say so loudly if it ever happens.
  if (!row) throw new Error(`licence ${licence.id} refers to unknown licence type ${licence.typeCode}`);
  return row;
}
