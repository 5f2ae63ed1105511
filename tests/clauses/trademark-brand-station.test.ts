import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf, withHistory } from '../support/golden.js';

// Article 2.10: an award by level for a trademark brand guidance station
// (national 100000, provincial 50000), once per applicant per level.

const station = (id: string, level: string, date = '2025-03-15') => ({ id, type: 'trademark-brand-station', date, level });
const app: Application = { applicant: applicant('industry-association'), events: [station('E-1', 'provincial')] };
const C = 'trademark-brand-station';

describe('trademark-brand-station (2.10)', () => {
  it.each([
    ['national', '100000.00'],
    ['provincial', '50000.00'],
  ])('a %s station pays %s', async (level, amount) => {
    const item = itemOf(await decide({ ...app, events: [station('E-1', level)] }), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, subjectKey: level, adjustments: [] });
  });

  it.each(['service-agency', 'government-body'] as const)('a %s may apply too', async (kind) => {
    expect(itemOf(await decide({ ...app, applicant: applicant(kind) }), C, 'E-1').amount).toBe('50000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  describe('once per applicant per level', () => {
    it('a provincial station rewarded before: a second provincial one is not paid, a national one is', async () => {
      const d = await decide(
        withHistory({ ...app, events: [station('E-1', 'provincial'), station('E-2', 'national', '2025-08-01')] }, [
          { clause: C, year: 2023, subjectKey: 'provincial', amount: '50000.00' },
        ]),
      );
      const again = itemOf(d, C, 'E-1');
      expect(again).toMatchObject({ eligible: true, baseAmount: '50000.00', amount: '0.00' });
      expect(again.adjustments.map((a) => a.kind)).toEqual(['once-only']);
      expect(itemOf(d, C, 'E-2').amount).toBe('100000.00');
    });

    it('two stations of the same level in one application: only the first is paid', async () => {
      const d = await decide({ ...app, events: [station('E-2', 'national', '2025-09-01'), station('E-1', 'national', '2025-02-01')] });
      expect(itemOf(d, C, 'E-1').amount).toBe('100000.00');
      expect(itemOf(d, C, 'E-2').amount).toBe('0.00');
      expect(d.total).toBe('100000.00');
    });

    it('one of each level is paid in full: 100000 + 50000 = 150000', async () => {
      const d = await decide({ ...app, events: [station('E-1', 'national'), station('E-2', 'provincial')] });
      expect(d.total).toBe('150000.00');
    });
  });
});
