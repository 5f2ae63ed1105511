import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withEvent, withHistory } from '../support/golden.js';

// Article 4.3: national 100000, provincial 30000; once per applicant per level.

const outlet = (id: string, level: string, date = '2025-07-01') => ({ id, type: 'public-service-outlet', date, level });
const app: Application = { applicant: applicant('university'), events: [outlet('E-1', 'national')] };

describe('public-service-outlet (4.3)', () => {
  it.each([
    ['national', '100000.00'],
    ['provincial', '30000.00'],
  ])('a %s outlet pays %s', async (level, amount) => {
    const item = itemOf(await decide(withEvent(app, 0, { level })), 'public-service-outlet', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, subjectKey: level, part: 'services', article: '4.3' });
  });

  it.each(['university', 'research-institute', 'public-institution', 'service-agency', 'industry-association'] as const)('a %s may apply', async (kind) => {
    expect(itemOf(await decide({ ...app, applicant: applicant(kind) }), 'public-service-outlet', 'E-1').amount).toBe('100000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'public-service-outlet', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'public-service-outlet', 0);
  });

  describe('once per applicant per level', () => {
    it('a national outlet already rewarded in 2024 is not paid again', async () => {
      const d = await decide(withHistory(app, [{ clause: 'public-service-outlet', year: 2024, subjectKey: 'national', amount: '100000.00' }]));
      const item = itemOf(d, 'public-service-outlet', 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '100000.00', amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
      expect(item.adjustments[0]!.reason.en).toContain('in 2024');
    });

    it('a provincial reward before does not stop the national one (the difference is not deducted)', async () => {
      const d = await decide(withHistory(app, [{ clause: 'public-service-outlet', year: 2024, subjectKey: 'provincial', amount: '30000.00' }]));
      expect(itemOf(d, 'public-service-outlet', 'E-1').amount).toBe('100000.00');
    });

    it('two national outlets in one application: only the first in item order is paid; a provincial one too', async () => {
      // E-2 (2025-03-01) national 100000 paid; E-1 (2025-07-01) national: 0; E-3 provincial 30000. Total 130000.
      const d = await decide({ ...app, events: [outlet('E-1', 'national'), outlet('E-2', 'national', '2025-03-01'), outlet('E-3', 'provincial')] });
      expect(itemOf(d, 'public-service-outlet', 'E-2').amount).toBe('100000.00');
      expect(itemOf(d, 'public-service-outlet', 'E-1').amount).toBe('0.00');
      expect(itemOf(d, 'public-service-outlet', 'E-3').amount).toBe('30000.00');
      expect(d.total).toBe('130000.00');
    });
  });
});
