import { describe, expect, it } from 'vitest';
import { type ApplicationInput, type GuidelineInput, loadPolicy, type Simulation, simulate } from '../../src/index.js';
import { CODES, giProduct, guideline2026, pledgeLoan, talent } from './fixtures.js';

/*
 * Golden cases: a 2026 draft that differs from the bundled 2026 guideline in
 * one thing, decided on a few applications whose figures are worked out by
 * hand in each test. Each side must also equal evaluateBatch on that side,
 * applicant by applicant and in total.
 */

async function sidesEqualBatch(sim: Simulation, apps: ApplicationInput[], draft: GuidelineInput): Promise<void> {
  const base = await loadPolicy({ year: 2026 }).evaluateBatch(apps);
  const drafted = await loadPolicy({ guideline: draft }).evaluateBatch(apps);
  expect(sim.totals.base.paid).toBe(base.budget.paid);
  expect(sim.totals.draft.paid).toBe(drafted.budget.paid);
  const byId = new Map(sim.applicants.map((a) => [a.applicantId, a]));
  for (const d of base.decisions) expect(byId.get(d.applicantId)!.base).toBe(d.total);
  for (const d of drafted.decisions) expect(byId.get(d.applicantId)!.draft).toBe(d.total);
  expect(sim.parts.map((p) => p.base)).toEqual(base.budget.parts);
  expect(sim.parts.map((p) => p.draft)).toEqual(drafted.budget.parts);
  for (const side of [sim.totals.base, sim.totals.draft]) {
    expect(side.applicants).toBe(side.paid);
    expect(side.clauses).toBe(side.paid);
  }
}

describe('a draft that lowers the clause cap of 2.6 (pledge-loan interest) from 80000 to 50000', () => {
  const draft: GuidelineInput = {
    ...guideline2026(),
    patches: guideline2026().patches!.map((p) => (p.clause === 'pledge-loan-interest' ? { ...p, lower: { clauseCap: '50000' } } : p)),
  };
  // A: 30% × 200000.00 interest = 60000.00, under the 80000 cap (base) but over 50000 (draft): 60000.00 → 50000.00.
  // B: 30% × 100000.00 = 30000.00 under either cap: unchanged.
  const apps = [pledgeLoan('P-A', CODES.a, '200000.00'), pledgeLoan('P-B', CODES.b, '100000.00')];

  it('pays A 10000.00 less and B the same; the transformation part 90000.00 → 80000.00, no proration', async () => {
    const sim = await simulate(apps, 2026, draft);
    expect(sim.applicants.map((a) => [a.applicantId, a.base, a.draft, a.change])).toEqual([
      ['P-A', '60000.00', '50000.00', '-10000.00'],
      ['P-B', '30000.00', '30000.00', '0.00'],
    ]);
    const part = sim.parts.find((p) => p.part === 'transformation')!;
    expect([part.base.requested, part.base.paid, part.draft.requested, part.draft.paid, part.draft.ratio, part.change]).toEqual([
      '90000.00',
      '90000.00',
      '80000.00',
      '80000.00',
      '1.000000',
      '-10000.00',
    ]);
    const clause = sim.clauses.find((c) => c.clause === 'pledge-loan-interest')!;
    expect(clause.base).toEqual({ applicants: 2, items: 2, money: '90000.00' });
    expect(clause.draft).toEqual({ applicants: 2, items: 2, money: '80000.00' });
    expect(clause.change).toBe('-10000.00');
    expect(sim.counts).toMatchObject({ applicants: 2, gain: 0, lose: 1, unchanged: 1, becomeEligible: 0, becomeIneligible: 0 });
    // The diff names the figure, and the money it moves sits beside it.
    const moved = sim.changes.clauses.find((c) => c.clause === 'pledge-loan-interest')!;
    expect(moved.changes).toEqual([{ kind: 'figure', name: 'clauseCap', from: '80000', to: '50000', ceiling: '100000' }]);
    expect([moved.base, moved.draft, moved.change]).toEqual(['90000.00', '80000.00', '-10000.00']);
    expect(sim.changes.frame).toEqual([]);
    await sidesEqualBatch(sim, apps, draft);
  });
});

describe('a draft that cuts the culture part (5) from 200000 to 7000.01, so proration starts', () => {
  const g = guideline2026();
  const draft: GuidelineInput = { ...g, budget: { ...g.budget, parts: { ...g.budget.parts, culture: '7000.01' } } };
  // Requested: 10000 (senior title) + 5000 + 5000 (patent attorneys) = 20000.00 > 7000.01.
  // In fen: share = floor(amount × 700001 / 2000000): 1000000 fen → 350000 (remainder ½), 500000 → 175000 (¼) twice;
  // 700000 fen given, 1 fen left: it goes to the largest remainder, T-1's: 3500.01, 1750.00, 1750.00 = 7000.01.
  // Ratio 7000.01 / 20000 = 0.3500005, six decimals rounded down: 0.350000.
  const apps = [talent('T-1', 'senior-title'), talent('T-2', 'patent-attorney'), talent('T-3', 'patent-attorney')];

  it('pays 3500.01, 1750.00 and 1750.00: exactly the budget', async () => {
    const sim = await simulate(apps, 2026, draft);
    const culture = sim.parts.find((p) => p.part === 'culture')!;
    expect(culture.base).toEqual({ part: 'culture', budget: '200000.00', requested: '20000.00', paid: '20000.00', ratio: '1.000000' });
    expect(culture.draft).toEqual({ part: 'culture', budget: '7000.01', requested: '20000.00', paid: '7000.01', ratio: '0.350000' });
    expect(culture.change).toBe('-12999.99');
    // Sorted by change, largest loss first; T-2 and T-3 lose the same and keep their input order.
    expect(sim.applicants.map((a) => [a.applicantId, a.base, a.draft, a.change])).toEqual([
      ['T-1', '10000.00', '3500.01', '-6499.99'],
      ['T-2', '5000.00', '1750.00', '-3250.00'],
      ['T-3', '5000.00', '1750.00', '-3250.00'],
    ]);
    expect(sim.totals.change).toBe('-12999.99');
    expect(sim.changes.frame).toEqual([{ field: 'budget.parts.culture', from: '200000', to: '7000.01' }]);
    expect(sim.counts).toMatchObject({ gain: 0, lose: 3, unchanged: 0 });
    await sidesEqualBatch(sim, apps, draft);
  });
});

describe('a draft that suspends 2.11 (geographical-indication products)', () => {
  const suspend = { zh: '暂停受理地理标志产品奖励', en: 'GI product awards are not open this year' };
  const draft: GuidelineInput = {
    ...guideline2026(),
    patches: guideline2026().patches!.map((p) => (p.clause === 'gi-product' ? { ...p, suspend } : p)),
  };
  // G-1: 200000 (fixed) under the base, nothing under the draft and no longer eligible for any item.
  // T-1: 10000 under both (culture, untouched).
  const apps = [giProduct('G-1', CODES.assoc, '和平猕猴桃'), talent('T-1', 'senior-title')];

  it('pays G-1 200000.00 less and counts it as no longer eligible', async () => {
    const sim = await simulate(apps, 2026, draft);
    expect(sim.applicants.map((a) => [a.applicantId, a.base, a.draft, a.change, a.baseEligible, a.draftEligible])).toEqual([
      ['G-1', '200000.00', '0.00', '-200000.00', true, false],
      ['T-1', '10000.00', '10000.00', '0.00', true, true],
    ]);
    const clause = sim.clauses.find((c) => c.clause === 'gi-product')!;
    expect(clause.base).toEqual({ applicants: 1, items: 1, money: '200000.00' });
    expect(clause.draft).toEqual({ applicants: 0, items: 0, money: '0.00' });
    expect(sim.counts).toMatchObject({ gain: 0, lose: 1, unchanged: 1, becomeEligible: 0, becomeIneligible: 1 });
    const moved = sim.changes.clauses.find((c) => c.clause === 'gi-product')!;
    expect(moved.changes).toEqual([{ kind: 'suspended', from: null, to: suspend }]);
    expect(moved.change).toBe('-200000.00');
    expect([sim.totals.base.paid, sim.totals.draft.paid]).toEqual(['210000.00', '10000.00']);
    await sidesEqualBatch(sim, apps, draft);
  });

  it('counts the other way round too: the base suspends, the draft reopens (becomes eligible)', async () => {
    const sim = await simulate(apps, draft, guideline2026());
    expect(sim.applicants.at(-1)).toMatchObject({ applicantId: 'G-1', change: '200000.00', baseEligible: false, draftEligible: true });
    expect(sim.counts).toMatchObject({ gain: 1, becomeEligible: 1, becomeIneligible: 0 });
  });
});

describe('the reference evaluator', () => {
  it('gives the same simulation with engine: json-rules-engine', async () => {
    const g = guideline2026();
    const draft: GuidelineInput = { ...g, budget: { ...g.budget, parts: { ...g.budget.parts, culture: '7000.01' } } };
    const apps = [
      talent('T-1', 'senior-title'),
      talent('T-2', 'patent-attorney'),
      pledgeLoan('P-A', CODES.a, '200000.00'),
      giProduct('G-1', CODES.assoc, '和平猕猴桃'),
    ];
    const compiled = await simulate(apps, 2026, draft);
    const reference = await simulate(apps, 2026, draft, { engine: 'json-rules-engine' });
    expect(reference).toEqual(compiled);
    // Culture asks 15000.00 of 7000.01: in fen 1000000 × 700001 / 1500000 = 466667.33 → 466667, 500000 × … = 233333.67 → 233333,
    // the fen left goes to the larger remainder (T-2): 4666.67 + 2333.34 = 7000.01; 2.6 pays 60000.00 and 2.11 200000.00.
    expect(compiled.applicants.filter((a) => a.applicantId.startsWith('T-')).map((a) => a.draft)).toEqual(['4666.67', '2333.34']);
    expect(compiled.totals.draft.paid).toBe('267000.01');
  });
});
