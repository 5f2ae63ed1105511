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

// Article 3.4: a sum per data IP registration certificate, clause cap 50000 a year.
// Policy ceiling 10000 per certificate; the 2026 guideline lowers it to 8000.

const registration = (id: string, certificates: number, date = '2025-10-10') => ({ id, type: 'data-ip-registration', date, certificates });
const app: Application = { applicant: applicant('enterprise'), events: [registration('E-1', 3)] };

describe('data-ip-registration (3.4)', () => {
  it('in 2026 an enterprise with 3 certificates gets 8000 each: 24000.00', async () => {
    const d = await decide(app);
    const item = itemOf(d, 'data-ip-registration', 'E-1');
    // 8000 × 3 = 24000.00 (the guideline lowered the unit from 10000)
    expect(item).toMatchObject({ eligible: true, baseAmount: '24000.00', amount: '24000.00', adjustments: [], part: 'protection', article: '3.4' });
    expect(item.computation?.formula).toBe('8000.00 × 3 = 24000.00');
    expect(item.figures.find((f) => f.name === 'unit')).toEqual({ name: 'unit', value: '8000', ceiling: '10000', source: 'guideline' });
  });

  it.each(['enterprise', 'university', 'research-institute'] as const)('a %s may apply', async (kind) => {
    expect(itemOf(await decide({ ...app, applicant: applicant(kind) }), 'data-ip-registration', 'E-1').amount).toBe('24000.00');
  });

  it('fails C1 alone with no certificate; one certificate is enough (inclusive bound)', async () => {
    const none = itemOf(await decide(withEvent(app, 0, { certificates: 0 })), 'data-ip-registration', 'E-1');
    expect({ eligible: none.eligible, blocking: blocking(none), amount: none.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
    // 8000 × 1 = 8000.00
    expect(itemOf(await decide(withEvent(app, 0, { certificates: 1 })), 'data-ip-registration', 'E-1').amount).toBe('8000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'data-ip-registration', 0, 'service-agency');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'data-ip-registration', 0);
  });

  describe('the clause cap of 50000', () => {
    it.each([
      [6, '48000.00', '48000.00'], // 8000 × 6 = 48000: under
      [7, '56000.00', '50000.00'], // 8000 × 7 = 56000 → 50000
    ])('2026: %i certificates: base %s, paid %s', async (certificates, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { certificates })), 'data-ip-registration', 'E-1');
      expect([item.baseAmount, item.amount]).toEqual([base, paid]);
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it.each([
      [4, '40000.00', '40000.00'], // 10000 × 4 = 40000
      [5, '50000.00', '50000.00'], // 10000 × 5 = 50000: exactly the cap, no cut
      [6, '60000.00', '50000.00'], // 10000 × 6 = 60000 → 50000
    ])('at the policy figure of 10000 (a guideline without the patch): %i certificates: base %s, paid %s', async (certificates, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { certificates }), guidelineWith([])), 'data-ip-registration', 'E-1');
      expect([item.baseAmount, item.amount]).toEqual([base, paid]);
      expect(item.computation?.figure).toBe('10000');
    });

    it.each([
      ['1999.99', '48000.00', []], // 1999.99 + 48000 = 49999.99: just under, not cut
      ['2000.00', '48000.00', []], // 2000.00 + 48000 = 50000.00: exactly at the cap, not cut
      ['2000.01', '47999.99', ['clause-cap']], // 2000.01 + 48000 = 50000.01: one fen over; 50000 − 2000.01 = 47999.99
    ])('6 certificates (8000 × 6 = 48000) after %s already paid this year: paid %s', async (already, paid, kinds) => {
      const d = await decide(withHistory(withEvent(app, 0, { certificates: 6 }), [{ clause: 'data-ip-registration', year: 2026, subjectKey: 'E-0', amount: already }]));
      const item = itemOf(d, 'data-ip-registration', 'E-1');
      expect(item.amount).toBe(paid);
      expect(item.adjustments.map((a) => a.kind)).toEqual(kinds);
    });

    it('cuts the later of two registrations first', async () => {
      // E-1 (2025-03-01): 8000 × 4 = 32000; E-2 (2025-10-10): 8000 × 3 = 24000; 56000 > 50000 → E-2 gets 18000.
      const d = await decide({ ...app, events: [registration('E-2', 3), registration('E-1', 4, '2025-03-01')] });
      expect(itemOf(d, 'data-ip-registration', 'E-1').amount).toBe('32000.00');
      expect(itemOf(d, 'data-ip-registration', 'E-2').amount).toBe('18000.00');
    });
  });
});
