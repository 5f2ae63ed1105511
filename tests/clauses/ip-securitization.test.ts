import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  guidelineWith,
  itemOf,
  withApplicant,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 2.9: 50% of the financing cost of a settled IP securitisation, cap
// 300000 per item, clause cap 300000 a year. The 2026 guideline suspends it.

const issue = (id: string, financingCost: string, date = '2025-11-11') => ({
  id,
  type: 'ip-securitization',
  date,
  settled: true,
  financingAmount: '100000000',
  financingCost,
});
const app: Application = { applicant: applicant('enterprise'), events: [issue('E-1', '250000.00')] };
const C = 'ip-securitization';
const open = guidelineWith([]); // the 2026 guideline without its patches: the clause is not suspended

describe('ip-securitization (2.9)', () => {
  describe('suspended by the 2026 guideline', () => {
    it('an otherwise eligible issue is refused on G6 alone, with the guideline’s reason', async () => {
      const d = await decide(app);
      const item = itemOf(d, C, 'E-1');
      expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['G6'], amount: '0.00' });
      expect(item.suspended).toEqual({
        zh: '2026年度暂停受理知识产权证券化资助申报',
        en: 'IP securitisation support is not open for applications in 2026',
      });
      expect(d.total).toBe('0.00');
      // No reference-figure warning for a clause that paid nothing.
      expect(d.warnings.map((w) => w.clause)).not.toContain(C);
    });

    it('the same application is paid when the guideline does not suspend it', async () => {
      const item = itemOf(await decide(app, open), C, 'E-1');
      // 0.50 × 250000.00 = 125000.00
      expect(item).toMatchObject({ eligible: true, baseAmount: '125000.00', amount: '125000.00', suspended: null, adjustments: [] });
    });
  });

  describe('under a guideline that does not suspend it', () => {
    it.each([
      ['C1', { settled: false }],
      ['C2', { financingCost: '0' }],
    ])('fails %s alone when %o', async (id, fields) => {
      const item = itemOf(await decide(withEvent(app, 0, fields), open), C, 'E-1');
      expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
    });

    it.each([
      ['100.01', '50.01'], // 0.50 × 100.01 = 50.005 → half-up 50.01
      ['100.02', '50.01'], // 0.50 × 100.02 = 50.01 exactly
    ])('rounds 50%% of %s half-up to the fen: %s', async (financingCost, expected) => {
      expect(itemOf(await decide(withEvent(app, 0, { financingCost }), open), C, 'E-1').amount).toBe(expected);
    });

    it.each([
      ['599999.98', '299999.99', '299999.99'], // 0.50 × 599999.98 = 299999.99: under the cap
      ['600000.00', '300000.00', '300000.00'], // 0.50 × 600000.00 = 300000.00: at the cap
      ['600000.02', '300000.01', '300000.00'], // 0.50 × 600000.02 = 300000.01: one fen over, cut by the item cap
    ])('the item cap of 300000: cost %s, base %s, paid %s', async (financingCost, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { financingCost }), open), C, 'E-1');
      expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['item-cap']);
    });

    it.each([
      ['199999.98', '99999.99', '99999.99'], // 200000 + 99999.99 = 299999.99: nothing cut
      ['200000.00', '100000.00', '100000.00'], // 200000 + 100000 = 300000: at the clause cap
      ['200000.02', '100000.01', '100000.00'], // 200000 + 100000.01 = 300000.01: E-2 cut by one fen
    ])('the clause cap of 300000: E-1 costs 400000 (200000), E-2 costs %s: base %s, paid %s', async (second, base, paid) => {
      const two = { ...app, events: [issue('E-1', '400000', '2025-05-01'), issue('E-2', second)] };
      const d = await decide(two, open);
      expect(itemOf(d, C, 'E-1').amount).toBe('200000.00'); // 0.50 × 400000
      const item = itemOf(d, C, 'E-2');
      expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it('the clause cap counts what was paid this year under this clause', async () => {
      // 300000 − 200000.01 = 99999.99 left; the item asks 125000.00.
      const d = await decide(withHistory(app, [{ clause: C, year: 2026, subjectKey: 'E-0', amount: '200000.01' }]), open);
      expect(itemOf(d, C, 'E-1').amount).toBe('99999.99');
    });
  });

  it('fails each general condition alone (G1–G5 and G7 under an open guideline; G6 is the 2026 suspension)', async () => {
    const cases: [string, Application, ReturnType<typeof guidelineWith> | undefined][] = [
      ['G1', withApplicant(app, { county: 'other' }), open],
      ['G2', withApplicant(app, { seriousDishonesty: true }), open],
      ['G3', withApplicant(app, { ipViolationDates: ['2025-06-01'] }), open],
      ['G4', withEvent(app, 0, { date: '2024-12-31' }), open],
      ['G5', { ...app, applicant: applicant('university') }, open],
      ['G6', app, undefined],
      ['G7', withHistory(app, [{ clause: C, year: 2024, subjectKey: 'X', amount: '1.00', clawedBack: true }]), open],
    ];
    for (const [id, variant, guideline] of cases) {
      const item = itemOf(await decide(variant, guideline), C, 'E-1');
      expect({ id, eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ id, eligible: false, blocking: [id], amount: '0.00' });
    }
  });

  it('counts events dated on either end of the event period (under an open guideline)', async () => {
    for (const [date, inside] of [['2025-01-01', true], ['2025-12-31', true], ['2024-12-31', false], ['2026-01-01', false]] as const) {
      const item = itemOf(await decide(withEvent(app, 0, { date }), open), C, 'E-1');
      expect({ date, eligible: item.eligible, blocking: blocking(item) }).toEqual({ date, eligible: inside, blocking: inside ? [] : ['G4'] });
    }
  });
});
