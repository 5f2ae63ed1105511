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

// Article 2.2: a university or research institute that transferred or licensed
// a patent to an entity in Heyuan (contract recorded, parties unrelated) gets
// 10% of the amount received, cap 50000 per deal, clause cap 300000 a year.

const transfer = (id: string, amountReceived: string, date = '2025-09-15') => ({
  id,
  type: 'patent-transfer',
  date,
  role: 'transferor',
  counterpartyKind: 'enterprise',
  counterpartyInHeyuan: true,
  relatedParty: false,
  recorded: true,
  amountReceived,
});

const app: Application = { applicant: applicant('university'), events: [transfer('E-1', '200000.00')] };
const C = 'university-patent-commercialization';

describe('university-patent-commercialization (2.2)', () => {
  it.each(['university', 'research-institute'] as const)('a %s that received 200000.00 gets 10%%: 20000.00', async (kind) => {
    const item = itemOf(await decide({ ...app, applicant: applicant(kind) }), C, 'E-1');
    // 0.10 × 200000.00 = 20000.00, under the 50000 cap
    expect(item).toMatchObject({ eligible: true, baseAmount: '20000.00', amount: '20000.00', adjustments: [] });
    expect(item.computation?.formula).toBe('0.10 × 200000.00 = 20000.00');
  });

  it.each([
    // The schema requires amountPaid of a transferee; this clause never reads it.
    ['C1', { role: 'transferee', amountPaid: '200000.00' }],
    ['C2', { counterpartyInHeyuan: false }],
    ['C3', { recorded: false }],
    ['C4', { relatedParty: true }],
    ['C5', { amountReceived: '0' }],
  ])('fails %s alone when %o', async (id, fields) => {
    const item = itemOf(await decide(withEvent(app, 0, fields)), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it('the counterparty may be of any kind, as long as it is in Heyuan', async () => {
    expect(itemOf(await decide(withEvent(app, 0, { counterpartyKind: 'individual' })), C, 'E-1').amount).toBe('20000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it.each([
    ['100.05', '10.01'], // 0.10 × 100.05 = 10.005 → half-up 10.01
    ['100.04', '10.00'], // 0.10 × 100.04 = 10.004 → 10.00
    ['0.05', '0.01'], // 0.10 × 0.05 = 0.005 → 0.01
  ])('rounds 10%% of %s half-up to the fen: %s', async (amountReceived, expected) => {
    expect(itemOf(await decide(withEvent(app, 0, { amountReceived })), C, 'E-1').amount).toBe(expected);
  });

  it.each([
    ['499999.90', '49999.99', '49999.99'], // 0.10 × 499999.90 = 49999.99: under the cap
    ['500000.00', '50000.00', '50000.00'], // 0.10 × 500000.00 = 50000.00: at the cap
    ['500000.10', '50000.01', '50000.00'], // 0.10 × 500000.10 = 50000.01: one fen over, cut
  ])('the item cap of 50000: received %s, base %s, granted %s', async (amountReceived, base, paid) => {
    const item = itemOf(await decide(withEvent(app, 0, { amountReceived })), C, 'E-1');
    expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
    expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['item-cap']);
  });

  describe('the clause cap of 300000 a year', () => {
    // Six deals of 500000 each: 0.10 × 500000 = 50000 apiece, 6 × 50000 = 300000.
    const six: Application = { ...app, events: [1, 2, 3, 4, 5, 6].map((n) => transfer(`E-${n}`, '500000', `2025-0${n}-10`)) };

    it('five at the cap and one at 49999.99: 299999.99, nothing cut', async () => {
      const d = await decide(withEvent(six, 5, { amountReceived: '499999.90' }));
      expect(d.items.filter((i) => i.clause === C).flatMap((i) => i.adjustments)).toEqual([]);
      expect(d.total).toBe('299999.99');
    });

    it('six at 50000: exactly 300000, nothing cut', async () => {
      const d = await decide(six);
      expect(d.items.filter((i) => i.clause === C).flatMap((i) => i.adjustments)).toEqual([]);
      expect(d.total).toBe('300000.00');
    });

    it('one fen already paid this year: the last deal is cut by one fen', async () => {
      // 300000 − 0.01 = 299999.99 left: E-6 gets 49999.99.
      const d = await decide(withHistory(six, [{ clause: C, year: 2026, subjectKey: 'E-0', amount: '0.01' }]));
      const last = itemOf(d, C, 'E-6');
      expect(last.amount).toBe('49999.99');
      expect(last.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['clause-cap', '50000.00', '49999.99']]);
    });
  });
});
