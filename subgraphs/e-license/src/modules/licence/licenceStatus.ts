import { LicenceStatus } from '../../enums';

/** China Standard Time has no daylight saving, so today's date there is UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's calendar date in China (YYYY-MM-DD), the date licence validity is judged by. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The status a reader should see: a licence recorded as VALID whose last valid day
 * (validUntil, inclusive) is before today is EXPIRED (失效), whatever the row still says.
 */
export function effectiveStatus(recorded: LicenceStatus, validUntil: Date | null, today: string = chinaToday()): LicenceStatus {
  if (recorded !== LicenceStatus.VALID || validUntil === null) return recorded;
  return validUntil.toISOString().slice(0, 10) < today ? LicenceStatus.EXPIRED : recorded;
}
