import { describe, expect, it } from 'vitest';
import { shiftYears } from '../../src/core/calendar.js';
import { shiftApplication } from '../../src/engine/simulate.js';
import { type Application, bundledVocabulary, parseApplication } from '../../src/index.js';
import { CODES, pledgeLoan } from './fixtures.js';

describe('shiftYears: a whole-year calendar shift on YYYY-MM-DD', () => {
  it('keeps the day and month', () => {
    expect(shiftYears('2025-07-15', 1)).toBe('2026-07-15');
    expect(shiftYears('2025-12-31', 1)).toBe('2026-12-31');
    expect(shiftYears('2026-01-01', -1)).toBe('2025-01-01');
  });
  it('turns 29 February into 28 February in a year without one, and keeps it in a leap year', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftYears('2028-02-29', -1)).toBe('2027-02-28');
  });
  it('gives the same answer under any TZ (no local time is used)', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'UTC']) {
        process.env.TZ = tz;
        expect(shiftYears('2025-03-01', 1)).toBe('2026-03-01');
      }
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('shiftApplication: the application as if filed a year later', () => {
  const parsed = parseApplication({
    ...pledgeLoan('P-A', CODES.a, '100000.00'),
    applicant: { ...pledgeLoan('P-A', CODES.a, '1').applicant, ipViolationDates: ['2024-02-29'] },
    history: [{ clause: 'patent-award', year: 2024, subjectKey: 'ZL201910000009.1', amount: '50000.00' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const app = parsed.value as Application;

  it('moves event dates, violation dates and history years alike, and leaves the original untouched', () => {
    const moved = shiftApplication(app, 1, bundledVocabulary);
    expect(moved.events[0]!.date).toBe('2026-06-20');
    expect(moved.applicant.ipViolationDates).toEqual(['2025-02-28']);
    expect(moved.history[0]!.year).toBe(2025);
    expect(app.events[0]!.date).toBe('2025-06-20');
    expect(app.history[0]!.year).toBe(2024);
  });
});
