import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withEvent, withHistory } from '../support/golden.js';

// Article 5.2: a school named national demonstration (50000), national pilot
// (30000) or provincial (20000) IP education school; once per applicant per level.

const school = (id: string, level: string, date = '2025-06-01') => ({ id, type: 'ip-education-school', date, level });
const app: Application = { applicant: applicant('public-institution', { name: '河源市第一中学' }), events: [school('E-1', 'national-pilot')] };

describe('ip-education-school (5.2)', () => {
  it.each([
    ['national-demonstration', '50000.00'],
    ['national-pilot', '30000.00'],
    ['provincial', '20000.00'],
  ])('a %s school gets %s', async (level, amount) => {
    const item = itemOf(await decide(withEvent(app, 0, { level })), 'ip-education-school', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, subjectKey: level, part: 'culture', article: '5.2' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'ip-education-school', 0, 'university');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'ip-education-school', 0);
  });

  describe('once per applicant per level', () => {
    it('a national pilot already rewarded in 2024 is not paid again', async () => {
      const d = await decide(withHistory(app, [{ clause: 'ip-education-school', year: 2024, subjectKey: 'national-pilot', amount: '30000.00' }]));
      const item = itemOf(d, 'ip-education-school', 'E-1');
      expect(item).toMatchObject({ eligible: true, amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
    });

    it('a provincial reward before does not stop the national pilot, and is not deducted', async () => {
      const d = await decide(withHistory(app, [{ clause: 'ip-education-school', year: 2024, subjectKey: 'provincial', amount: '20000.00' }]));
      expect(itemOf(d, 'ip-education-school', 'E-1').amount).toBe('30000.00');
    });

    it('the same level twice in one application is paid once', async () => {
      const d = await decide({ ...app, events: [school('E-1', 'national-pilot'), school('E-2', 'national-pilot', '2025-09-01')] });
      expect(itemOf(d, 'ip-education-school', 'E-1').amount).toBe('30000.00');
      expect(itemOf(d, 'ip-education-school', 'E-2').amount).toBe('0.00');
    });
  });
});
