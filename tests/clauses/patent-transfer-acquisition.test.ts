import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  guidelineWith,
  itemOf,
  withApplicant,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 2.1: an SME that acquired or licensed a patent from a university or
// research institute (contract recorded with CNIPA, parties unrelated) gets
// 20% of the amount paid, cap 50000 per deal, clause cap 300000 a year.

const transfer = (id: string, amountPaid: string, date = '2025-07-01') => ({
  id,
  type: 'patent-transfer',
  date,
  role: 'transferee',
  counterpartyKind: 'university',
  counterpartyInHeyuan: false,
  relatedParty: false,
  recorded: true,
  amountPaid,
  patentNumbers: ['ZL202010000001.1'],
});

const app: Application = { applicant: applicant('enterprise'), events: [transfer('E-1', '150000.00')] };
const C = 'patent-transfer-acquisition';

describe('patent-transfer-acquisition (2.1)', () => {
  it('an SME that paid 150000.00 for a university patent gets 20%: 30000.00', async () => {
    const d = await decide(app);
    const item = itemOf(d, C, 'E-1');
    // 0.20 × 150000.00 = 30000.00, under the 50000 cap
    expect(item).toMatchObject({ eligible: true, baseAmount: '30000.00', amount: '30000.00', adjustments: [] });
    expect(item.computation?.formula).toBe('0.20 × 150000.00 = 30000.00');
    expect(d.warnings.map((w) => w.clause)).toContain(C);
  });

  it('a research institute as the counterparty qualifies too', async () => {
    expect(itemOf(await decide(withEvent(app, 0, { counterpartyKind: 'research-institute' })), C, 'E-1').amount).toBe('30000.00');
  });

  it.each([
    ['C1', 'an enterprise that is not an SME', withApplicant(app, { isSme: false })],
    // The schema requires amountReceived of a transferor; this clause never reads it.
    ['C2', 'the applicant was the transferor', withEvent(app, 0, { role: 'transferor', amountReceived: '150000.00' })],
    ['C3', 'the counterparty is an enterprise', withEvent(app, 0, { counterpartyKind: 'enterprise' })],
    ['C4', 'the contract is not recorded', withEvent(app, 0, { recorded: false })],
    ['C5', 'the parties are related', withEvent(app, 0, { relatedParty: true })],
    ['C6', 'nothing was paid', withEvent(app, 0, { amountPaid: '0' })],
  ])('fails %s alone when %s', async (id, _what, variant) => {
    const item = itemOf(await decide(variant), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it('fails each general condition alone (G5: a university that states isSme, so only the kind changes)', async () => {
    const cases: [string, Application, ReturnType<typeof guidelineWith> | undefined][] = [
      ['G1', withApplicant(app, { county: 'other' }), undefined],
      ['G2', withApplicant(app, { seriousDishonesty: true }), undefined],
      ['G3', withApplicant(app, { ipViolationDates: ['2025-06-01'] }), undefined],
      ['G4', withEvent(app, 0, { date: '2024-12-31' }), undefined],
      ['G5', withApplicant(app, { kind: 'university' }), undefined],
      ['G6', app, guidelineWith([{ clause: C, suspend: { zh: '测试暂停', en: 'suspended for the test' } }])],
      ['G7', withHistory(app, [{ clause: C, year: 2024, subjectKey: 'X', amount: '1.00', clawedBack: true }]), undefined],
    ];
    for (const [id, variant, guideline] of cases) {
      const item = itemOf(await decide(variant, guideline), C, 'E-1');
      expect({ id, eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ id, eligible: false, blocking: [id], amount: '0.00' });
    }
  });

  it('a university without isSme fails both G5 and C1', async () => {
    const item = itemOf(await decide({ ...app, applicant: applicant('university') }), C, 'E-1');
    expect(blocking(item)).toEqual(['G5', 'C1']);
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it.each([
    // 20% of a fen amount has at most three decimals, the last one even: it never ends in 5.
    ['0.03', '0.01'], // 0.20 × 0.03 = 0.006 → 0.01
    ['0.02', '0.00'], // 0.20 × 0.02 = 0.004 → 0.00
    ['100.03', '20.01'], // 0.20 × 100.03 = 20.006 → 20.01
    ['100.02', '20.00'], // 0.20 × 100.02 = 20.004 → 20.00
  ])('rounds 20%% of %s half-up to the fen: %s', async (amountPaid, expected) => {
    expect(itemOf(await decide(withEvent(app, 0, { amountPaid })), C, 'E-1').amount).toBe(expected);
  });

  it.each([
    ['249999.95', '49999.99', '49999.99'], // 0.20 × 249999.95 = 49999.99: under the cap
    ['250000.00', '50000.00', '50000.00'], // 0.20 × 250000.00 = 50000.00: at the cap
    ['250000.05', '50000.01', '50000.00'], // 0.20 × 250000.05 = 50000.01: one fen over, cut
  ])('the item cap of 50000: paid %s, base %s, granted %s', async (amountPaid, base, paid) => {
    const item = itemOf(await decide(withEvent(app, 0, { amountPaid })), C, 'E-1');
    expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
    expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['item-cap']);
  });

  describe('the clause cap of 300000 a year', () => {
    // Six deals of 250000 each: 0.20 × 250000 = 50000 apiece, 6 × 50000 = 300000.
    const six: Application = { ...app, events: [1, 2, 3, 4, 5, 6].map((n) => transfer(`E-${n}`, '250000', `2025-0${n}-10`)) };

    it('five at the cap and one at 49999.99: 299999.99, nothing cut', async () => {
      const d = await decide(withEvent(six, 5, { amountPaid: '249999.95' }));
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

    it('a seventh deal is cut to nothing; money paid in another year does not count', async () => {
      const seven = { ...six, events: [...six.events, transfer('E-7', '1000', '2025-07-10')] };
      const d = await decide(withHistory(seven, [{ clause: C, year: 2025, subjectKey: 'E-0', amount: '50000.00' }]));
      expect(itemOf(d, C, 'E-6').amount).toBe('50000.00');
      expect(itemOf(d, C, 'E-7')).toMatchObject({ baseAmount: '200.00', amount: '0.00' }); // 0.20 × 1000 = 200, no room left
    });
  });

  it('higher-level funding does not reduce it (independent)', async () => {
    expect(itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '10000' })), C, 'E-1').amount).toBe('30000.00');
  });
});
