import { describe, expect, it } from 'vitest';
import { applicant, blocking, decide, itemOf } from '../support/golden.js';

// G3 and G7 have calendar edges of their own: the two years before the 2026
// window opens (2026-03-01) and the three years after a clawback.

const app = (a: Record<string, unknown>, history: Record<string, unknown>[] = []) => ({
  applicant: a,
  events: [{ id: 'E', type: 'gi-product-approved', date: '2025-05-01', giName: '和平猕猴桃', predecessorFunded: false }],
  history,
});

describe('G3: no IP violation in the two years before the window opens', () => {
  it.each([
    ['2024-02-29', true], // the day before the look-back starts
    ['2024-03-01', false], // two calendar years before 2026-03-01: inside
    ['2026-02-28', false], // the day before the window opens: inside
    ['2026-03-01', true], // the day the window opens: not "before" it
  ])('a violation on %s: eligible %s', async (date, eligible) => {
    const item = itemOf(await decide(app(applicant('industry-association', { ipViolationDates: [date] }))), 'gi-product');
    expect({ eligible: item.eligible, blocking: blocking(item) }).toEqual({ eligible, blocking: eligible ? [] : ['G3'] });
  });
});

describe('G7: a clawback bars the applicant for the three following years', () => {
  it.each([
    [2022, true], // 2022 + 3 = 2025: the bar is over by 2026
    [2023, false],
    [2025, false],
    [2026, true], // a finding in the guideline's own year bars the following years
  ])('a clawback found in %i: eligible in 2026 %s', async (year, eligible) => {
    const history = [{ clause: 'gi-product', year, subjectKey: 'other', amount: '1000.00', clawedBack: true }];
    const item = itemOf(await decide(app(applicant('industry-association'), history)), 'gi-product');
    expect({ eligible: item.eligible, blocking: blocking(item) }).toEqual({ eligible, blocking: eligible ? [] : ['G7'] });
  });
});
