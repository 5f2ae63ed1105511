import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withEvent } from '../support/golden.js';

// Article 4.1: an award by designation level — national demonstration 500000,
// national pilot 300000, provincial 100000 — topped up over higher-level funding.

const designation = (id: string, level: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'strong-ip-designation',
  date: '2025-09-15',
  level,
  designation: 'county',
  ...extra,
});
const app: Application = { applicant: applicant('government-body'), events: [designation('E-1', 'national-pilot')] };

describe('strong-ip-county-park (4.1)', () => {
  it.each([
    ['national-demonstration', '500000.00'],
    ['national-pilot', '300000.00'],
    ['provincial', '100000.00'],
  ])('a %s designation pays %s', async (level, amount) => {
    const item = itemOf(await decide(withEvent(app, 0, { level })), 'strong-ip-county-park', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, part: 'services', article: '4.1', nature: 'award' });
    expect(item.computation?.key).toBe(level);
  });

  it('pays a park committee the same as a county', async () => {
    expect(itemOf(await decide(withEvent(app, 0, { designation: 'park' })), 'strong-ip-county-park', 'E-1').amount).toBe('300000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'strong-ip-county-park', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'strong-ip-county-park', 0);
  });

  describe('top-up over higher-level funding', () => {
    it.each([
      ['120000.00', '180000.00'], // 300000 − 120000 = 180000
      ['0.01', '299999.99'], // 300000 − 0.01
      ['299999.99', '0.01'], // 300000 − 299999.99
      ['300000.00', '0.00'], // funded in full already
      ['450000.00', '0.00'], // more than the award: never below zero
    ])('with %s from the province or nation, pays %s', async (higherLevelFunding, paid) => {
      const item = itemOf(await decide(withEvent(app, 0, { higherLevelFunding })), 'strong-ip-county-park', 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '300000.00', amount: paid });
      expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-top-up', '300000.00', paid]]);
    });

    it('no higher-level funding: no adjustment', async () => {
      expect(itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '0' })), 'strong-ip-county-park', 'E-1').adjustments).toEqual([]);
    });
  });

  it('has no once-only limit, but the per-applicant cap of 600000 cuts the later of a county and a park designation', async () => {
    // E-1 county national demonstration 500000 (2025-03-01); E-2 park national pilot 300000 (2025-09-15).
    // 500000 + 300000 = 800000 > 600000: E-2 is cut to 600000 − 500000 = 100000.
    const d = await decide({
      ...app,
      events: [designation('E-2', 'national-pilot', { designation: 'park' }), designation('E-1', 'national-demonstration', { date: '2025-03-01' })],
    });
    expect(itemOf(d, 'strong-ip-county-park', 'E-1').amount).toBe('500000.00');
    const cut = itemOf(d, 'strong-ip-county-park', 'E-2');
    expect(cut.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['applicant-cap', '300000.00', '100000.00']]);
    expect(d.total).toBe('600000.00');
  });
});
