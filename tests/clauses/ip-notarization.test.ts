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

// Article 3.5: 50% of the notary fee paid for evidence preservation or deposit; clause cap 10000 a year.

const notarization = (id: string, feePaid: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'notarization',
  date: '2025-05-20',
  purpose: 'evidence-preservation',
  feePaid,
  ...extra,
});
const app: Application = { applicant: applicant('enterprise'), events: [notarization('E-1', '3600.00')] };

describe('ip-notarization (3.5)', () => {
  it('an enterprise that paid 3600.00 to preserve evidence gets 1800.00', async () => {
    const item = itemOf(await decide(app), 'ip-notarization', 'E-1');
    // 0.50 × 3600.00 = 1800.00
    expect(item).toMatchObject({ eligible: true, baseAmount: '1800.00', amount: '1800.00', adjustments: [], part: 'protection', article: '3.5' });
    expect(item.computation?.formula).toBe('0.50 × 3600.00 = 1800.00');
  });

  it.each(['evidence-preservation', 'deposit'])('C1 passes for purpose %s', async (purpose) => {
    const item = itemOf(await decide(withEvent(app, 0, { purpose })), 'ip-notarization', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: true, blocking: [], amount: '1800.00' });
  });

  it('C1: a purpose outside the two is refused by the schema', () => {
    // The schema allows exactly the purposes C1 accepts, so C1 cannot fail on valid input.
    const r = policies()[0].safeEvaluate(withEvent(app, 0, { purpose: 'contract' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual([['events', 0, 'purpose']]);
  });

  it('fails C2 alone when no fee was paid', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { feePaid: '0.00' })), 'ip-notarization', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C2'], amount: '0.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'ip-notarization', 0, 'service-agency');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'ip-notarization', 0);
  });

  it.each([
    ['100.01', '50.01'], // 0.50 × 100.01 = 50.005 → half-up 50.01
    ['0.01', '0.01'], // 0.50 × 0.01 = 0.005 → 0.01
    ['100.03', '50.02'], // 0.50 × 100.03 = 50.015 → 50.02
    ['100.02', '50.01'], // 0.50 × 100.02 = 50.01 exactly
  ])('rounds 50%% of %s half-up to the fen: %s', async (feePaid, expected) => {
    expect(itemOf(await decide(withEvent(app, 0, { feePaid })), 'ip-notarization', 'E-1').amount).toBe(expected);
  });

  describe('the clause cap of 10000', () => {
    it.each([
      ['19999.98', '9999.99', '9999.99'], // 0.50 × 19999.98 = 9999.99: under
      ['20000.00', '10000.00', '10000.00'], // 0.50 × 20000.00 = 10000.00: at the cap
      ['20000.02', '10000.01', '10000.00'], // 0.50 × 20000.02 = 10000.01: one fen over, cut
    ])('fee %s: base %s, paid %s', async (feePaid, base, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { feePaid })), 'ip-notarization', 'E-1');
      expect([item.baseAmount, item.amount]).toEqual([base, paid]);
      expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['clause-cap']);
    });

    it('cuts the later of several notarisations first, counting this year\'s earlier payments', async () => {
      // Already paid 2026: 3000.00. E-1 (2025-05-20): 0.50 × 3600 = 1800; E-2 (2025-09-01): 0.50 × 12000 = 6000.
      // 10000 − 3000 = 7000 left: E-1 1800, E-2 7000 − 1800 = 5200.
      const d = await decide(
        withHistory({ ...app, events: [notarization('E-2', '12000', { date: '2025-09-01', purpose: 'deposit' }), notarization('E-1', '3600.00')] }, [
          { clause: 'ip-notarization', year: 2026, subjectKey: 'E-0', amount: '3000.00' },
        ]),
      );
      expect(itemOf(d, 'ip-notarization', 'E-1').amount).toBe('1800.00');
      expect(itemOf(d, 'ip-notarization', 'E-2').amount).toBe('5200.00');
      expect(d.total).toBe('7000.00');
    });
  });

  it('is independent of higher-level funding', async () => {
    expect(itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '1000' })), 'ip-notarization', 'E-1').amount).toBe('1800.00');
  });
});
