import { describe, expect, it } from 'vitest';
import { dayBefore, isCalendarDate, yearsBefore } from '../../src/calendar.js';

describe('calendar dates', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2025-02-30', '2023-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '2025-01-01T00:00:00Z', '20250101', ''])(
    '%j is not',
    (d) => expect(isCalendarDate(d)).toBe(false),
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
});
