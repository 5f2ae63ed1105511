import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withHistory } from '../support/golden.js';

// Article 2.11: a fixed 200000 for a newly approved national GI product, once per giName.

const gi = (id: string, giName: string, date = '2025-09-01') => ({ id, type: 'gi-product-approved', date, giName });
const app: Application = { applicant: applicant('industry-association'), events: [gi('E-1', '连平鹰嘴蜜桃')] };

describe('gi-product (2.11)', () => {
  it.each(['industry-association', 'government-body', 'public-institution'] as const)('a %s gets 200000.00', async (kind) => {
    const item = itemOf(await decide({ ...app, applicant: applicant(kind) }), 'gi-product', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '200000.00', amount: '200000.00', subjectKey: '连平鹰嘴蜜桃' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'gi-product', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'gi-product', 0);
  });

  it('is not paid again for a GI already rewarded in an earlier year', async () => {
    const d = await decide(withHistory(app, [{ clause: 'gi-product', year: 2023, subjectKey: '连平鹰嘴蜜桃', amount: '200000.00' }]));
    const item = itemOf(d, 'gi-product', 'E-1');
    expect(item).toMatchObject({ eligible: true, amount: '0.00' });
    expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
    expect(item.adjustments[0]!.reason.en).toContain('in 2023');
  });

  it('an earlier award for another GI, or one clawed back, does not count', async () => {
    const d = await decide(
      withHistory(app, [
        { clause: 'gi-product', year: 2023, subjectKey: '龙川猫耳山茶', amount: '200000.00' },
        { clause: 'gi-product', year: 2020, subjectKey: '连平鹰嘴蜜桃', amount: '200000.00', clawedBack: true },
      ]),
    );
    expect(itemOf(d, 'gi-product', 'E-1').amount).toBe('200000.00');
  });

  it('pays the first of two events for the same GI in one application', async () => {
    const d = await decide({ ...app, events: [gi('E-2', '连平鹰嘴蜜桃', '2025-10-01'), gi('E-1', '连平鹰嘴蜜桃', '2025-09-01')] });
    expect(itemOf(d, 'gi-product', 'E-1').amount).toBe('200000.00');
    expect(itemOf(d, 'gi-product', 'E-2').amount).toBe('0.00');
    expect(d.total).toBe('200000.00');
  });

  it('the 2026 per-applicant cap of 600000: three GIs fit, a fourth is cut; one fen paid before cuts the third by one fen', async () => {
    const four = { ...app, events: ['甲', '乙', '丙', '丁'].map((n, i) => gi(`E-${i + 1}`, n, `2025-0${i + 1}-15`)) };
    // 3 × 200000 = 600000: the cap exactly; E-4 gets 0.
    expect((await decide(four)).items.map((i) => i.amount)).toEqual(['200000.00', '200000.00', '200000.00', '0.00']);
    // 600000 − 0.01 = 599999.99: E-3 gets 199999.99.
    const d = await decide(withHistory(four, [{ clause: 'patent-award', year: 2026, subjectKey: 'x', amount: '0.01' }]));
    expect(d.items.map((i) => i.amount)).toEqual(['200000.00', '200000.00', '199999.99', '0.00']);
  });

  it('top-up is not this clause: higher-level funding does not reduce it', async () => {
    const d = await decide({ ...app, events: [{ ...gi('E-1', '连平鹰嘴蜜桃'), higherLevelFunding: '500000' }] });
    expect(itemOf(d, 'gi-product', 'E-1').amount).toBe('200000.00');
  });
});
