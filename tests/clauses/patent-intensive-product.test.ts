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

// Article 2.4: 20000 per product recognised as patent-intensive (registration
// alone does not count), once per productId, clause cap 60000 a year.

const product = (id: string, productId: string, date = '2025-06-06') => ({ id, type: 'patent-intensive-product', date, productId, recognized: true });
const app: Application = { applicant: applicant('enterprise'), events: [product('E-1', 'P-1')] };
const C = 'patent-intensive-product';

describe('patent-intensive-product (2.4)', () => {
  it('an enterprise with a recognised product gets 20000.00', async () => {
    const item = itemOf(await decide(app), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '20000.00', amount: '20000.00', subjectKey: 'P-1', adjustments: [] });
  });

  it('fails C1 alone for a product only registered, not recognised', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { recognized: false })), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'university');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it('a large enterprise qualifies too (no SME condition)', async () => {
    expect(itemOf(await decide({ ...app, applicant: applicant('enterprise', { isSme: false }) }), C, 'E-1').amount).toBe('20000.00');
  });

  describe('once per product', () => {
    it('is not paid again for a product rewarded in an earlier year', async () => {
      const d = await decide(withHistory(app, [{ clause: C, year: 2025, subjectKey: 'P-1', amount: '20000.00' }]));
      const item = itemOf(d, C, 'E-1');
      expect(item).toMatchObject({ eligible: true, amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
    });

    it('pays the first of two events for the same product in one application', async () => {
      const d = await decide({ ...app, events: [product('E-2', 'P-1', '2025-12-01'), product('E-1', 'P-1', '2025-01-15')] });
      expect(itemOf(d, C, 'E-1').amount).toBe('20000.00');
      expect(itemOf(d, C, 'E-2').amount).toBe('0.00');
    });
  });

  describe('the clause cap of 60000 a year', () => {
    // Two products this application: 2 × 20000 = 40000, after some amount already paid this year.
    const two: Application = { ...app, events: [product('E-1', 'P-1', '2025-03-01'), product('E-2', 'P-2', '2025-09-01')] };
    const paid = (amount: string) => withHistory(two, [{ clause: C, year: 2026, subjectKey: 'P-0', amount }]);

    it('19999.99 paid before + 40000 = 59999.99: nothing cut', async () => {
      const d = await decide(paid('19999.99'));
      expect(d.items.map((i) => i.amount)).toEqual(['20000.00', '20000.00']);
    });

    it('20000 paid before + 40000 = 60000: exactly the cap, nothing cut', async () => {
      const d = await decide(paid('20000.00'));
      expect(d.items.map((i) => i.amount)).toEqual(['20000.00', '20000.00']);
      expect(d.items.flatMap((i) => i.adjustments)).toEqual([]);
    });

    it('20000.01 paid before + 40000 = 60000.01: the later product is cut by one fen', async () => {
      const d = await decide(paid('20000.01'));
      // 60000 − 20000.01 = 39999.99 left: E-1 20000.00, E-2 19999.99
      expect(d.items.map((i) => i.amount)).toEqual(['20000.00', '19999.99']);
      expect(itemOf(d, C, 'E-2').adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['clause-cap', '20000.00', '19999.99']]);
    });

    it('a fourth product in one application gets nothing: 3 × 20000 = 60000', async () => {
      const four = { ...app, events: [1, 2, 3, 4].map((n) => product(`E-${n}`, `P-${n}`, `2025-0${n}-01`)) };
      expect((await decide(four)).items.map((i) => i.amount)).toEqual(['20000.00', '20000.00', '20000.00', '0.00']);
    });
  });
});
