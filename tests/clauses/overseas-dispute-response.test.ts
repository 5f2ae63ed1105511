import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  expectGeneralConditions,
  guidelineWith,
  itemOf,
  policies,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 3.1: 30% of (costPaid − insurancePayout) for a closed overseas lawsuit,
// Section 337 investigation or arbitration that was won, settled or ended in an
// effective ruling; clause cap 200000 a year; exclusive with higher-level support.

const dispute = (id: string, costPaid: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'overseas-dispute',
  date: '2025-08-10',
  caseKind: 'us-337',
  jurisdiction: 'US ITC',
  closed: true,
  outcome: 'won',
  costPaid,
  insurancePayout: '50000.00',
  ...extra,
});

const app: Application = { applicant: applicant('enterprise'), events: [dispute('E-1', '350000.00')] };

describe('overseas-dispute-response (3.1)', () => {
  it('an enterprise that won a 337 case paying 350000.00, 50000.00 of it insured, gets 90000.00', async () => {
    const d = await decide(app);
    const item = itemOf(d, 'overseas-dispute-response', 'E-1');
    // 0.30 × (350000.00 − 50000.00) = 0.30 × 300000.00 = 90000.00, under the clause cap of 200000
    expect(item).toMatchObject({ eligible: true, baseAmount: '90000.00', amount: '90000.00', adjustments: [], part: 'protection', article: '3.1' });
    expect(item.computation?.formula).toBe('0.30 × (350000.00 − 50000.00) = 90000.00');
    expect(item.conditions.filter((c) => c.source !== 'general').map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(d.warnings.map((w) => w.clause)).toContain('overseas-dispute-response');
  });

  it('reads a missing insurancePayout as 0: 0.30 × 350000.00 = 105000.00', async () => {
    const { insurancePayout: _, ...uninsured } = dispute('E-1', '350000.00');
    const item = itemOf(await decide({ ...app, events: [uninsured] }), 'overseas-dispute-response', 'E-1');
    expect(item.amount).toBe('105000.00');
  });

  it.each(['litigation', 'us-337', 'arbitration'])('C1 passes for caseKind %s', async (caseKind) => {
    const item = itemOf(await decide(withEvent(app, 0, { caseKind })), 'overseas-dispute-response', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: true, blocking: [], amount: '90000.00' });
  });

  it('C1: a case kind outside the three is refused before any clause is decided', () => {
    // The schema allows exactly the three kinds C1 accepts, so C1 cannot fail on valid input.
    const r = policies()[0].safeEvaluate(withEvent(app, 0, { caseKind: 'mediation' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual([['events', 0, 'caseKind']]);
  });

  it.each([
    ['C2', { closed: false }],
    ['C3', { outcome: 'lost' }],
    ['C4', { insurancePayout: '350000.00' }], // payout equal to the costs: nothing left
    ['C4', { insurancePayout: '350000.01' }], // payout above the costs
    ['C4', { costPaid: '0' }],
  ])('fails %s alone when %o', async (id, fields) => {
    const item = itemOf(await decide(withEvent(app, 0, fields)), 'overseas-dispute-response', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it.each(['won', 'settled', 'effective-ruling'])('C3 passes for outcome %s', async (outcome) => {
    const item = itemOf(await decide(withEvent(app, 0, { outcome })), 'overseas-dispute-response', 'E-1');
    expect(item.amount).toBe('90000.00');
  });

  it('C4 compares costPaid with this event\'s insurancePayout: one fen more passes, and pays 0.00', async () => {
    // 0.30 × (350000.00 − 349999.99) = 0.30 × 0.01 = 0.003 → 0.00
    const item = itemOf(await decide(withEvent(app, 0, { insurancePayout: '349999.99' })), 'overseas-dispute-response', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), baseAmount: item.baseAmount }).toEqual({ eligible: true, blocking: [], baseAmount: '0.00' });
    const c4 = item.conditions.find((c) => c.id === 'C4')!;
    expect([c4.actual, c4.expected]).toEqual(['350000.00', '349999.99']);
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'overseas-dispute-response', 0, 'university');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'overseas-dispute-response', 0);
  });

  it.each([
    ['50100.05', '30.02'], // 0.30 × (50100.05 − 50000.00) = 0.30 × 100.05 = 30.015 → half-up 30.02
    ['50100.01', '30.00'], // 0.30 × 100.01 = 30.003 → 30.00
    ['50000.05', '0.02'], // 0.30 × 0.05 = 0.015 → 0.02
  ])('rounds 30%% of (%s − 50000.00) half-up to the fen: %s', async (costPaid, expected) => {
    const item = itemOf(await decide(withEvent(app, 0, { costPaid })), 'overseas-dispute-response', 'E-1');
    expect(item.amount).toBe(expected);
  });

  describe('the clause cap of 200000', () => {
    it.each([
      ['716666.63', '199999.99', '199999.99'], // 0.30 × (716666.63 − 50000.00) = 0.30 × 666666.63 = 199999.989 → 199999.99: under
      ['716666.67', '200000.00', '200000.00'], // 0.30 × 666666.67 = 200000.001 → 200000.00: at the cap
      ['716666.70', '200000.01', '200000.00'], // 0.30 × 666666.70 = 200000.01: one fen over, cut
    ])('costs %s less 50000.00 insured: base %s, paid %s', async (costPaid, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { costPaid })), 'overseas-dispute-response', 'E-1');
      expect(item.baseAmount).toBe(base);
      expect(item.amount).toBe(paid);
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it('cuts the later of two cases first', async () => {
      // E-1 (2025-03-01): 0.30 × (550000 − 50000) = 150000; E-2 (2025-08-10): 0.30 × (250000 − 50000) = 60000.
      // 150000 + 60000 = 210000 > 200000: E-2 is cut to 200000 − 150000 = 50000.
      const d = await decide({ ...app, events: [dispute('E-2', '250000'), dispute('E-1', '550000', { date: '2025-03-01' })] });
      expect(itemOf(d, 'overseas-dispute-response', 'E-1').amount).toBe('150000.00');
      expect(itemOf(d, 'overseas-dispute-response', 'E-2').adjustments).toEqual([
        expect.objectContaining({ kind: 'clause-cap', before: '60000.00', after: '50000.00' }),
      ]);
      expect(d.total).toBe('200000.00');
    });

    it('counts what was already paid under this clause this year, not in other years', async () => {
      // 200000 − 110000.01 paid in 2026 = 89999.99 left; the item asks 90000.00.
      const d = await decide(
        withHistory(app, [
          { clause: 'overseas-dispute-response', year: 2026, subjectKey: 'E-0', amount: '110000.01' },
          { clause: 'overseas-dispute-response', year: 2025, subjectKey: 'E-00', amount: '200000.00' },
        ]),
      );
      expect(itemOf(d, 'overseas-dispute-response', 'E-1').amount).toBe('89999.99');
    });

    it('a guideline may lower the cap', async () => {
      const g = guidelineWith([{ clause: 'overseas-dispute-response', lower: { clauseCap: '80000' } }]);
      // 90000.00 asked, capped at 80000.00
      expect(itemOf(await decide(app, g), 'overseas-dispute-response', 'E-1').amount).toBe('80000.00');
    });
  });

  it('pays nothing alongside higher-level support for the same case (exclusive)', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0.01' })), 'overseas-dispute-response', 'E-1');
    expect(item.eligible).toBe(true);
    expect(item.amount).toBe('0.00');
    expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-exclusive', '90000.00', '0.00']]);
  });

  it('higher-level funding of 0 changes nothing', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0' })), 'overseas-dispute-response', 'E-1');
    expect(item.amount).toBe('90000.00');
  });
});
