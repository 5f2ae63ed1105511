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

// Article 1.1: a project grant by level for an accepted high-value patent
// cultivation centre (city 100000, provincial 200000), once per centerId;
// higher-level funding for the same centre is deducted (top-up).

const center = (id: string, centerId: string, level: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'high-value-patent-center',
  date: '2025-06-30',
  centerId,
  level,
  accepted: true,
  ...extra,
});

const app: Application = { applicant: applicant('enterprise'), events: [center('E-1', 'HVC-1', 'provincial')] };

describe('high-value-patent-center (1.1)', () => {
  it.each([
    ['city', '100000.00'],
    ['provincial', '200000.00'],
  ])('an accepted %s-level centre gets %s', async (level, amount) => {
    const item = itemOf(await decide(withEvent(app, 0, { level })), 'high-value-patent-center', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, subjectKey: 'HVC-1', adjustments: [] });
    expect(item.computation?.key).toBe(level);
  });

  it.each(['university', 'research-institute'] as const)('a %s may apply too', async (kind) => {
    const item = itemOf(await decide({ ...app, applicant: applicant(kind) }), 'high-value-patent-center', 'E-1');
    expect(item.amount).toBe('200000.00');
  });

  it('fails C1 alone when the centre has not passed acceptance', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { accepted: false })), 'high-value-patent-center', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'high-value-patent-center', 0, 'service-agency');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'high-value-patent-center', 0);
  });

  describe('top-up over higher-level funding for the same centre', () => {
    it.each([
      ['150000', '50000.00'], // 200000 − 150000 = 50000
      ['199999.99', '0.01'], // 200000 − 199999.99 = 0.01
      ['200000', '0.00'], // 200000 − 200000 = 0
      ['250000', '0.00'], // 200000 − 250000 < 0 → 0, never negative
    ])('provincial centre with %s from above gets %s', async (higherLevelFunding, amount) => {
      const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding })), 'high-value-patent-center', 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '200000.00', amount });
      expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-top-up', '200000.00', amount]]);
    });
  });

  describe('once per centre', () => {
    it('is not paid again for a centre funded in an earlier year', async () => {
      const d = await decide(withHistory(app, [{ clause: 'high-value-patent-center', year: 2024, subjectKey: 'HVC-1', amount: '100000.00' }]));
      const item = itemOf(d, 'high-value-patent-center', 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '200000.00', amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
      expect(item.adjustments[0]!.reason.en).toContain('in 2024');
    });

    it('an earlier grant for another centre, or under another clause, does not count', async () => {
      const d = await decide(
        withHistory(app, [
          { clause: 'high-value-patent-center', year: 2024, subjectKey: 'HVC-2', amount: '100000.00' },
          { clause: 'patent-navigation', year: 2024, subjectKey: 'HVC-1', amount: '100000.00' },
        ]),
      );
      expect(itemOf(d, 'high-value-patent-center', 'E-1').amount).toBe('200000.00');
    });

    it('pays the first of two events for the same centre in one application', async () => {
      const d = await decide({
        ...app,
        events: [center('E-2', 'HVC-1', 'provincial', { date: '2025-11-01' }), center('E-1', 'HVC-1', 'city', { date: '2025-03-01' })],
      });
      expect(itemOf(d, 'high-value-patent-center', 'E-1').amount).toBe('100000.00');
      const second = itemOf(d, 'high-value-patent-center', 'E-2');
      expect(second.amount).toBe('0.00');
      expect(second.adjustments.map((a) => a.kind)).toEqual(['once-only']);
      expect(d.total).toBe('100000.00');
    });

    it('pays two different centres', async () => {
      // 200000 + 100000 = 300000
      const d = await decide({ ...app, events: [center('E-1', 'HVC-1', 'provincial'), center('E-2', 'HVC-2', 'city')] });
      expect(d.total).toBe('300000.00');
    });
  });
});
