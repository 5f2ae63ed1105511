import { UTCDateMini } from '@date-fns/utc';
import { subDays } from 'date-fns/subDays';
import { subYears } from 'date-fns/subYears';

/**
 * Calendar dates are `YYYY-MM-DD` strings. Comparison is string comparison of
 * validated dates; the rare arithmetic (the look-back periods, once per
 * policy) goes through date-fns on UTCDateMini, so the host's time zone
 * never shifts a day. date-fns is imported per function (its index costs
 * ~100 ms of start-up), and UTCDateMini rather than UTCDate, which builds
 * Intl formatters at import that nothing here uses.
 */
export const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

// A digit's value, or a large number for any other character (so one comparison rejects it).
const digit = (s: string, i: number) => (s.charCodeAt(i) - 48) >>> 0;

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

export function isCalendarDate(value: unknown): value is string {
  // DATE_PATTERN by hand: this is the hottest check of a decision, and a regex test cost more than the rest
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = digit(value, 0),
    y1 = digit(value, 1),
    y2 = digit(value, 2),
    y3 = digit(value, 3);
  const m0 = digit(value, 5),
    m1 = digit(value, 6),
    d0 = digit(value, 8),
    d1 = digit(value, 9);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return false;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  return y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parse(value: string): Date {
  if (!isCalendarDate(value)) throw new TypeError(`not a calendar date: ${JSON.stringify(value)}`);
  return new UTCDateMini(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
}

function format(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
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

/**
 * The same calendar day `years` later (earlier when negative): a whole-year
 * calendar shift, never a count of days. A 29 February whose target year has
 * none becomes 28 February, as in yearsBefore.
 *
 * @example
 * shiftYears('2024-02-29', 1) // '2025-02-28'
 * shiftYears('2025-07-15', 1) // '2026-07-15'
 */
export function shiftYears(date: string, years: number): string {
  return format(subYears(parse(date), -years));
}

export function dayBefore(date: string): string {
  return format(subDays(parse(date), 1));
}
