import type { ELicenseContext } from '../../context';
import { licenceFromRow } from './licence.mapper';
import type { Licence } from './licence.type';

/** The gateway asks for licences by identifier; the request's loader reads them in one statement. */
export async function resolveLicenceReference(reference: Pick<Licence, 'id'>, ctx: ELicenseContext): Promise<Licence | null> {
  const row = await ctx.data.licence.load(reference.id);
  return row ? licenceFromRow(row) : null;
}
