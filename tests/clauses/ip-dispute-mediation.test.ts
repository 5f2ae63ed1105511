import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  expectGeneralConditions,
  itemOf,
  policies,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 3.3: 2000 per IP dispute closed by a settlement or an award; clause cap 100000 a year.

const cases = (id: string, casesResolved: number, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'mediation-cases',
  date: '2025-12-31',
  mechanism: 'mediation',
  casesResolved,
  ...extra,
});
const app: Application = { applicant: applicant('service-agency'), events: [cases('E-1', 12)] };

describe('ip-dispute-mediation (3.3)', () => {
  it('a mediation centre that closed 12 IP disputes gets 24000.00', async () => {
    const item = itemOf(await decide(app), 'ip-dispute-mediation', 'E-1');
    // 2000 × 12 = 24000.00
    expect(item).toMatchObject({ eligible: true, baseAmount: '24000.00', amount: '24000.00', adjustments: [] });
    expect(item.computation?.formula).toBe('2000.00 × 12 = 24000.00');
  });

  it.each(['service-agency', 'industry-association', 'public-institution'] as const)('a %s may apply', async (kind) => {
    expect(itemOf(await decide({ ...app, applicant: applicant(kind) }), 'ip-dispute-mediation', 'E-1').amount).toBe('24000.00');
  });

  it.each(['mediation', 'arbitration'])('C1 passes for mechanism %s', async (mechanism) => {
    const item = itemOf(await decide(withEvent(app, 0, { mechanism })), 'ip-dispute-mediation', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item) }).toEqual({ eligible: true, blocking: [] });
  });

  it('C1: a mechanism outside the two is refused by the schema', () => {
    // The schema allows exactly the mechanisms C1 accepts, so C1 cannot fail on valid input.
    const r = policies()[0].safeEvaluate(withEvent(app, 0, { mechanism: 'litigation' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual([['events', 0, 'mechanism']]);
  });

  it('fails C2 alone with no case resolved; one case is enough (inclusive bound)', async () => {
    const none = itemOf(await decide(withEvent(app, 0, { casesResolved: 0 })), 'ip-dispute-mediation', 'E-1');
    expect({ eligible: none.eligible, blocking: blocking(none), amount: none.amount }).toEqual({ eligible: false, blocking: ['C2'], amount: '0.00' });
    const one = itemOf(await decide(withEvent(app, 0, { casesResolved: 1 })), 'ip-dispute-mediation', 'E-1');
    // 2000 × 1 = 2000.00
    expect({ eligible: one.eligible, amount: one.amount }).toEqual({ eligible: true, amount: '2000.00' });
  });

  it('refuses a count written as a string or a fraction', () => {
    for (const casesResolved of ['3', 2.5]) {
      expect(policies()[0].safeEvaluate(withEvent(app, 0, { casesResolved })).ok).toBe(false);
    }
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'ip-dispute-mediation', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'ip-dispute-mediation', 0);
  });

  describe('the clause cap of 100000', () => {
    it.each([
      [49, '98000.00', '98000.00'], // 2000 × 49 = 98000
      [50, '100000.00', '100000.00'], // 2000 × 50 = 100000: at the cap, no cut
      [51, '102000.00', '100000.00'], // 2000 × 51 = 102000 → 100000
    ])('%i cases: base %s, paid %s', async (casesResolved, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { casesResolved })), 'ip-dispute-mediation', 'E-1');
      expect([item.baseAmount, item.amount]).toEqual([base, paid]);
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it.each([
      ['1999.99', '98000.00', []], // 1999.99 + 98000 = 99999.99: just under the cap, not cut
      ['2000.00', '98000.00', []], // 2000.00 + 98000 = 100000.00: exactly at the cap, not cut
      ['2000.01', '97999.99', ['clause-cap']], // 2000.01 + 98000 = 100000.01: one fen over; cut to 100000 − 2000.01 = 97999.99
    ])('49 cases (2000 × 49 = 98000) after %s already paid this year: paid %s', async (already, paid, kinds) => {
      const d = await decide(withHistory(withEvent(app, 0, { casesResolved: 49 }), [{ clause: 'ip-dispute-mediation', year: 2026, subjectKey: 'E-0', amount: already }]));
      const item = itemOf(d, 'ip-dispute-mediation', 'E-1');
      expect(item.amount).toBe(paid);
      expect(item.adjustments.map((a) => a.kind)).toEqual(kinds);
    });

    it('cuts the later of two reports (mediation, then arbitration) first', async () => {
      // E-1 (2025-06-30): 2000 × 30 = 60000; E-2 (2025-12-31): 2000 × 25 = 50000; 110000 > 100000 → E-2 gets 40000.
      const d = await decide({ ...app, events: [cases('E-2', 25, { mechanism: 'arbitration' }), cases('E-1', 30, { date: '2025-06-30' })] });
      expect(itemOf(d, 'ip-dispute-mediation', 'E-1').amount).toBe('60000.00');
      expect(itemOf(d, 'ip-dispute-mediation', 'E-2').amount).toBe('40000.00');
      expect(d.total).toBe('100000.00');
    });
  });
});
