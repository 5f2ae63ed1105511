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

// Article 2.13: a fixed 10000 to an enterprise newly approved to use the GI
// special mark, once per applicant per giName.

const authorization = (id: string, giName: string, date = '2025-08-08') => ({ id, type: 'gi-mark-authorization', date, giName, approved: true });
const app: Application = { applicant: applicant('enterprise'), events: [authorization('E-1', '紫金春甜桔')] };
const C = 'gi-mark-authorization';

describe('gi-mark-authorization (2.13)', () => {
  it('an enterprise approved to use the mark gets 10000.00', async () => {
    const item = itemOf(await decide(app), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '10000.00', amount: '10000.00', subjectKey: '紫金春甜桔', adjustments: [] });
  });

  it('fails C1 alone when the use is not approved', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { approved: false })), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'government-body');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  describe('once per applicant per GI', () => {
    it('is not paid again for a GI the applicant was rewarded for before', async () => {
      const d = await decide(withHistory(app, [{ clause: C, year: 2022, subjectKey: '紫金春甜桔', amount: '10000.00' }]));
      const item = itemOf(d, C, 'E-1');
      expect(item).toMatchObject({ eligible: true, amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
    });

    it('pays the first of two approvals for the same GI, and another GI on its own', async () => {
      const d = await decide({
        ...app,
        events: [authorization('E-2', '紫金春甜桔', '2025-11-01'), authorization('E-1', '紫金春甜桔', '2025-02-01'), authorization('E-3', '龙川山茶油')],
      });
      expect(itemOf(d, C, 'E-1').amount).toBe('10000.00');
      expect(itemOf(d, C, 'E-2').amount).toBe('0.00');
      expect(itemOf(d, C, 'E-3').amount).toBe('10000.00');
      expect(d.total).toBe('20000.00'); // 2 × 10000
    });
  });
});
