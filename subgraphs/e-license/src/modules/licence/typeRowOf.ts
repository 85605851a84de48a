import type { LicenceType as LicenceTypeRow } from '../../__generated__/prisma/client';
import type { ELicenseContext } from '../../context';
import type { Licence } from './licence.type';

/** A licence's catalogue entry, through the request's loader (N licences, one statement). */
export async function typeRowOf(licence: Pick<Licence, 'id' | 'typeCode'>, ctx: ELicenseContext): Promise<LicenceTypeRow> {
  const row = await ctx.data.licenceType.load(licence.typeCode);
  // The foreign key makes a missing type impossible; say so loudly if it ever happens.
  if (!row) throw new Error(`licence ${licence.id} refers to unknown licence type ${licence.typeCode}`);
  return row;
}
