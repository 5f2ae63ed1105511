import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withHistory } from '../support/golden.js';

// Article 2.12: a fixed 100000 to an industry association for a newly
// registered GI certification or collective mark, once per trademarkNumber.

const mark = (id: string, trademarkNumber: string, markKind = 'certification', date = '2025-05-20') => ({
  id,
  type: 'gi-trademark-registered',
  date,
  giName: '和平猕猴桃',
  trademarkNumber,
  markKind,
});
const app: Application = { applicant: applicant('industry-association'), events: [mark('E-1', 'TM-1')] };
const C = 'gi-trademark';

describe('gi-trademark (2.12)', () => {
  it.each(['certification', 'collective'])('a %s mark pays 100000.00', async (markKind) => {
    const item = itemOf(await decide({ ...app, events: [mark('E-1', 'TM-1', markKind)] }), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '100000.00', amount: '100000.00', subjectKey: 'TM-1', adjustments: [] });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'government-body');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it('is not paid again for a mark rewarded in an earlier year', async () => {
    const d = await decide(withHistory(app, [{ clause: C, year: 2024, subjectKey: 'TM-1', amount: '100000.00' }]));
    const item = itemOf(d, C, 'E-1');
    expect(item).toMatchObject({ eligible: true, amount: '0.00' });
    expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
  });

  it('pays the first of two events for the same mark in one application', async () => {
    const d = await decide({ ...app, events: [mark('E-2', 'TM-1', 'certification', '2025-10-01'), mark('E-1', 'TM-1', 'certification', '2025-04-01')] });
    expect(itemOf(d, C, 'E-1').amount).toBe('100000.00');
    expect(itemOf(d, C, 'E-2').amount).toBe('0.00');
  });

  it('a certification mark and a collective mark for the same GI are two marks: 2 × 100000', async () => {
    const d = await decide({ ...app, events: [mark('E-1', 'TM-1', 'certification'), mark('E-2', 'TM-2', 'collective')] });
    expect(d.total).toBe('200000.00');
  });
});
