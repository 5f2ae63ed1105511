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
} from '../support/golden.js';

// Article 2.5: a service agency that brokered at least 3 IP deals for Heyuan
// entities gets 2% of the brokered amount, cap 100000; clause cap 100000 a year.

const performance = (id: string, brokeredAmount: string, transactions = 5, date = '2025-12-31') => ({
  id,
  type: 'ip-operation-performance',
  date,
  transactions,
  brokeredAmount,
});
const app: Application = { applicant: applicant('service-agency'), events: [performance('E-1', '2500000.00')] };
const C = 'ip-operation-service';

describe('ip-operation-service (2.5)', () => {
  it('an agency that brokered 2500000.00 in 5 deals gets 2%: 50000.00', async () => {
    const item = itemOf(await decide(app), C, 'E-1');
    // 0.02 × 2500000.00 = 50000.00
    expect(item).toMatchObject({ eligible: true, baseAmount: '50000.00', amount: '50000.00', adjustments: [] });
    expect(item.computation?.formula).toBe('0.02 × 2500000.00 = 50000.00');
  });

  it.each([
    ['C1', { transactions: 2 }],
    ['C2', { brokeredAmount: '0' }],
  ])('fails %s alone when %o', async (id, fields) => {
    const item = itemOf(await decide(withEvent(app, 0, fields)), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it('three deals are enough (inclusive bound)', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { transactions: 3 })), C, 'E-1');
    expect({ eligible: item.eligible, amount: item.amount }).toEqual({ eligible: true, amount: '50000.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it.each([
    ['1000.25', '20.01'], // 0.02 × 1000.25 = 20.005 → half-up 20.01
    ['1000.20', '20.00'], // 0.02 × 1000.20 = 20.004 → 20.00
    ['0.25', '0.01'], // 0.02 × 0.25 = 0.005 → 0.01
    ['0.24', '0.00'], // 0.02 × 0.24 = 0.0048 → 0.00
  ])('rounds 2%% of %s half-up to the fen: %s', async (brokeredAmount, expected) => {
    expect(itemOf(await decide(withEvent(app, 0, { brokeredAmount })), C, 'E-1').amount).toBe(expected);
  });

  it.each([
    ['4999999.50', '99999.99', '99999.99'], // 0.02 × 4999999.50 = 99999.99: under the cap
    ['5000000.00', '100000.00', '100000.00'], // 0.02 × 5000000.00 = 100000.00: at the cap
    ['5000000.50', '100000.01', '100000.00'], // 0.02 × 5000000.50 = 100000.01: one fen over, cut
  ])('the item cap of 100000: brokered %s, base %s, granted %s', async (brokeredAmount, base, paid) => {
    const item = itemOf(await decide(withEvent(app, 0, { brokeredAmount })), C, 'E-1');
    expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
    expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['item-cap']);
  });

  describe('the clause cap of 100000 a year', () => {
    // E-1 (2025-06-30): 0.02 × 3000000 = 60000; E-2 (2025-12-31) varies.
    const two = (second: string): Application => ({
      ...app,
      events: [performance('E-1', '3000000', 4, '2025-06-30'), performance('E-2', second)],
    });

    it.each([
      ['1999999.50', '39999.99', '39999.99'], // 60000 + 39999.99 = 99999.99: nothing cut
      ['2000000.00', '40000.00', '40000.00'], // 60000 + 40000 = 100000: at the cap
      ['2000000.50', '40000.01', '40000.00'], // 60000 + 40000.01 = 100000.01: E-2 cut by one fen
    ])('second report %s: base %s, granted %s', async (second, base, paid) => {
      const d = await decide(two(second));
      expect(itemOf(d, C, 'E-1').amount).toBe('60000.00');
      const item = itemOf(d, C, 'E-2');
      expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });
  });
});
