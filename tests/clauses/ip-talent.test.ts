import { describe, expect, it } from 'vitest';
import { applicant, type Application, blocking, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withEvent, withHistory } from '../support/golden.js';

// Article 5.1: an individual working in Heyuan who obtained a senior IP title
// (10000), an associate senior title (5000) or the patent-attorney
// qualification (5000); once per person per qualification.

const qualification = (id: string, q: string, date = '2025-12-05') => ({ id, type: 'talent-qualification', date, qualification: q, employedInHeyuan: true });
const app: Application = { applicant: applicant('individual', { id: 'P-1', name: '李明' }), events: [qualification('E-1', 'patent-attorney')] };

describe('ip-talent (5.1)', () => {
  it.each([
    ['senior-title', '10000.00'],
    ['associate-senior-title', '5000.00'],
    ['patent-attorney', '5000.00'],
  ])('a person with %s working in Heyuan gets %s', async (q, amount) => {
    const item = itemOf(await decide(withEvent(app, 0, { qualification: q })), 'ip-talent', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, subjectKey: q, part: 'culture', article: '5.1' });
  });

  it('fails C1 alone for a person not working in Heyuan', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { employedInHeyuan: false })), 'ip-talent', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
  });

  it('fails each general condition alone (an enterprise is not a person)', async () => {
    await expectGeneralConditions(app, 'ip-talent', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'ip-talent', 0);
  });

  describe('once per person per qualification', () => {
    it('a patent-attorney qualification rewarded in 2023 is not paid again', async () => {
      const d = await decide(withHistory(app, [{ clause: 'ip-talent', year: 2023, subjectKey: 'patent-attorney', amount: '5000.00' }]));
      const item = itemOf(d, 'ip-talent', 'E-1');
      expect(item).toMatchObject({ eligible: true, amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
    });

    it('an earlier associate senior title does not stop a senior title, nor is it deducted', async () => {
      const d = await decide(withHistory(withEvent(app, 0, { qualification: 'senior-title' }), [{ clause: 'ip-talent', year: 2024, subjectKey: 'associate-senior-title', amount: '5000.00' }]));
      expect(itemOf(d, 'ip-talent', 'E-1').amount).toBe('10000.00');
    });

    it('the same qualification twice in one application is paid once; a different one alongside is paid', async () => {
      // E-2 patent-attorney (2025-02-01) 5000; E-1 patent-attorney: 0; E-3 associate senior title 5000. Total 10000.
      const d = await decide({
        ...app,
        events: [qualification('E-1', 'patent-attorney'), qualification('E-2', 'patent-attorney', '2025-02-01'), qualification('E-3', 'associate-senior-title')],
      });
      expect(itemOf(d, 'ip-talent', 'E-2').amount).toBe('5000.00');
      expect(itemOf(d, 'ip-talent', 'E-1').amount).toBe('0.00');
      expect(itemOf(d, 'ip-talent', 'E-3').amount).toBe('5000.00');
      expect(d.total).toBe('10000.00');
    });
  });
});
