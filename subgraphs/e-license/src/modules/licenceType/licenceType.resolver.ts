import { Ctx, Query, Resolver } from 'type-graphql';
import type { ELicenseContext } from '../../context';
import { licenceTypeFromRow } from './licenceType.mapper';
import { LicenceType } from './licenceType.type';

@Resolver(() => LicenceType)
export class LicenceTypeResolver {
  @Query(() => [LicenceType], { description: 'The licence catalogue (证照目录): every kind of licence the library holds, by code' })
  async licenceTypes(@Ctx() ctx: ELicenseContext): Promise<LicenceType[]> {
    const rows = await ctx.data.catalogue();
    for (const row of rows) ctx.data.licenceType.prime(row.code, row);
    return rows.map(licenceTypeFromRow);
  }
}
