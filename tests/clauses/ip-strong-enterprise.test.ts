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

// Article 1.3: an award by stage and programme for an IP demonstration or
// advantage enterprise; renewals are rewarded only for the national
// programmes; several designations of one enterprise in a year: only the
// highest is paid (group `enterprise-designation`); top-up over higher-level funding.

const designation = (id: string, stage: string, programme: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'ip-enterprise-designation',
  date: '2025-05-10',
  stage,
  programme,
  ...extra,
});

const app: Application = { applicant: applicant('enterprise'), events: [designation('E-1', 'new', 'provincial-demonstration')] };

describe('ip-strong-enterprise (1.3)', () => {
  it.each([
    ['new', 'national-demonstration', '200000.00'],
    ['new', 'national-advantage', '100000.00'],
    ['new', 'provincial-demonstration', '50000.00'],
    ['new', 'city-demonstration', '30000.00'],
    ['renewal', 'national-demonstration', '30000.00'],
    ['renewal', 'national-advantage', '20000.00'],
  ])('a %s %s designation pays %s', async (stage, programme, amount) => {
    const item = itemOf(await decide({ ...app, events: [designation('E-1', stage, programme)] }), 'ip-strong-enterprise', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, adjustments: [] });
    expect(item.computation?.key).toBe(`${stage}:${programme}`);
  });

  it.each(['provincial-demonstration', 'city-demonstration'])('a renewal of a %s designation is not eligible, and says why (C1 and C2)', async (programme) => {
    const item = itemOf(await decide({ ...app, events: [designation('E-1', 'renewal', programme)] }), 'ip-strong-enterprise', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1', 'C2'], amount: '0.00' });
    expect(item.conditions.find((c) => c.id === 'C2')!.failure?.en).toContain('renewed provincial or city');
  });

  it('flipping stage alone: a new city designation (C2 not met, C1 met) becomes a renewal → C1 and C2 block', async () => {
    const city: Application = { ...app, events: [designation('E-1', 'new', 'city-demonstration')] };
    const ok = itemOf(await decide(city), 'ip-strong-enterprise', 'E-1');
    expect({ eligible: ok.eligible, blocking: blocking(ok), c2: ok.conditions.find((c) => c.id === 'C2')!.passed }).toEqual({ eligible: true, blocking: [], c2: false });
    const item = itemOf(await decide(withEvent(city, 0, { stage: 'renewal' })), 'ip-strong-enterprise', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item) }).toEqual({ eligible: false, blocking: ['C1', 'C2'] });
  });

  it('flipping programme alone: a renewed national advantage (C1 not met, C2 met) becomes a renewed city one → C1 and C2 block', async () => {
    const renewal: Application = { ...app, events: [designation('E-1', 'renewal', 'national-advantage')] };
    const ok = itemOf(await decide(renewal), 'ip-strong-enterprise', 'E-1');
    expect({ eligible: ok.eligible, amount: ok.amount, c1: ok.conditions.find((c) => c.id === 'C1')!.passed }).toEqual({ eligible: true, amount: '20000.00', c1: false });
    const item = itemOf(await decide(withEvent(renewal, 0, { programme: 'city-demonstration' })), 'ip-strong-enterprise', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item) }).toEqual({ eligible: false, blocking: ['C1', 'C2'] });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'ip-strong-enterprise', 0, 'university');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'ip-strong-enterprise', 0);
  });

  describe('take the higher within the enterprise-designation group', () => {
    it('pays only the highest of several designations in one year', async () => {
      // national advantage 100000 > provincial 50000 > city 30000: only E-2 is paid.
      const d = await decide({
        ...app,
        events: [
          designation('E-1', 'new', 'city-demonstration', { date: '2025-02-01' }),
          designation('E-2', 'new', 'national-advantage', { date: '2025-09-01' }),
          designation('E-3', 'new', 'provincial-demonstration', { date: '2025-12-01' }),
        ],
      });
      expect(d.items.filter((i) => i.clause === 'ip-strong-enterprise').map((i) => [i.subject, i.baseAmount, i.amount])).toEqual([
        ['E-1', '30000.00', '0.00'],
        ['E-2', '100000.00', '100000.00'],
        ['E-3', '50000.00', '0.00'],
      ]);
      const loser = itemOf(d, 'ip-strong-enterprise', 'E-1');
      expect(loser.adjustments.map((a) => a.kind)).toEqual(['take-the-higher']);
      expect(loser.adjustments[0]!.reason.en).toContain('E-2');
      expect(d.total).toBe('100000.00');
    });

    it('on a tie pays the first in item order', async () => {
      // new city 30000 (2025-08-01) and renewed national demonstration 30000 (2025-03-01): the earlier, E-2, is paid.
      const d = await decide({
        ...app,
        events: [designation('E-1', 'new', 'city-demonstration', { date: '2025-08-01' }), designation('E-2', 'renewal', 'national-demonstration', { date: '2025-03-01' })],
      });
      expect(itemOf(d, 'ip-strong-enterprise', 'E-2').amount).toBe('30000.00');
      expect(itemOf(d, 'ip-strong-enterprise', 'E-1').amount).toBe('0.00');
    });

    it('an ineligible renewal does not take part', async () => {
      const d = await decide({
        ...app,
        events: [designation('E-1', 'renewal', 'provincial-demonstration'), designation('E-2', 'new', 'city-demonstration')],
      });
      expect(itemOf(d, 'ip-strong-enterprise', 'E-1').eligible).toBe(false);
      expect(itemOf(d, 'ip-strong-enterprise', 'E-2').amount).toBe('30000.00');
    });
  });

  describe('top-up over higher-level funding', () => {
    it.each([
      ['150000', '50000.00'], // 200000 − 150000 = 50000
      ['199999.99', '0.01'], // 200000 − 199999.99 = 0.01
      ['200000', '0.00'], // nothing left
      ['300000', '0.00'], // never below zero
    ])('a new national demonstration enterprise with %s from above gets %s', async (higherLevelFunding, amount) => {
      const d = await decide({ ...app, events: [designation('E-1', 'new', 'national-demonstration', { higherLevelFunding })] });
      const item = itemOf(d, 'ip-strong-enterprise', 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '200000.00', amount });
      expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-top-up', '200000.00', amount]]);
    });

    it('the group compares amounts after the top-up', async () => {
      // E-1: 200000 − 180000 = 20000; E-2: city 30000 > 20000, so E-2 is paid and E-1 loses.
      const d = await decide({
        ...app,
        events: [designation('E-1', 'new', 'national-demonstration', { higherLevelFunding: '180000' }), designation('E-2', 'new', 'city-demonstration')],
      });
      expect(itemOf(d, 'ip-strong-enterprise', 'E-1').adjustments.map((a) => [a.kind, a.after])).toEqual([
        ['higher-level-top-up', '20000.00'],
        ['take-the-higher', '0.00'],
      ]);
      expect(itemOf(d, 'ip-strong-enterprise', 'E-2').amount).toBe('30000.00');
      expect(d.total).toBe('30000.00');
    });
  });

  it('a large enterprise qualifies too (no SME condition)', async () => {
    expect(itemOf(await decide({ ...app, applicant: applicant('enterprise', { isSme: false }) }), 'ip-strong-enterprise', 'E-1').amount).toBe('50000.00');
  });
});
