import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_PATTERN, dayBefore, isCalendarDate, yearsBefore } from '../../src/core/calendar.js';

describe('calendar dates', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2025-02-30', '2023-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '2025-01-01T00:00:00Z', '20250101', ''])('%j is not', (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
  it('two years before 2026-03-01 is 2024-03-01', () => expect(yearsBefore('2026-03-01', 2)).toBe('2024-03-01'));
  it('a 29 February with no counterpart becomes 28 February', () => expect(yearsBefore('2028-02-29', 2)).toBe('2026-02-28'));
  it('the day before 2026-03-01 is 2026-02-28, and before 2024-03-01 is 2024-02-29', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
  it(`gives the same answers in this process's time zone (${process.env.TZ ?? 'unset'})`, () => {
    expect([yearsBefore('2025-01-01', 1), dayBefore('2025-03-30'), dayBefore('2025-11-02')]).toEqual(['2024-01-01', '2025-03-29', '2025-11-01']);
  });

  it('the character-by-character check agrees with DATE_PATTERN and Date on every near-date string', () => {
    // the reference: the pattern, then Date's own calendar (years 0–99 refused, as isCalendarDate does)
    const reference = (s: string) => {
      const m = DATE_PATTERN.exec(s);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(2000, mo - 1, d));
      date.setUTCFullYear(y);
      return y >= 100 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
    };
    const ch = fc.constantFrom(...'0123456789-/:a 9', '\u0660', '\uff10');
    const nearDate = fc.oneof(
      fc.array(ch, { minLength: 8, maxLength: 12 }).map((cs) => cs.join('')),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(nearDate, (s) => isCalendarDate(s) === reference(s)),
      { numRuns: 20_000 },
    );
    for (const s of ['2024-02-29', '2100-02-29', '2000-02-29', '0099-01-01', '0100-01-01', '2025-0a-01', '2025/01/01', '2025-01-01 '])
      expect(isCalendarDate(s)).toBe(reference(s));
  });
});
