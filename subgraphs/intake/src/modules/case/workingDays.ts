import { isWorkday } from 'chinese-days';

/**
 * Working days (工作日) as the State Council's holiday arrangements define them: weekends
 * and statutory holidays off, make-up working days (调休) on — from the chinese-days
 * calendar. Time limits of matters (承诺时限) are counted in these.
 */
const DAY = 86_400_000;

/** A calendar date (UTC midnight) of an instant, in China Standard Time. */
export function chinaDate(instant: Date): Date {
  const local = new Date(instant.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

export function isWorkingDay(date: Date): boolean {
  return isWorkday(iso(date));
}

/** The date `days` working days after `from` (the day of acceptance does not count); `from` itself for 0. */
export function addWorkingDays(from: Date, days: number): Date {
  let date = chinaDate(from);
  for (let left = days; left > 0; ) {
    date = new Date(date.getTime() + DAY);
    if (isWorkingDay(date)) left--;
  }
  return date;
}

/** Working days from `today` up to and including `deadline`; negative when the deadline has passed. */
export function workingDaysLeft(today: Date, deadline: Date): number {
  const start = chinaDate(today);
  // A deadline is a calendar date (stored as UTC midnight).
  const end = new Date(Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate()));
  if (end.getTime() < start.getTime()) {
    let late = 0;
    for (let d = new Date(end.getTime() + DAY); d.getTime() <= start.getTime(); d = new Date(d.getTime() + DAY)) if (isWorkingDay(d)) late++;
    return -late;
  }
  let left = 0;
  for (let d = new Date(start.getTime() + DAY); d.getTime() <= end.getTime(); d = new Date(d.getTime() + DAY)) if (isWorkingDay(d)) left++;
  return left;
}
