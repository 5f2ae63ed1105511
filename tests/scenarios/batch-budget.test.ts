import { describe, expect, it } from 'vitest';
import type { BudgetReport, Decision } from '../../src/index.js';
import { applicant, base2026, expectReplays, guidelineWith, policies } from '../support/golden.js';

/*
 * A small batch under a 2026 guideline with small budgets for protection and
 * culture: each part pays exactly min(budget, requested); where the budget is
 * short, every item is scaled by budget ÷ requested, rounded down to the fen,
 * and the fen left over go to the largest remainders.
 */

const guideline = guidelineWith(base2026.patches, {
  budget: {
    total: '8000000',
    parts: { innovation: '3000000', transformation: '3000000', protection: '50000', services: '1000000', culture: '10000' },
  },
});

const batch = [
  {
    applicant: applicant('enterprise', { id: 'A-1' }),
    events: [
      {
        id: 'E-1',
        type: 'overseas-dispute',
        date: '2025-08-10',
        caseKind: 'us-337',
        closed: true,
        outcome: 'won',
        costPaid: '350000.00',
        insurancePayout: '50000.00',
      },
      { id: 'E-2', type: 'notarization', date: '2025-05-20', predecessorFunded: false, purpose: 'evidence-preservation', feePaid: '3600.00' },
    ],
  },
  {
    applicant: applicant('service-agency', { id: 'A-2' }),
    events: [{ id: 'E-1', type: 'mediation-cases', date: '2025-12-31', mechanism: 'arbitration', casesResolved: 12 }],
  },
  {
    applicant: applicant('industry-association', { id: 'A-3' }),
    events: [
      { id: 'E-1', type: 'rights-assistance-workstation', date: '2025-11-30', assessment: 'pass' },
      { id: 'E-2', type: 'public-service-outlet', date: '2025-07-01', level: 'provincial' },
    ],
  },
  ...['P-3', 'P-1', 'P-2'].map((id) => ({
    applicant: applicant('individual', { id, name: `人才 ${id}` }),
    events: [{ id: 'E-1', type: 'talent-qualification', date: '2025-12-05', qualification: 'senior-title', employedInHeyuan: true }],
  })),
];

const amounts = (d: Decision) => d.items.filter((i) => i.amount !== '0.00' || i.adjustments.length > 0).map((i) => [i.clause, i.baseAmount, i.amount]);

describe('scenario: a batch where two parts ask for more than their budget', () => {
  it('In 2026 a batch asking 145800.00 of a 50000 protection budget and 30000.00 of a 10000 culture budget is paid exactly 50000.00 and 10000.00, to the fen', async () => {
    const [compiled, reference] = policies(guideline);
    const { decisions, budget } = await compiled.evaluateBatch(batch);
    const again = await reference.evaluateBatch(batch);
    expect(JSON.stringify(again)).toBe(JSON.stringify({ decisions, budget, rejected: [] }));
    for (const d of decisions) for (const item of d.items) expectReplays(item);

    // Protection asks 90000 (A-1 3.1: 0.30 × (350000 − 50000)) + 1800 (A-1 3.5: 0.50 × 3600)
    //   + 24000 (A-2 3.3: 2000 × 12) + 30000 (A-3 3.2: pass) = 145800.00 of a 50000.00 budget.
    // Each × 50000 / 145800, rounded down to the fen (remainder in fen):
    //   A-1 3.1  90000 → 30864.1975…  → 30864.19 (0.75)
    //   A-1 3.5   1800 →   617.2839…  →   617.28 (0.39)
    //   A-2 3.3  24000 →  8230.4526…  →  8230.45 (0.26)
    //   A-3 3.2  30000 → 10288.0658…  → 10288.06 (0.58)
    // Rounded down they sum to 49999.98: the 2 fen left go to the two largest remainders, A-1 3.1 and A-3 3.2.
    // Culture asks 3 × 10000 (senior titles) = 30000.00 of 10000.00: each 3333.333… → 3333.33 (equal remainders);
    // 9999.99 leaves 1 fen, which on the tie goes to the lowest applicant id, P-1.
    // Services asks 30000.00 (A-3 4.3, provincial outlet) of 1000000: paid in full.
    expect(decisions.map((d) => [d.applicantId, d.total, amounts(d)])).toEqual([
      [
        'A-1',
        '31481.48',
        [
          ['overseas-dispute-response', '90000.00', '30864.20'],
          ['ip-notarization', '1800.00', '617.28'],
        ],
      ],
      ['A-2', '8230.45', [['ip-dispute-mediation', '24000.00', '8230.45']]],
      [
        'A-3',
        '40288.07',
        [
          ['rights-assistance-workstation', '30000.00', '10288.07'],
          ['public-service-outlet', '30000.00', '30000.00'],
        ],
      ],
      ['P-3', '3333.33', [['ip-talent', '10000.00', '3333.33']]],
      ['P-1', '3333.34', [['ip-talent', '10000.00', '3333.34']]],
      ['P-2', '3333.33', [['ip-talent', '10000.00', '3333.33']]],
    ]);
    // 30864.20 + 617.28 = 31481.48; A-3: 10288.07 + 30000 = 40288.07.

    const part = (id: string) => budget.parts.find((p) => p.part === id)!;
    expect(part('protection')).toEqual({ part: 'protection', budget: '50000.00', requested: '145800.00', paid: '50000.00', ratio: '0.342935' });
    expect(part('culture')).toEqual({ part: 'culture', budget: '10000.00', requested: '30000.00', paid: '10000.00', ratio: '0.333333' });
    expect(part('services')).toEqual({ part: 'services', budget: '1000000.00', requested: '30000.00', paid: '30000.00', ratio: '1.000000' });
    expect(part('innovation')).toMatchObject({ requested: '0.00', paid: '0.00' });
    // paid = 50000 + 30000 + 10000 = 90000.00 of 205800.00 asked
    expect([budget.requested, budget.paid]).toEqual(['205800.00', '90000.00']);
    expectPartsSum(decisions, budget);

    const cut = decisions[0]!.items.find((i) => i.clause === 'overseas-dispute-response')!;
    expect(cut.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['budget-proration', '90000.00', '30864.20']]);
    expect(cut.adjustments[0]!.reason.en).toContain('0.342935');
  });

  it('under the 2026 budgets the same batch is paid in full', async () => {
    const { decisions, budget } = await policies()[0].evaluateBatch(batch);
    // 145800 + 30000 + 30000 = 205800.00, every part under its budget
    expect(budget.paid).toBe('205800.00');
    expect(decisions.flatMap((d) => d.items.flatMap((i) => i.adjustments))).toEqual([]);
  });
});

/** Each part's items add up to what the report says it paid. */
function expectPartsSum(decisions: Decision[], budget: BudgetReport): void {
  for (const line of budget.parts) {
    const fen = decisions.flatMap((d) => d.items.filter((i) => i.part === line.part)).reduce((s, i) => s + BigInt(i.amount.replace('.', '')), 0n);
    expect(fen).toBe(BigInt(line.paid.replace('.', '')));
  }
}
