import { UTCDate } from '@date-fns/utc';
import { isValid, subDays, subYears } from 'date-fns';

/**
 * Calendar dates are `YYYY-MM-DD` strings. Comparison is string comparison of
 * validated dates; arithmetic goes through date-fns on UTCDate so that the
 * host's time zone never shifts a day.
 */
export const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new UTCDate(y, mo - 1, d);
  return isValid(date) && date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

function parse(value: string): UTCDate {
  const m = DATE_PATTERN.exec(value);
  if (!m || !isCalendarDate(value)) throw new TypeError(`not a calendar date: ${JSON.stringify(value)}`);
  return new UTCDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function format(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** -1, 0 or 1; both arguments must be validated calendar dates. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same calendar day `years` earlier. A 29 February with no counterpart
 * becomes 28 February (date-fns clamps to the month's end).
 */
export function yearsBefore(date: string, years: number): string {
  return format(subYears(parse(date), years));
}

export function dayBefore(date: string): string {
  return format(subDays(parse(date), 1));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
