import { licenceToday } from '@hub/kit';
import { LicenceStatus } from '../../enums';

/** Today's calendar date in China (YYYY-MM-DD), the date licence validity is judged by (the kit's licenceToday). */
export const chinaToday = licenceToday;

/**
 * The status a reader should see: a licence recorded as VALID whose last valid day
 * (validUntil, inclusive) is before today is EXPIRED (失效), whatever the row still says.
 */
export function effectiveStatus(recorded: LicenceStatus, validUntil: Date | null, today: string = chinaToday()): LicenceStatus {
  if (recorded !== LicenceStatus.VALID || validUntil === null) return recorded;
  return validUntil.toISOString().slice(0, 10) < today ? LicenceStatus.EXPIRED : recorded;
}
