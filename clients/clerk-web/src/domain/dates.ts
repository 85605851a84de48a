/** Dates as a Chinese service centre reads them: China Standard Time, year-month-day. */
const TIME_ZONE = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 2026-10-28 for an ISO instant or a date; the text itself when it is neither. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value; // a calendar date: no time zone to apply
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

/** 2026-10-28 14:45 for an ISO instant. */
export function formatDayTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : `${dayFormat.format(date)} ${timeFormat.format(date)}`;
}

/** Today in China Standard Time, 2026-10-28: what a service centre calls today. */
export function chinaToday(now = new Date()): string {
  return dayFormat.format(now);
}

/** A calendar date some days after another (both year-month-day). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
