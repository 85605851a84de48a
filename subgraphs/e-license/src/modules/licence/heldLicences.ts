import type { Licence as LicenceRow } from '../../__generated__/prisma/client';
import type { ELicenseContext } from '../../context';
import { requireLicenceTypeCodes } from '../licenceType/licenceTypeCode';
import { licenceFromRow } from './licence.mapper';
import type { Licence } from './licence.type';

/**
 * A holder's licences, filtered in memory by type code: the filter is checked first, then
 * the holder's rows come from one batched loader whatever the filter, and each row primes
 * the by-identifier loader.
 */
export async function heldLicences(
  load: () => Promise<LicenceRow[]>,
  types: readonly string[] | null | undefined,
  ctx: ELicenseContext,
): Promise<Licence[]> {
  const wanted = requireLicenceTypeCodes(types);
  const rows = await load();
  for (const row of rows) ctx.data.licence.prime(row.id, row);
  const kept = wanted ? rows.filter((row) => wanted.includes(row.typeCode)) : rows;
  return kept.map(licenceFromRow);
}
