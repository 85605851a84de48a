import type { LicenceContent } from './licenceContent';

/** China Standard Time has no daylight saving: today's date there is the UTC date 8 hours on. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's calendar date in China (YYYY-MM-DD), the date licence validity is judged by. */
export function licenceToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export type ValidityOutcome = 'VALID' | 'EXPIRED' | 'NOT_YET_VALID';

/** Whether `today` lies within the licence's validity (both ends inclusive). */
export function validityOn(content: Pick<LicenceContent, 'validFrom' | 'validUntil'>, today: string = licenceToday()): ValidityOutcome {
  if (content.validUntil !== null && content.validUntil < today) return 'EXPIRED';
  if (content.validFrom > today) return 'NOT_YET_VALID';
  return 'VALID';
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for an instant written exactly as Date.toISOString writes it (milliseconds, Z). */
export function isIsoInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}
