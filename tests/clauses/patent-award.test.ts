import { describe, expect, it } from 'vitest';
import { applicant, type Application, blocking, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withHistory } from '../support/golden.js';

// Article 1.5: a fixed award by scheme and level; the same patent is paid once,
// at the highest award (take-the-higher group `same-patent`).

const award = (id: string, scheme: string, level: string, patentNumber: string, date = '2025-07-15') => ({
  id,
  type: 'award',
  date,
  scheme,
  level,
  patentNumber,
});

const app: Application = { applicant: applicant('enterprise'), events: [award('E-1', 'guangdong-patent-award', 'silver', 'ZL1')] };

describe('patent-award (1.5)', () => {
  it.each([
    ['china-patent-award', 'gold', '300000.00'],
    ['china-patent-award', 'silver', '200000.00'],
    ['china-patent-award', 'excellent', '100000.00'],
    ['china-design-award', 'gold', '300000.00'],
    ['china-design-award', 'silver', '200000.00'],
    ['china-design-award', 'excellent', '100000.00'],
    ['guangdong-patent-award', 'gold', '100000.00'],
    ['guangdong-patent-award', 'silver', '80000.00'],
    ['guangdong-patent-award', 'excellent', '50000.00'],
  ])('a %s %s pays %s', async (scheme, level, amount) => {
    const item = itemOf(await decide({ ...app, events: [award('E-1', scheme, level, 'ZL1')] }), 'patent-award', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount });
    expect(item.computation?.key).toBe(`${scheme}:${level}`);
    expect(item.figures).toEqual([
      { name: `table:${scheme}:${level}`, value: amount.replace('.00', ''), ceiling: amount.replace('.00', ''), source: 'policy' },
      { name: 'clauseCap', value: null, ceiling: null, source: 'policy' },
    ]);
  });

  it('rewards individuals too', async () => {
    const d = await decide({ ...app, applicant: applicant('individual') });
    expect(itemOf(d, 'patent-award', 'E-1').amount).toBe('80000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'patent-award', 0, 'service-agency');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'patent-award', 0);
  });

  it('pays the same patent once, at the higher award', async () => {
    // ZL1: Guangdong gold 100000 vs China silver 200000 → only the China silver is paid.
    // ZL2: a different patent, paid on its own: 50000.
    const d = await decide({
      ...app,
      events: [
        award('E-1', 'guangdong-patent-award', 'gold', 'ZL1', '2025-03-01'),
        award('E-2', 'china-patent-award', 'silver', 'ZL1', '2025-11-01'),
        award('E-3', 'guangdong-patent-award', 'excellent', 'ZL2'),
      ],
    });
    const loser = itemOf(d, 'patent-award', 'E-1');
    expect(loser).toMatchObject({ eligible: true, baseAmount: '100000.00', amount: '0.00' });
    expect(loser.adjustments.map((a) => a.kind)).toEqual(['take-the-higher']);
    expect(loser.adjustments[0]!.reason.en).toContain('E-2');
    expect(loser.adjustments[0]!.reason.zh).toContain('就高');
    expect(itemOf(d, 'patent-award', 'E-2').amount).toBe('200000.00');
    expect(itemOf(d, 'patent-award', 'E-3').amount).toBe('50000.00');
    expect(d.total).toBe('250000.00'); // 200000 + 50000
  });

  it('on a tie pays the first in item order (date, then id)', async () => {
    // China excellent 100000 (2025-05-01) and Guangdong gold 100000 (2025-04-01), same patent:
    // the tie goes to the earlier event, E-9.
    const d = await decide({
      ...app,
      events: [award('E-1', 'china-patent-award', 'excellent', 'ZL1', '2025-05-01'), award('E-9', 'guangdong-patent-award', 'gold', 'ZL1', '2025-04-01')],
    });
    expect(itemOf(d, 'patent-award', 'E-9').amount).toBe('100000.00');
    expect(itemOf(d, 'patent-award', 'E-1').amount).toBe('0.00');
  });

  it('a take-the-higher loser that is ineligible does not count', async () => {
    const d = await decide({
      ...app,
      events: [award('E-1', 'china-patent-award', 'gold', 'ZL1', '2024-12-31'), award('E-2', 'guangdong-patent-award', 'excellent', 'ZL1')],
    });
    expect(blocking(itemOf(d, 'patent-award', 'E-1'))).toEqual(['G4']);
    expect(itemOf(d, 'patent-award', 'E-2').amount).toBe('50000.00');
  });

  describe('the 2026 per-applicant cap of 600000', () => {
    const three = {
      ...app,
      events: [
        award('E-1', 'china-patent-award', 'gold', 'ZL1', '2025-02-01'),
        award('E-2', 'china-design-award', 'gold', 'ZL2', '2025-03-01'),
        award('E-3', 'guangdong-patent-award', 'excellent', 'ZL3', '2025-04-01'),
      ],
    };

    it('pays exactly the cap and cuts the last item', async () => {
      // 300000 + 300000 = 600000 reaches the cap; E-3's 50000 is cut to 0.
      const d = await decide(three);
      expect(d.items.map((i) => i.amount)).toEqual(['300000.00', '300000.00', '0.00']);
      expect(itemOf(d, 'patent-award', 'E-3').adjustments.map((a) => a.kind)).toEqual(['applicant-cap']);
      expect(d.total).toBe('600000.00');
    });

    it('counts 0.01 already paid this year: the second award is cut by one fen', async () => {
      // 600000 − 0.01 = 599999.99 left: E-1 300000.00, E-2 299999.99, E-3 0.
      const d = await decide(withHistory(three, [{ clause: 'gi-product', year: 2026, subjectKey: 'x', amount: '0.01' }]));
      expect(d.items.map((i) => i.amount)).toEqual(['300000.00', '299999.99', '0.00']);
    });

    it('does not cut at 0.01 under the cap', async () => {
      // Only E-1 and E-2: 600000.00, with 0 paid before: nothing cut.
      const d = await decide({ ...three, events: three.events.slice(0, 2) });
      expect(d.items.flatMap((i) => i.adjustments)).toEqual([]);
    });
  });
});
