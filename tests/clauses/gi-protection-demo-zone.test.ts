import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withEvent, withHistory } from '../support/golden.js';

// Article 4.2: project funds by stage — national preparation 300000, national
// accepted 500000, provincial 100000 — once per zoneName, paying the difference:
// what the same zone received before under this clause is deducted.

const zone = (id: string, zoneName: string, stage: string, date = '2025-12-11') => ({ id, type: 'gi-demo-zone', date, zoneName, stage });
const app: Application = { applicant: applicant('government-body'), events: [zone('E-1', '连平鹰嘴蜜桃保护示范区', 'national-preparation')] };
const paid = (year: number, zoneName: string, amount: string, extra: Record<string, unknown> = {}) => ({
  clause: 'gi-protection-demo-zone',
  year,
  subjectKey: zoneName,
  amount,
  ...extra,
});

describe('gi-protection-demo-zone (4.2)', () => {
  it.each([
    ['national-preparation', '300000.00'],
    ['national-accepted', '500000.00'],
    ['provincial', '100000.00'],
  ])('a zone at stage %s pays %s', async (stage, amount) => {
    const item = itemOf(await decide(withEvent(app, 0, { stage })), 'gi-protection-demo-zone', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, subjectKey: '连平鹰嘴蜜桃保护示范区', part: 'services', nature: 'project' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'gi-protection-demo-zone', 0, 'industry-association');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'gi-protection-demo-zone', 0);
  });

  describe('once per zone, paying the difference', () => {
    it('a zone paid 100000 as provincial in 2024 gets 300000 − 100000 = 200000 on national preparation', async () => {
      const d = await decide(withHistory(app, [paid(2024, '连平鹰嘴蜜桃保护示范区', '100000.00')]));
      const item = itemOf(d, 'gi-protection-demo-zone', 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '300000.00', amount: '200000.00' });
      expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['once-only-difference', '300000.00', '200000.00']]);
      expect(item.adjustments[0]!.reason.en).toContain('100000.00');
    });

    it('earlier payments add up: 100000 (2023) + 300000 (2024) leave 500000 − 400000 = 100000 on acceptance', async () => {
      const d = await decide(
        withHistory(withEvent(app, 0, { stage: 'national-accepted' }), [
          paid(2023, '连平鹰嘴蜜桃保护示范区', '100000.00'),
          paid(2024, '连平鹰嘴蜜桃保护示范区', '300000.00'),
        ]),
      );
      expect(itemOf(d, 'gi-protection-demo-zone', 'E-1').amount).toBe('100000.00');
    });

    it.each([
      ['299999.99', '0.01'], // 300000 − 299999.99
      ['300000.00', '0.00'], // already paid in full
      ['500000.00', '0.00'], // paid more before (accepted, now re-applying at preparation): never below zero
    ])('after %s paid before, national preparation pays %s', async (before, amount) => {
      const d = await decide(withHistory(app, [paid(2024, '连平鹰嘴蜜桃保护示范区', before)]));
      expect(itemOf(d, 'gi-protection-demo-zone', 'E-1').amount).toBe(amount);
    });

    it('payments for another zone, under another clause, or clawed back are not deducted', async () => {
      const d = await decide(
        withHistory(app, [
          paid(2024, '龙川猫耳山茶保护示范区', '100000.00'),
          { clause: 'gi-product', year: 2024, subjectKey: '连平鹰嘴蜜桃保护示范区', amount: '200000.00' },
          paid(2020, '连平鹰嘴蜜桃保护示范区', '100000.00', { clawedBack: true }),
        ]),
      );
      expect(itemOf(d, 'gi-protection-demo-zone', 'E-1').amount).toBe('300000.00');
    });

    it('two events for the same zone in one application: only the first in item order is paid', async () => {
      // E-2 provincial (2025-04-01) comes first by date and is paid 100000; E-1 national preparation (2025-12-11) is not paid.
      const d = await decide({ ...app, events: [zone('E-1', '连平鹰嘴蜜桃保护示范区', 'national-preparation'), zone('E-2', '连平鹰嘴蜜桃保护示范区', 'provincial', '2025-04-01')] });
      expect(itemOf(d, 'gi-protection-demo-zone', 'E-2').amount).toBe('100000.00');
      const second = itemOf(d, 'gi-protection-demo-zone', 'E-1');
      expect(second.amount).toBe('0.00');
      expect(second.adjustments.map((a) => a.kind)).toEqual(['once-only']);
      expect(d.total).toBe('100000.00');
    });

    it('two zones in one application are both paid', async () => {
      // 300000 + 100000 = 400000
      const d = await decide({ ...app, events: [zone('E-1', '连平鹰嘴蜜桃保护示范区', 'national-preparation'), zone('E-2', '龙川猫耳山茶保护示范区', 'provincial')] });
      expect(d.total).toBe('400000.00');
    });
  });
});
