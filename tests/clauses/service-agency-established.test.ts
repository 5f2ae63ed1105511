import { describe, expect, it } from 'vitest';
import { applicant, type Application, blocking, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withEvent, withHistory } from '../support/golden.js';

// Article 4.4: a fixed 50000 for an IP service agency established in Heyuan with
// at least two resident patent attorneys; once per applicant, ever.

const established = (id: string, patentAttorneys: number, date = '2025-04-18') => ({ id, type: 'agency-established', date, patentAttorneys });
const app: Application = { applicant: applicant('service-agency', { id: 'SA-7' }), events: [established('E-1', 3)] };

describe('service-agency-established (4.4)', () => {
  it('an agency with 3 resident patent attorneys gets 50000.00', async () => {
    const item = itemOf(await decide(app), 'service-agency-established', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '50000.00', amount: '50000.00', subjectKey: 'SA-7', part: 'services', article: '4.4' });
  });

  it('fails C1 alone with one patent attorney; two are enough (inclusive bound)', async () => {
    const one = itemOf(await decide(withEvent(app, 0, { patentAttorneys: 1 })), 'service-agency-established', 'E-1');
    expect({ eligible: one.eligible, blocking: blocking(one), amount: one.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
    const two = itemOf(await decide(withEvent(app, 0, { patentAttorneys: 2 })), 'service-agency-established', 'E-1');
    expect({ eligible: two.eligible, amount: two.amount }).toEqual({ eligible: true, amount: '50000.00' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'service-agency-established', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'service-agency-established', 0);
  });

  describe('once per applicant, ever', () => {
    it('an agency rewarded in 2021 is not paid again', async () => {
      const d = await decide(withHistory(app, [{ clause: 'service-agency-established', year: 2021, subjectKey: 'SA-7', amount: '50000.00' }]));
      const item = itemOf(d, 'service-agency-established', 'E-1');
      expect(item).toMatchObject({ eligible: true, amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
    });

    it('a reward recorded for another applicant, or clawed back, does not count', async () => {
      const d = await decide(
        withHistory(app, [
          { clause: 'service-agency-established', year: 2021, subjectKey: 'SA-8', amount: '50000.00' },
          { clause: 'service-agency-established', year: 2019, subjectKey: 'SA-7', amount: '50000.00', clawedBack: true },
        ]),
      );
      expect(itemOf(d, 'service-agency-established', 'E-1').amount).toBe('50000.00');
    });

    it('two establishment events in one application: only the first is paid', async () => {
      const d = await decide({ ...app, events: [established('E-1', 3), established('E-2', 5, '2025-01-02')] });
      expect(itemOf(d, 'service-agency-established', 'E-2').amount).toBe('50000.00');
      expect(itemOf(d, 'service-agency-established', 'E-1').amount).toBe('0.00');
      expect(d.total).toBe('50000.00');
    });
  });
});
