
/**
 * Calendar dates are `YYYY-MM-DD` strings. Comparison is string comparison of
 * validated dates; arithmetic is plain calendar arithmetic on the numbers, so
 * the host's time zone never shifts a day.
 */
export const DATE_PATTERN = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/*
 * Plain arithmetic, no Date and no match array: this runs for every date of
 * every application. The proleptic Gregorian calendar, as Date has it; years
 * 0–99 are refused, as they were when Date read them as 1900–1999.
 */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const mo = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  return y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parse(value: string): [number, number, number] {
  if (!isCalendarDate(value)) throw new TypeError(`not a calendar date: ${JSON.stringify(value)}`);
  return [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
}

function format(y: number, mo: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** -1, 0 or 1; both arguments must be validated calendar dates. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The same calendar day `years` earlier. A 29 February with no counterpart
 * becomes 28 February (clamped to the month's end, as date-fns did).
 */
export function yearsBefore(date: string, years: number): string {
  const [y, mo, d] = parse(date);
  return format(y - years, mo, Math.min(d, daysInMonth(y - years, mo)));
}

export function dayBefore(date: string): string {
  const [y, mo, d] = parse(date);
  if (d > 1) return format(y, mo, d - 1);
  return mo > 1 ? format(y, mo - 1, daysInMonth(y, mo - 1)) : format(y - 1, 12, 31);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
