import { licenceToday } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { licenceContentOf } from '../licence/licenceContent';
import type { Licence } from '../licence/licence.type';
import { typeRowOf } from '../licence/typeRowOf';
import { verdictOf, type LibraryRecord, type Verdict } from './verdict';

export function recordOf(licence: Licence): LibraryRecord {
  return { recordedStatus: licence.recordedStatus, statusReason: licence.statusReason, statusChangedAt: licence.statusChangedAt, supersededBy: licence.supersededBy };
}

/** Verifies a licence as the library holds it: the stored content against the stored seal, then status and dates. */
export async function verifyHeldLicence(licence: Licence, ctx: ELicenseContext): Promise<Verdict> {
  const [type, key] = await Promise.all([typeRowOf(licence, ctx), licence.storedSeal ? ctx.data.issuerKey.load(licence.storedSeal.keyId) : null]);
  return verdictOf(licenceContentOf(licence, type.name), licence.storedSeal, key, recordOf(licence), licenceToday());
}
