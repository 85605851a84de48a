import type { Rng } from './random';

/**
 * Dates as whole days since 1970-01-01 (UTC): integer arithmetic is fast and exact, and
 * every date column is written as an ISO 'YYYY-MM-DD' string, so nothing depends on the
 * time zone or on the clock of the machine that generates.
 */
export type Day = number;

/**
 * The fixed "today" of the synthetic world: ages, expiry and "recent" are decided against
 * it, never against Date.now(), so the same seed gives the same data on any day.
 */
export const REFERENCE_DATE = '2026-11-01';

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

export function dayFromIso(iso: string): Day {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export const REFERENCE_DAY: Day = dayFromIso(REFERENCE_DATE);

/** [year, month, day] of a day number (H. Hinnant's civil_from_days; no Date object). */
export function civil(day: Day): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, date];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Formatted dates are cached per day (1900–2099, filled as needed): the same few tens of
 * thousands of days recur in millions of rows, and one shared flat string per day saves
 * both the formatting and the memory of a fresh string per cell.
 */
const CACHE_FROM: Day = -25567; // 1900-01-01
const CACHE_DAYS = 73_049; // to 2099-12-31

function cachedFormat(format: (y: number, m: number, d: number) => string): (day: Day) => string {
  const cache: Array<string | undefined> = new Array<string | undefined>(CACHE_DAYS);
  return (day) => {
    const slot = day - CACHE_FROM;
    const cached = cache[slot];
    if (cached !== undefined) return cached;
    const [y, m, d] = civil(day);
    const text = format(y, m, d);
    if (slot >= 0 && slot < CACHE_DAYS) cache[slot] = text;
    return text;
  };
}

/** 'YYYY-MM-DD', as date columns are written. */
export const isoDate = cachedFormat((y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`);

/** 'YYYYMMDD', as in a citizen ID number. */
export const compactDate = cachedFormat((y, m, d) => `${y}${pad2(m)}${pad2(d)}`);

/** '1985年3月4日', as printed on licences. */
export const chineseDate = cachedFormat((y, m, d) => `${y}年${m}月${d}日`);

/** '2015.03.04', as in the validity period printed on an ID card. */
export const dottedDate = cachedFormat((y, m, d) => `${y}.${pad2(m)}.${pad2(d)}`);

export function yearOf(day: Day): number {
  return civil(day)[0];
}

/** The same calendar date `years` later (29 February becomes 1 March). */
export function addYears(day: Day, years: number): Day {
  const [y, m, d] = civil(day);
  return dayOf(y + years, m, d);
}

/** Completed years of life on a given day. */
export function ageOn(birth: Day, on: Day): number {
  const [by, bm, bd] = civil(birth);
  const [oy, om, od] = civil(on);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** A birth date giving exactly `age` completed years on the reference day. */
export function birthForAge(rng: Rng, age: number): Day {
  const earliest = addYears(REFERENCE_DAY, -(age + 1)) + 1;
  const latest = addYears(REFERENCE_DAY, -age);
  return rng.int(earliest, latest);
}

/** A day drawn uniformly in [from, to]; `from` when the range is empty. */
export function dayBetween(rng: Rng, from: Day, to: Day): Day {
  return to <= from ? from : rng.int(from, to);
}

/** Whole months between two days (contribution months, tenure). */
export function monthsBetween(from: Day, to: Day): number {
  if (to <= from) return 0;
  const [fy, fm, fd] = civil(from);
  const [ty, tm, td] = civil(to);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

/**
 * When a department last confirmed a row (asOf): an instant in the 90 days before the
 * reference day, never before the row's own latest event.
 */
export function confirmedAt(rng: Rng, notBefore: Day = 0): string {
  const from = Math.max(REFERENCE_DAY - 90, notBefore + 1) * MS_PER_DAY;
  const to = REFERENCE_DAY * MS_PER_DAY - 1;
  const at = from >= to ? to : from + Math.floor(rng.next() * (to - from));
  return isoInstant(at);
}

const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** Date.prototype.toISOString for a non-negative epoch millisecond count, without a Date object. */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  let rest = ms - day * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${isoDate(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(rest - seconds * 1000)}Z`;
}
