import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  guidelineWith,
  itemOf,
  withApplicant,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 1.4: a fixed 30000 for a first certification to the IP management
// standard that matches the applicant's kind (enterprise GB/T 29490,
// university GB/T 33251, research institute GB/T 33250); once per applicant, ever.
//
// Leaves: any[ all[C1 kind enterprise, C2 GB/T 29490], all[C3 kind university,
// C4 GB/T 33251], all[C5 kind research-institute, C6 GB/T 33250] ], C7 firstTime.

const cert = (id: string, standard: string, date = '2025-04-18') => ({
  id,
  type: 'ip-management-certification',
  date,
  standard,
  certificateNo: `CERT-${id}`,
  firstTime: true,
});

const app: Application = { applicant: applicant('enterprise'), events: [cert('E-1', 'GB/T 29490')] };
const C = 'ip-management-certification';

describe('ip-management-certification (1.4)', () => {
  it.each([
    ['enterprise', 'GB/T 29490'],
    ['university', 'GB/T 33251'],
    ['research-institute', 'GB/T 33250'],
  ] as const)('a %s first certified to %s gets 30000.00', async (kind, standard) => {
    const item = itemOf(await decide({ applicant: applicant(kind), events: [cert('E-1', standard)] }), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '30000.00', amount: '30000.00', subjectKey: 'A-1', adjustments: [] });
  });

  it.each([
    // The enterprise's branch fails on the standard (C2); the other branches on the kind (C3, C5) and, for C6, the standard.
    ['enterprise', 'GB/T 33251', ['C2', 'C3', 'C5', 'C6']],
    ['enterprise', 'GB/T 33250', ['C2', 'C3', 'C4', 'C5']],
    ['university', 'GB/T 29490', ['C1', 'C4', 'C5', 'C6']],
    ['research-institute', 'GB/T 29490', ['C1', 'C3', 'C4', 'C6']],
  ] as const)('a %s certified to %s (the wrong standard for its kind) is not eligible: %j', async (kind, standard, expected) => {
    const item = itemOf(await decide({ applicant: applicant(kind), events: [cert('E-1', standard)] }), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: expected, amount: '0.00' });
  });

  it('fails C7 alone when the certification is not the first', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { firstTime: false })), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C7'], amount: '0.00' });
  });

  it('fails each general condition alone (G5: the kind-match leaves read the kind too)', async () => {
    const cases: [string, Application, ReturnType<typeof guidelineWith> | undefined, string[]][] = [
      ['G1', withApplicant(app, { county: 'other' }), undefined, ['G1']],
      ['G2', withApplicant(app, { seriousDishonesty: true }), undefined, ['G2']],
      ['G3', withApplicant(app, { ipViolationDates: ['2025-06-01'] }), undefined, ['G3']],
      ['G4', withEvent(app, 0, { date: '2024-12-31' }), undefined, ['G4']],
      // A service agency: G5, and no branch of the standard-for-kind rule holds: each fails on the
      // kind (C1, C3, C5), and the two branches for other standards on the standard too (C4, C6).
      ['G5', { ...app, applicant: applicant('service-agency') }, undefined, ['G5', 'C1', 'C3', 'C4', 'C5', 'C6']],
      ['G6', app, guidelineWith([{ clause: C, suspend: { zh: '测试暂停', en: 'suspended for the test' } }]), ['G6']],
      ['G7', withHistory(app, [{ clause: C, year: 2024, subjectKey: 'X', amount: '1.00', clawedBack: true }]), undefined, ['G7']],
    ];
    for (const [id, variant, guideline, expected] of cases) {
      const item = itemOf(await decide(variant, guideline), C, 'E-1');
      expect({ id, eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ id, eligible: false, blocking: expected, amount: '0.00' });
    }
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  describe('once per applicant, ever', () => {
    it('is not paid to an applicant rewarded in any earlier year', async () => {
      const d = await decide(withHistory(app, [{ clause: C, year: 2021, subjectKey: 'A-1', amount: '30000.00' }]));
      const item = itemOf(d, C, 'E-1');
      expect(item).toMatchObject({ eligible: true, baseAmount: '30000.00', amount: '0.00' });
      expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
      expect(item.adjustments[0]!.reason.en).toContain('in 2021');
    });

    it('a clawed-back earlier award does not count as paid', async () => {
      // Clawed back in 2020: outside the three-year bar (2021–2023), and not a payment.
      const d = await decide(withHistory(app, [{ clause: C, year: 2020, subjectKey: 'A-1', amount: '30000.00', clawedBack: true }]));
      expect(itemOf(d, C, 'E-1').amount).toBe('30000.00');
    });

    it('pays the first of two certifications in one application', async () => {
      const d = await decide({ ...app, events: [cert('E-2', 'GB/T 29490', '2025-02-01'), cert('E-1', 'GB/T 29490', '2025-09-01')] });
      expect(itemOf(d, C, 'E-2').amount).toBe('30000.00');
      expect(itemOf(d, C, 'E-1').amount).toBe('0.00');
      expect(d.total).toBe('30000.00');
    });
  });
});
