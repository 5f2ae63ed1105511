import { describe, expect, it } from 'vitest';
import { expectReplays } from '../support/golden.js';
import { competition, enterprise, syntheticClause, syntheticPolicy } from '../support/synthetic.js';

// The steps run in a fixed order: item cap, higher-level support, once-only,
// take-the-higher, clause caps, per-applicant cap. These cases are built so
// that the reverse order would give a different total.

const amounts = (d: { items: { subject: string; amount: string }[] }) => Object.fromEntries(d.items.map((i) => [i.subject, i.amount]));

describe('order of the cross-clause steps', () => {
  it('take-the-higher runs before the clause cap', () => {
    // One clause in a take-the-higher group (key: applicant), clause cap 60000.
    // E-1 silver 80000 (first), E-2 gold 100000.
    // Group first: E-2 wins (100000), E-1 → 0; then the cap cuts E-2 to 60000. Total 60000.
    // (Cap first would give E-1 60000, E-2 0, then E-1 wins: also 60000 but from the wrong item —
    //  so the test checks which item pays, not only the total.)
    const policy = syntheticPolicy([
      syntheticClause('grouped', '1.1', { stacking: { higherLevel: 'independent', group: 'enterprise-designation' }, limits: { clauseCap: '60000' } }),
    ]);
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'silver', { date: '2025-02-01' }), competition('E-2', 'gold')] });
    expect(amounts(d)).toEqual({ 'E-1': '0.00', 'E-2': '60000.00' });
    expect(d.items.map((i) => i.adjustments.map((a) => a.kind))).toEqual([['take-the-higher'], ['clause-cap']]);
    d.items.forEach(expectReplays);
  });

  it('take-the-higher before the cap gives a different total from the reverse', () => {
    // Clause cap 60000; E-1 excellent 50000 (first), E-2 gold 100000.
    // Group, then cap: E-2 wins, capped to 60000 → total 60000.
    // Cap, then group: E-1 50000, E-2 cut to 10000; E-1 would win → total 50000.
    const policy = syntheticPolicy([
      syntheticClause('grouped', '1.1', { stacking: { higherLevel: 'independent', group: 'enterprise-designation' }, limits: { clauseCap: '60000' } }),
    ]);
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'excellent', { date: '2025-02-01' }), competition('E-2', 'gold')] });
    expect(d.total).toBe('60000.00');
    expect(amounts(d)).toEqual({ 'E-1': '0.00', 'E-2': '60000.00' });
  });

  it('higher-level top-up runs before take-the-higher', () => {
    // E-1 gold 100000 with 60000 already granted by the province → top-up 40000; E-2 silver 80000.
    // Top-up first: 40000 vs 80000 → E-2 wins: total 80000.
    // (Group first would pick E-1's 100000, then top it up to 40000: total 40000.)
    const policy = syntheticPolicy([syntheticClause('topped', '1.1', { stacking: { higherLevel: 'top-up', group: 'enterprise-designation' } })]);
    const d = policy.evaluateSync({
      applicant: enterprise,
      events: [competition('E-1', 'gold', { date: '2025-02-01', higherLevelFunding: '60000' }), competition('E-2', 'silver')],
    });
    expect(amounts(d)).toEqual({ 'E-1': '0.00', 'E-2': '80000.00' });
    expect(d.items[0]!.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([
      ['higher-level-top-up', '100000.00', '40000.00'],
      ['take-the-higher', '40000.00', '0.00'],
    ]);
  });

  it('top-up never goes below zero', () => {
    const policy = syntheticPolicy([syntheticClause('topped', '1.1', { stacking: { higherLevel: 'top-up' } })]);
    const d = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'excellent', { higherLevelFunding: '50000.01' })] });
    // 50000 − 50000.01 < 0 → 0
    expect(d.items[0]!.amount).toBe('0.00');
  });

  it('the item cap cuts before anything else, and clause caps cut before the applicant cap', () => {
    // Clause P (1.1): 50% of cost, item cap 30000, clause cap 50000.
    // Clause Q (1.2): fixed 40000. Applicant cap 70000.
    // E-1 cost 100000 → 50000 → item cap 30000; E-2 cost 80000 → 40000 → item cap 30000;
    // clause cap 50000: E-1 30000, E-2 cut to 20000; Q's E-3 40000;
    // applicant cap 70000: 30000 + 20000 = 50000, E-3 cut to 20000. Total 70000.
    const policy = syntheticPolicy(
      [
        syntheticClause('p', '1.1', {
          subject: 'patent-navigation-project',
          nature: 'subsidy',
          amount: { form: 'percentOf', rate: '0.5', of: ['$.cost'], cap: '30000' },
          limits: { clauseCap: '50000' },
        }),
        syntheticClause('q', '1.2', { subject: 'high-value-patent-center', amount: { form: 'fixed', value: '40000' } }),
      ],
      { applicantCap: '70000' },
    );
    const nav = (id: string, cost: string, date: string) => ({
      id,
      type: 'patent-navigation-project',
      date,
      projectId: id,
      accepted: true,
      cost,
      predecessorFunded: false,
    });
    const d = policy.evaluateSync({
      applicant: enterprise,
      events: [
        nav('E-1', '100000', '2025-01-10'),
        nav('E-2', '80000', '2025-02-10'),
        { id: 'E-3', type: 'high-value-patent-center', date: '2025-01-01', centerId: 'C', level: 'city', accepted: true, predecessorFunded: false },
      ],
    });
    expect(amounts(d)).toEqual({ 'E-1': '30000.00', 'E-2': '20000.00', 'E-3': '20000.00' });
    expect(d.items.map((i) => i.adjustments.map((a) => a.kind))).toEqual([['item-cap'], ['item-cap', 'clause-cap'], ['applicant-cap']]);
    expect(d.total).toBe('70000.00');
    d.items.forEach(expectReplays);
  });
});

describe('once-only', () => {
  const gi = (id: string, giName: string, date = '2025-06-01') => ({ id, type: 'gi-product-approved', date, giName, predecessorFunded: false });
  const association = { ...enterprise, kind: 'industry-association', isSme: undefined };

  it('difference mode pays only what exceeds earlier payments for the same key', () => {
    // Stage moved up: 200000 now, 50000 + 30000 paid before for the same zone → 120000.
    const policy = syntheticPolicy([
      syntheticClause('zone', '1.1', {
        applicants: ['industry-association'],
        subject: 'gi-product-approved',
        amount: { form: 'fixed', value: '200000' },
        limits: { oncePer: '$.giName', onceMode: 'difference' },
      }),
    ]);
    const history = [
      { clause: 'zone', year: 2022, subjectKey: '甲', amount: '50000.00' },
      { clause: 'zone', year: 2024, subjectKey: '甲', amount: '30000.00' },
      { clause: 'zone', year: 2024, subjectKey: '乙', amount: '99999.00' },
    ];
    const d = policy.evaluateSync({ applicant: association, events: [gi('E-1', '甲')], history });
    expect(d.items[0]!.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['once-only-difference', '200000.00', '120000.00']]);
  });

  it('difference mode pays nothing once earlier payments reach the amount', () => {
    const policy = syntheticPolicy([
      syntheticClause('zone', '1.1', {
        applicants: ['industry-association'],
        subject: 'gi-product-approved',
        amount: { form: 'fixed', value: '100000' },
        limits: { oncePer: '$.giName', onceMode: 'difference' },
      }),
    ]);
    const d = policy.evaluateSync({
      applicant: association,
      events: [gi('E-1', '甲')],
      history: [{ clause: 'zone', year: 2022, subjectKey: '甲', amount: '100000.01' }],
    });
    expect(d.items[0]!.amount).toBe('0.00');
  });

  it('once per applicant: history keyed by the applicant id', () => {
    const policy = syntheticPolicy([syntheticClause('once', '1.1', { amount: { form: 'fixed', value: '30000' }, limits: { oncePer: 'applicant' } })]);
    const fresh = policy.evaluateSync({ applicant: enterprise, events: [competition('E-1', 'gold'), competition('E-2', 'gold', { date: '2025-07-01' })] });
    expect(fresh.items.map((i) => [i.subjectKey, i.amount])).toEqual([
      ['A-1', '30000.00'],
      ['A-1', '0.00'],
    ]);
    const paid = policy.evaluateSync({
      applicant: enterprise,
      events: [competition('E-1', 'gold')],
      history: [{ clause: 'once', year: 2019, subjectKey: 'A-1', amount: '30000.00' }],
    });
    expect(paid.items[0]!.amount).toBe('0.00');
  });
});
