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
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 2.7: 50% of the valuation and guarantee fees paid for a loan on a
// registered IP pledge; clause cap 30000 a year; exclusive with higher-level support.
// Leaves: C1 pledgeRegistered; any[C2 evaluationFee > 0, C3 guaranteeFee > 0].

const loan = (id: string, evaluationFee: string, guaranteeFee: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'pledge-loan',
  date: '2025-12-20',
  principal: '5000000',
  interestPaid: '180000.00',
  evaluationFee,
  guaranteeFee,
  pledgeRegistered: true,
  repaidOnSchedule: true,
  ...extra,
});

const app: Application = { applicant: applicant('enterprise'), events: [loan('E-1', '20000', '10000.50')] };
const C = 'pledge-loan-fees';

describe('pledge-loan-fees (2.7)', () => {
  it('an enterprise that paid 20000 valuation + 10000.50 guarantee fees gets 50%: 15000.25', async () => {
    const d = await decide(app);
    const item = itemOf(d, C, 'E-1');
    // 0.50 × (20000.00 + 10000.50) = 0.50 × 30000.50 = 15000.25
    expect(item).toMatchObject({ eligible: true, baseAmount: '15000.25', amount: '15000.25', adjustments: [] });
    expect(item.computation?.formula).toBe('0.50 × (20000.00 + 10000.50) = 15000.25');
    // The interest subsidy (2.6) is a separate item for the same loan.
    expect(itemOf(d, 'pledge-loan-interest', 'E-1').amount).toBe('54000.00');
  });

  it.each([
    ['valuation fee only', '20000', '0', '10000.00'], // 0.50 × 20000 = 10000
    ['guarantee fee only', '0', '8000', '4000.00'], // 0.50 × 8000 = 4000
  ])('either fee alone is enough: %s gets %s', async (_what, evaluationFee, guaranteeFee, amount) => {
    const item = itemOf(await decide({ ...app, events: [loan('E-1', evaluationFee, guaranteeFee)] }), C, 'E-1');
    expect({ eligible: item.eligible, amount: item.amount }).toEqual({ eligible: true, amount });
  });

  it('fails C1 alone when the pledge is not registered', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { pledgeRegistered: false })), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
  });

  it.each([
    ['the valuation fee of a valuation-only loan', loan('E-1', '20000', '0'), { evaluationFee: '0' }],
    ['the guarantee fee of a guarantee-only loan', loan('E-1', '0', '8000'), { guaranteeFee: '0' }],
  ])('no fee at all fails C2 and C3 (the two sides of one rule): zeroing %s', async (_what, event, fields) => {
    const item = itemOf(await decide(withEvent({ ...app, events: [event] }, 0, fields)), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C2', 'C3'], amount: '0.00' });
  });

  it('does not ask for repayment on schedule (that is 2.6, not 2.7)', async () => {
    const d = await decide(withEvent(app, 0, { repaidOnSchedule: false }));
    expect(itemOf(d, C, 'E-1').amount).toBe('15000.25');
    expect(blocking(itemOf(d, 'pledge-loan-interest', 'E-1'))).toEqual(['C2']);
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'university');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it.each([
    ['100.01', '0', '50.01'], // 0.50 × 100.01 = 50.005 → half-up 50.01
    ['0.01', '0.02', '0.02'], // 0.50 × (0.01 + 0.02) = 0.015 → 0.02
    ['0', '0.01', '0.01'], // 0.50 × 0.01 = 0.005 → 0.01
    ['100.00', '0.02', '50.01'], // 0.50 × 100.02 = 50.01 exactly
  ])('rounds 50%% of %s + %s half-up to the fen: %s', async (evaluationFee, guaranteeFee, expected) => {
    expect(itemOf(await decide({ ...app, events: [loan('E-1', evaluationFee, guaranteeFee)] }), C, 'E-1').amount).toBe(expected);
  });

  describe('the clause cap of 30000 a year', () => {
    it.each([
      ['39999.98', '29999.99', '29999.99'], // 0.50 × (20000 + 39999.98) = 29999.99: under the cap
      ['40000.00', '30000.00', '30000.00'], // 0.50 × (20000 + 40000.00) = 30000.00: at the cap
      ['40000.02', '30000.01', '30000.00'], // 0.50 × (20000 + 40000.02) = 30000.01: one fen over, cut
    ])('guarantee fee %s with a 20000 valuation fee: base %s, paid %s', async (guaranteeFee, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { guaranteeFee })), C, 'E-1');
      expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it('cuts the later of two loans, counting what was paid this year', async () => {
      // Paid 5000 in 2026 already; E-1 (2025-03-01) 0.50 × 30000 = 15000; E-2 (2025-12-20) 0.50 × 30000 = 15000.
      // 30000 − 5000 = 25000 left: E-1 15000, E-2 10000.
      const two = { ...app, events: [loan('E-2', '30000', '0'), loan('E-1', '30000', '0', { date: '2025-03-01' })] };
      const d = await decide(withHistory(two, [{ clause: C, year: 2026, subjectKey: 'E-0', amount: '5000.00' }]));
      expect(itemOf(d, C, 'E-1').amount).toBe('15000.00');
      expect(itemOf(d, C, 'E-2').adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['clause-cap', '15000.00', '10000.00']]);
    });
  });

  describe('exclusive with higher-level support for the same loan', () => {
    it('pays nothing when higherLevelFunding is one fen', async () => {
      const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0.01' })), C, 'E-1');
      expect(item.eligible).toBe(true);
      expect(item.amount).toBe('0.00');
      expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-exclusive', '15000.25', '0.00']]);
    });

    it('pays in full when it is zero', async () => {
      expect(itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0' })), C, 'E-1').amount).toBe('15000.25');
    });
  });

  it('is open under a guideline without patches (no 2026 patch touches it)', async () => {
    expect(itemOf(await decide(app, guidelineWith([])), C, 'E-1').amount).toBe('15000.25');
  });
});
