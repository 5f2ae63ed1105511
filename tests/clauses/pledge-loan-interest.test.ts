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
} from '../support/golden.js';

// Article 2.6: 30% of the interest actually paid; clause cap 100000 a year,
// lowered to 80000 by the 2026 guideline; exclusive with higher-level support.

const loan = (id: string, interestPaid: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'pledge-loan',
  date: '2025-12-20',
  principal: '5000000',
  interestPaid,
  evaluationFee: '20000',
  guaranteeFee: '0',
  pledgeRegistered: true,
  repaidOnSchedule: true,
  ...extra,
});

const app: Application = { applicant: applicant('enterprise'), events: [loan('E-1', '180000.00')] };

describe('pledge-loan-interest (2.6)', () => {
  it('an SME that paid 180000.00 interest on a registered pledge gets 30%: 54000.00', async () => {
    const d = await decide(app);
    const item = itemOf(d, 'pledge-loan-interest', 'E-1');
    // 0.30 × 180000.00 = 54000.00, under the 2026 clause cap of 80000
    expect(item).toMatchObject({ eligible: true, baseAmount: '54000.00', amount: '54000.00', adjustments: [] });
    expect(item.computation?.formula).toBe('0.30 × 180000.00 = 54000.00');
    expect(item.materials.map((m) => m.zh)).toEqual(['质押登记通知书', '借款合同', '还本付息凭证']);
    expect(d.warnings.map((w) => w.clause)).toContain('pledge-loan-interest');
  });

  it.each([
    ['C1', { pledgeRegistered: false }],
    ['C2', { repaidOnSchedule: false }],
    ['C3', { interestPaid: '0' }],
  ])('fails %s alone when %o', async (id, fields) => {
    const item = itemOf(await decide(withEvent(app, 0, fields)), 'pledge-loan-interest', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'pledge-loan-interest', 0, 'university');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'pledge-loan-interest', 0);
  });

  it.each([
    ['100.05', '30.02'], // 0.30 × 100.05 = 30.015 → half-up 30.02
    ['100.01', '30.00'], // 0.30 × 100.01 = 30.003 → 30.00
    ['0.05', '0.02'], // 0.30 × 0.05 = 0.015 → 0.02
    ['0.01', '0.00'], // 0.30 × 0.01 = 0.003 → 0.00
    ['33333.35', '10000.01'], // 0.30 × 33333.35 = 10000.005 → 10000.01
  ])('rounds 30%% of %s half-up to the fen: %s', async (interestPaid, expected) => {
    const item = itemOf(await decide(withEvent(app, 0, { interestPaid })), 'pledge-loan-interest', 'E-1');
    expect(item.amount).toBe(expected);
  });

  describe('the 2026 clause cap of 80000 (policy: 100000)', () => {
    it.each([
      ['266666.63', '79999.99', '79999.99'], // 0.30 × 266666.63 = 79999.989 → 79999.99: under the cap
      ['266666.67', '80000.00', '80000.00'], // 0.30 × 266666.67 = 80000.001 → 80000.00: at the cap, no cut
      ['266666.70', '80000.01', '80000.00'], // 0.30 × 266666.70 = 80000.01: one fen over, cut to 80000.00
    ])('interest %s: base %s, paid %s', async (interestPaid, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { interestPaid })), 'pledge-loan-interest', 'E-1');
      expect(item.baseAmount).toBe(base);
      expect(item.amount).toBe(paid);
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it('says the guideline lowered the cap, and cuts the later of two loans first', async () => {
      // E-1 (2025-03-01): 0.30 × 200000 = 60000; E-2 (2025-12-20): 0.30 × 100000 = 30000.
      // 60000 + 30000 = 90000 > 80000: E-2 is cut to 80000 − 60000 = 20000.
      const two = { ...app, events: [loan('E-2', '100000'), loan('E-1', '200000', { date: '2025-03-01' })] };
      const d = await decide(two);
      expect(itemOf(d, 'pledge-loan-interest', 'E-1').amount).toBe('60000.00');
      const cut = itemOf(d, 'pledge-loan-interest', 'E-2');
      expect(cut.amount).toBe('20000.00');
      expect(cut.adjustments).toHaveLength(1);
      expect(cut.adjustments[0]).toMatchObject({ kind: 'clause-cap', before: '30000.00', after: '20000.00' });
      expect(cut.adjustments[0]!.reason.en).toContain('lowered it from 100000');
      expect(cut.adjustments[0]!.reason.zh).toContain('80000.00');
      // The same loans also carry pledge-loan-fees (2.7) items: count this clause's alone.
      expect(d.items.filter((i) => i.clause === 'pledge-loan-interest').map((i) => i.amount)).toEqual(['60000.00', '20000.00']);
      expect(cut.figures.find((f) => f.name === 'clauseCap')).toEqual({ name: 'clauseCap', value: '80000', ceiling: '100000', source: 'guideline' });
    });

    it('counts what the applicant was already paid under this clause this year', async () => {
      // 80000 − 30000.01 already paid in 2026 = 49999.99 left; the item asks 54000.00.
      const d = await decide({ ...app, history: [{ clause: 'pledge-loan-interest', year: 2026, subjectKey: 'E-0', amount: '30000.01' }] });
      expect(itemOf(d, 'pledge-loan-interest', 'E-1').amount).toBe('49999.99');
    });

    it('applies the policy ceiling of 100000 under a guideline that does not lower it', async () => {
      // 0.30 × 400000 = 120000 → capped at 100000.00
      const d = await decide(withEvent(app, 0, { interestPaid: '400000' }), guidelineWith([]));
      expect(itemOf(d, 'pledge-loan-interest', 'E-1').amount).toBe('100000.00');
    });
  });

  it('pays nothing alongside higher-level support for the same loan (exclusive)', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0.01' })), 'pledge-loan-interest', 'E-1');
    expect(item.eligible).toBe(true);
    expect(item.amount).toBe('0.00');
    expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-exclusive', '54000.00', '0.00']]);
  });

  it('is the same for a large enterprise (no SME condition on this clause)', async () => {
    const item = itemOf(await decide({ ...app, applicant: applicant('enterprise', { isSme: false }) }), 'pledge-loan-interest', 'E-1');
    expect(item.amount).toBe('54000.00');
  });
});
