import { describe, expect, it } from 'vitest';
import { applicant, type Application, blocking, decide, withHistory } from '../support/golden.js';

/*
 * Applications that get nothing, or are refused outright, and why.
 */

const sme: Application = {
  applicant: applicant('enterprise'),
  events: [
    { id: 'E-1', type: 'award', role: 'patentee', date: '2025-07-15', scheme: 'guangdong-patent-award', level: 'silver', patentNumber: 'ZL202110000001.X' },
    {
      id: 'E-2',
      type: 'pledge-loan',
      lenderKind: 'bank',
      date: '2025-12-20',
      interestPaid: '180000.00',
      evaluationFee: '20000',
      guaranteeFee: '0',
      pledgeRegistered: true,
      repaidOnSchedule: true,
    },
  ],
};
const clawback = (year: number) => ({ clause: 'pledge-loan-interest', year, subjectKey: 'E-0', amount: '30000.00', clawedBack: true });

describe('scenarios: barred and refused applications', () => {
  it('In 2026 an SME whose subsidy was clawed back for fraud in 2024 gets nothing: every item fails G7 alone', async () => {
    const d = await decide(withHistory(sme, [clawback(2024)]));
    // Barred under the guidelines of 2025, 2026 and 2027 (2024 + 1 to 2024 + 3).
    const eligible = d.items.filter((i) => i.clause === 'patent-award' || i.clause.startsWith('pledge-loan'));
    expect(eligible.map((i) => i.clause)).toEqual(['patent-award', 'pledge-loan-interest', 'pledge-loan-fees']);
    for (const item of eligible)
      expect({ clause: item.clause, blocking: blocking(item), amount: item.amount }).toEqual({ clause: item.clause, blocking: ['G7'], amount: '0.00' });
    expect(d.total).toBe('0.00');
    const g7 = eligible[0]!.conditions.find((c) => c.id === 'G7')!;
    expect(g7.failure?.zh).toBe('因骗取资金被追回，三年内不得申报');
  });

  it.each([
    [2023, '0.00'], // 2023 + 3 = 2026: still barred
    [2022, '144000.00'], // 2022 + 3 = 2025: free again in 2026; 80000 + 0.30 × 180000 + 0.50 × 20000 = 144000
    [2026, '144000.00'], // a finding in 2026 bars 2027–2029, not 2026
  ])('In 2026 the same SME with a clawback found in %i gets %s', async (year, total) => {
    expect((await decide(withHistory(sme, [clawback(year)]))).total).toBe(total);
  });

  it('In 2026 an application that lists a patent grant is decided on its other events; the grant is excluded, with the reason in both languages', async () => {
    const app = {
      ...sme,
      events: [sme.events[0]!, { id: 'E-2', type: 'patent-grant', date: '2025-03-01', predecessorFunded: false, patentNumber: 'ZL202410000002.3' }],
    };
    const d = await decide(app);
    expect(d.excludedEvents.map((x) => [x.subject, x.code])).toEqual([['E-2', 'patent-grant-not-subsidised']]);
    expect(d.excludedEvents[0]!.reason.en).toContain('patent grants are not subsidised');
    expect(d.excludedEvents[0]!.reason.zh).toContain('专利授权不予资助');
    // the award alone: Guangdong silver 80000.00; the grant has no item
    expect(d.items.some((i) => i.subject === 'E-2')).toBe(false);
    expect(d.total).toBe('80000.00');
  });

  it('the same application without the patent grant is decided: 80000.00 for the award alone', async () => {
    expect((await decide({ ...sme, events: [sme.events[0]!] })).total).toBe('80000.00');
  });
});
