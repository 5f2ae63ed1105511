import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  expectGeneralConditions,
  itemOf,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 2.8: 50% of the IP insurance premium paid; clause cap 50000 a year;
// exclusive with higher-level support.

const policyEvent = (id: string, premiumPaid: string, date = '2025-04-01') => ({
  id,
  type: 'ip-insurance',
  date,
  premiumPaid,
  insuranceKind: '专利执行保险',
});
const app: Application = { applicant: applicant('enterprise'), events: [policyEvent('E-1', '12345.67')] };
const C = 'ip-insurance-premium';

describe('ip-insurance-premium (2.8)', () => {
  it('an enterprise that paid a 12345.67 premium gets 50%: 6172.84 (6172.835 rounded half-up)', async () => {
    const item = itemOf(await decide(app), C, 'E-1');
    // 0.50 × 12345.67 = 6172.835 → 6172.84
    expect(item).toMatchObject({ eligible: true, baseAmount: '6172.84', amount: '6172.84', adjustments: [] });
    expect(item.computation?.formula).toBe('0.50 × 12345.67 = 6172.84');
  });

  it('fails C1 alone when no premium was paid', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { premiumPaid: '0' })), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'service-agency');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it.each([
    ['0.01', '0.01'], // 0.50 × 0.01 = 0.005 → half-up 0.01
    ['12345.66', '6172.83'], // 0.50 × 12345.66 = 6172.83 exactly
  ])('rounds 50%% of %s half-up to the fen: %s', async (premiumPaid, expected) => {
    expect(itemOf(await decide(withEvent(app, 0, { premiumPaid })), C, 'E-1').amount).toBe(expected);
  });

  describe('the clause cap of 50000 a year', () => {
    it.each([
      ['99999.98', '49999.99', '49999.99'], // 0.50 × 99999.98 = 49999.99: under the cap
      ['100000.00', '50000.00', '50000.00'], // 0.50 × 100000.00 = 50000.00: at the cap
      ['100000.02', '50000.01', '50000.00'], // 0.50 × 100000.02 = 50000.01: one fen over, cut
    ])('premium %s: base %s, paid %s', async (premiumPaid, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { premiumPaid })), C, 'E-1');
      expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it('sums the policies of one year and what was already paid this year', async () => {
      // 0.50 × 60000 = 30000 (E-1, April) and 0.50 × 40000 = 20000 (E-2, October); 0.01 paid before in 2026:
      // 50000 − 0.01 = 49999.99 left: E-1 30000.00, E-2 19999.99.
      const two = { ...app, events: [policyEvent('E-1', '60000'), policyEvent('E-2', '40000', '2025-10-01')] };
      const d = await decide(withHistory(two, [{ clause: C, year: 2026, subjectKey: 'E-0', amount: '0.01' }]));
      expect(d.items.map((i) => i.amount)).toEqual(['30000.00', '19999.99']);
    });
  });

  it('pays nothing alongside higher-level support for the same policy (exclusive)', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0.01' })), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, amount: '0.00' });
    expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-exclusive', '6172.84', '0.00']]);
  });
});
