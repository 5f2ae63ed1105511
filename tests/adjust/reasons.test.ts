import { describe, expect, it } from 'vitest';
import { applicant, decide, itemOf, pledgeLoan, withHistory } from '../support/golden.js';

// Each adjustment explains itself: the figures and items it names, checked once
// per kind on the bundled 2026 policy rather than in every clause's table.

describe('what an adjustment says', () => {
  it('clause-cap: a cap the guideline lowered says so, with both figures', async () => {
    // pledge-loan-interest 2026: cap 80000 (policy 100000). E-1 0.30 × 200000 = 60000; E-2 0.30 × 100000 = 30000 → cut to 20000.
    const loan = (id: string, interestPaid: string, date: string) => pledgeLoan({ id, date, principal: '5000000', interestPaid, predecessorFunded: false });
    const d = await decide({ applicant: applicant('enterprise'), events: [loan('E-2', '100000', '2025-12-20'), loan('E-1', '200000', '2025-03-01')] });
    const [adj] = itemOf(d, 'pledge-loan-interest', 'E-2').adjustments;
    expect(adj).toMatchObject({ kind: 'clause-cap', before: '30000.00', after: '20000.00' });
    expect(adj!.reason.en).toContain('lowered it from 100000');
    expect(adj!.reason.zh).toContain('80000.00');
  });

  it('once-only: names the year of the earlier payment', async () => {
    const app = {
      applicant: applicant('industry-association'),
      events: [{ id: 'E-1', type: 'gi-product-approved', date: '2025-09-01', giName: '连平鹰嘴蜜桃' }],
    };
    const d = await decide(withHistory(app, [{ clause: 'gi-product', year: 2023, subjectKey: '连平鹰嘴蜜桃', amount: '200000.00' }]));
    expect(itemOf(d, 'gi-product', 'E-1').adjustments[0]!.reason.en).toContain('in 2023');
  });

  it('once-only-difference: names what was paid before', async () => {
    const app = {
      applicant: applicant('government-body'),
      events: [{ id: 'E-1', type: 'gi-demo-zone', date: '2025-12-11', zoneName: '连平鹰嘴蜜桃保护示范区', stage: 'national-preparation' }],
    };
    const d = await decide(withHistory(app, [{ clause: 'gi-protection-demo-zone', year: 2024, subjectKey: '连平鹰嘴蜜桃保护示范区', amount: '100000.00' }]));
    expect(itemOf(d, 'gi-protection-demo-zone', 'E-1').adjustments[0]!.reason.en).toContain('100000.00');
  });

  it('take-the-higher: names the item that was paid instead, in both languages', async () => {
    const award = (id: string, scheme: string, level: string, date: string) => ({
      id,
      type: 'award',
      date,
      scheme,
      level,
      patentNumber: 'ZL202110000001.1',
      role: 'patentee',
      predecessorFunded: false,
    });
    const d = await decide({
      applicant: applicant('enterprise'),
      events: [award('E-1', 'guangdong-patent-award', 'gold', '2025-03-01'), award('E-2', 'china-patent-award', 'silver', '2025-11-01')],
    });
    const [adj] = itemOf(d, 'patent-award', 'E-1').adjustments;
    expect(adj!.kind).toBe('take-the-higher');
    expect(adj!.reason.en).toContain('E-2');
    expect(adj!.reason.zh).toContain('就高');
  });
});
