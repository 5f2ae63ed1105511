import { describe, expect, it } from 'vitest';
import { expectReplays } from '../support/golden.js';
import { competition, enterprise, syntheticClause, syntheticPolicy } from '../support/synthetic.js';

// The cross-clause steps each clause table relies on, shown once on made-up
// clauses (gold 100000, silver 80000, excellent 50000) so no real figure is involved.

type D = { items: { subject: string; amount: string; adjustments: { kind: string; before: string; after: string }[] }[]; total: string };
const amounts = (d: D) => Object.fromEntries(d.items.map((i) => [i.subject, i.amount]));
const kinds = (d: D) => Object.fromEntries(d.items.map((i) => [i.subject, i.adjustments.map((a) => `${a.kind} ${a.before} → ${a.after}`)]));

describe('clause cap', () => {
  // `other` pays for no event here: it is there so that history may name it (history naming an unknown clause is refused).
  const other = syntheticClause('other', '1.9', { subject: 'gi-product-approved' });
  const policy = syntheticPolicy([syntheticClause('capped', '1.1', { limits: { clauseCap: '150000' } }), other]);
  // Listed out of order: the item order is date, then id, so E-1 (February) comes first.
  const events = [competition('E-2', 'gold', { date: '2025-06-01' }), competition('E-1', 'gold', { date: '2025-02-01' })];

  it('cuts the later item: 100000 + 100000 > 150000, so E-2 gets 50000', () => {
    const d = policy.evaluateSync({ applicant: enterprise, events });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00', 'E-2': '50000.00' });
    expect(kinds(d)).toEqual({ 'E-1': [], 'E-2': ['clause-cap 100000.00 → 50000.00'] });
    d.items.forEach(expectReplays);
  });

  it("counts this clause's payments of the guideline's year: 0.01 paid in 2026 leaves E-2 49999.99", () => {
    const d = policy.evaluateSync({ applicant: enterprise, events, history: [{ clause: 'capped', year: 2026, subjectKey: 'X', amount: '0.01' }] });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00', 'E-2': '49999.99' });
  });

  it('does not count payments of another year or under another clause', () => {
    const history = [
      { clause: 'capped', year: 2025, subjectKey: 'X', amount: '100000.00' },
      { clause: 'other', year: 2026, subjectKey: 'X', amount: '100000.00' },
    ];
    const d = policy.evaluateSync({ applicant: enterprise, events, history });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00', 'E-2': '50000.00' });
  });
});

describe('per-applicant cap', () => {
  const policy = syntheticPolicy([syntheticClause('open', '1.1'), syntheticClause('other', '1.9', { subject: 'gi-product-approved' })], {
    applicantCap: '150000',
  });
  const events = [competition('E-1', 'gold', { date: '2025-02-01' }), competition('E-2', 'gold')];

  it("counts every clause's payments of the year, not other years", () => {
    // 150000 − 0.01 (another clause, 2026) = 149999.99: E-1 100000, E-2 49999.99; the 2025 payment is not counted.
    const history = [
      { clause: 'other', year: 2026, subjectKey: 'X', amount: '0.01' },
      { clause: 'other', year: 2025, subjectKey: 'X', amount: '100000.00' },
    ];
    const d = policy.evaluateSync({ applicant: enterprise, events, history });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00', 'E-2': '49999.99' });
    expect(kinds(d)['E-2']).toEqual(['applicant-cap 100000.00 → 49999.99']);
  });
});

describe('higher-level support', () => {
  it('exclusive: any support at all, even 0.01, pays nothing; 0 changes nothing', () => {
    const policy = syntheticPolicy([syntheticClause('ex', '1.1', { stacking: { higherLevel: 'exclusive' } })]);
    const d = policy.evaluateSync({
      applicant: enterprise,
      events: [competition('E-1', 'gold', { higherLevelFunding: '0.01' }), competition('E-2', 'gold', { higherLevelFunding: '0' })],
    });
    expect(amounts(d)).toEqual({ 'E-1': '0.00', 'E-2': '100000.00' });
    expect(kinds(d)).toEqual({ 'E-1': ['higher-level-exclusive 100000.00 → 0.00'], 'E-2': [] });
  });

  it('independent: support from above changes nothing', () => {
    const policy = syntheticPolicy([syntheticClause('ind', '1.1')]);
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'gold', { higherLevelFunding: '100000' })] });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00' });
  });
});

describe('once-only', () => {
  const policy = syntheticPolicy([syntheticClause('once', '1.1', { limits: { oncePer: '$.rank' } })]);

  it('pays the first of two events with the same key in item order (date, then id)', () => {
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-2', 'gold'), competition('E-1', 'gold')] });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00', 'E-2': '0.00' });
    expect(kinds(d)['E-2']).toEqual(['once-only 100000.00 → 0.00']);
  });

  it('an earlier payment for another key, or one clawed back, does not count', () => {
    const history = [
      { clause: 'once', year: 2024, subjectKey: 'silver', amount: '80000.00' },
      { clause: 'once', year: 2020, subjectKey: 'gold', amount: '100000.00', clawedBack: true },
    ];
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'gold')], history });
    expect(amounts(d)).toEqual({ 'E-1': '100000.00' });
  });
});

describe('take-the-higher', () => {
  const policy = syntheticPolicy([syntheticClause('grouped', '1.1', { stacking: { higherLevel: 'independent', group: 'enterprise-designation' } })]);

  it('on a tie pays the first in item order', () => {
    const d = policy.evaluateSync({
      applicant: enterprise,
      events: [competition('E-1', 'silver', { date: '2025-08-01' }), competition('E-2', 'silver', { date: '2025-03-01' })],
    });
    expect(amounts(d)).toEqual({ 'E-1': '0.00', 'E-2': '80000.00' });
    expect(kinds(d)['E-1']).toEqual(['take-the-higher 80000.00 → 0.00']);
  });

  it('an ineligible member does not take part', () => {
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'gold', { date: '2024-12-31' }), competition('E-2', 'silver')] });
    expect(amounts(d)).toEqual({ 'E-1': '0.00', 'E-2': '80000.00' });
    expect(kinds(d)).toEqual({ 'E-1': [], 'E-2': [] });
  });
});
