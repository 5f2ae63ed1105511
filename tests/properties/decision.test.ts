import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as unit } from 'vitest';
import { creditCode } from '../support/golden.js';
import type { Decision, Item } from '../../src/engine/decision.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { applicationArb, moneyToFen, mulberry32, permuteKeys } from './arbitraries.js';
import { guardGlobals, record, runs, SEED } from './harness.js';

guardGlobals();
const policy = loadPolicy({ year: 2026 });
/** A second, independently built policy: no state shared through a runtime. */
const second = loadPolicy({ year: 2026 });
const app = applicationArb(policy);
const AMOUNT = /^(0|[1-9][0-9]*)\.[0-9]{2}$/;

const fen = moneyToFen;

function decide(input: unknown): Decision {
  const r = policy.safeEvaluate(input);
  fc.pre(r.ok);
  return (r as { ok: true; decision: Decision }).decision;
}

function figure(item: Item, name: string): string | null | undefined {
  return item.figures.find((f) => f.name === name)?.value;
}

unit('the generator reaches past the conditions: most open clauses get paid items, with adjustments', () => {
  const eligible = new Set<string>();
  let adjusted = 0;
  for (const input of fc.sample(app, { numRuns: 300, seed: SEED })) {
    const r = policy.safeEvaluate(input);
    if (!r.ok) continue;
    for (const i of r.decision.items) {
      if (i.eligible) eligible.add(i.clause);
      if (i.adjustments.length > 0) adjusted++;
    }
  }
  const open = policy.clauses.filter((c) => c.suspended === null);
  expect(eligible.size).toBeGreaterThanOrEqual(Math.ceil(open.length * 0.6));
  expect(adjusted).toBeGreaterThan(20);
});

describe('every amount stays within its figures', () => {
  const N = runs(300);
  test.prop([app], { numRuns: N })('no amount is negative or above its base, its item cap, its clause cap or the applicant cap', (input) => {
    const d = decide(input);
    const perClause = new Map<string, bigint>();
    for (const item of d.items) {
      expect(item.amount).toMatch(AMOUNT);
      expect(item.baseAmount).toMatch(AMOUNT);
      const amount = fen(item.amount);
      expect(amount).toBeGreaterThanOrEqual(0n);
      expect(amount).toBeLessThanOrEqual(fen(item.baseAmount));
      if (!item.eligible) {
        expect(item.amount).toBe('0.00');
        expect(item.adjustments).toEqual([]);
      }
      const cap = figure(item, 'cap');
      if (cap) expect(amount).toBeLessThanOrEqual(fen(cap));
      for (const f of item.figures) if (f.value !== null && f.ceiling !== null) expect(fen(f.value)).toBeLessThanOrEqual(fen(f.ceiling));
      const form = item.computation?.form;
      if (item.eligible && form === 'fixed') expect(fen(item.baseAmount)).toBe(fen(figure(item, 'value')!));
      if (item.eligible && form === 'byLevel' && item.computation?.figure) expect(fen(item.baseAmount)).toBe(fen(item.computation.figure));
      perClause.set(item.clause, (perClause.get(item.clause) ?? 0n) + amount);
    }
    for (const [clause, sum] of perClause) {
      const yc = policy.clauses.find((c) => c.clause.id === clause)!;
      const clauseCap = yc.figures.find((f) => f.name === 'clauseCap')?.value;
      if (clauseCap) expect(sum).toBeLessThanOrEqual(fen(clauseCap));
    }
    if (policy.guideline.applicantCap) expect(fen(d.total)).toBeLessThanOrEqual(fen(policy.guideline.applicantCap));
  });
  record('decision: amounts within figures', N);

  const M = runs(300);
  test.prop([app], { numRuns: M })('items sum to the total, and replaying the adjustments from the base gives each amount', (input) => {
    const d = decide(input);
    expect(d.total).toMatch(AMOUNT);
    expect(d.items.reduce((s, i) => s + fen(i.amount), 0n)).toBe(fen(d.total));
    for (const item of d.items) {
      let current = item.baseAmount;
      for (const a of item.adjustments) {
        expect(a.before).toBe(current);
        expect(fen(a.after)).toBeLessThan(fen(a.before));
        current = a.after;
      }
      expect(current).toBe(item.amount);
    }
  });
  record('decision: items sum to total, adjustments replay', M);
});

describe('decisions are deterministic', () => {
  const N = runs(200);
  test.prop([app], { numRuns: N })('the same input twice, and through a second policy, gives byte-identical JSON', (input) => {
    const first = JSON.stringify(decide(input));
    expect(JSON.stringify(decide(structuredClone(input)))).toBe(first);
    expect(JSON.stringify(second.evaluateSync(input))).toBe(first);
  });
  record('decision: byte-identical on repeat', N);

  const M = runs(300);
  test.prop([app, fc.integer()], { numRuns: M })('the order of events, of history entries and of every object key changes nothing', (input, seed) => {
    const first = JSON.stringify(decide(input));
    const rand = mulberry32(seed);
    const events = [...(input.events as unknown[])];
    const history = [...(input.history as unknown[])];
    for (const list of [events, history]) {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [list[i], list[j]] = [list[j], list[i]];
      }
    }
    const shuffled = permuteKeys({ ...input, events, history }, rand);
    expect(JSON.stringify(decide(shuffled))).toBe(first);
  });
  record('decision: order of events and keys irrelevant', M);
});

/** Applicant i of a batch: its own id and, having one, its own credit code (applicants are told apart by it). */
function distinctApplicant(a: Record<string, unknown>, i: number): Record<string, unknown> {
  return { ...a, id: `P-${i}`, ...(a.creditCode !== undefined ? { creditCode: creditCode(2000 + i) } : {}) };
}

describe('a batch pays each part at most its budget', () => {
  // The year's guideline with every part's budget cut to 50,000 yuan, so that most batches are prorated.
  const g = structuredClone(bundledRules.guidelines.find((f) => f.file.endsWith('2026.json'))!.data) as {
    budget: { total: string; parts: Record<string, string> };
  };
  for (const part of Object.keys(g.budget.parts)) g.budget.parts[part] = '50000';
  const tight = loadPolicy({ guideline: g as never });
  const N = runs(60);
  test.prop([fc.array(app, { minLength: 1, maxLength: 12 })], { numRuns: N })(
    'per part: paid ≤ budget, and the decisions add up to the report',
    async (inputs) => {
      const apps = inputs.map((a, i) => ({ ...a, applicant: distinctApplicant(a.applicant as Record<string, unknown>, i) }));
      fc.pre(apps.every((a) => tight.validate(a).ok));
      const { decisions, budget } = await tight.evaluateBatch(apps);
      for (const part of budget.parts) {
        expect(fen(part.paid)).toBeLessThanOrEqual(fen(part.budget));
        const sum = decisions
          .flatMap((d) => d.items)
          .filter((i) => i.part === part.part)
          .reduce((s, i) => s + fen(i.amount), 0n);
        expect(sum).toBe(fen(part.paid));
      }
      for (const d of decisions) expect(d.items.reduce((s, i) => s + fen(i.amount), 0n)).toBe(fen(d.total));
    },
  );
  record('batch: part budgets respected', N);

  let prorated = 0;
  const M = runs(60);
  test.prop([fc.array(app, { minLength: 2, maxLength: 12 }), fc.integer()], { numRuns: M })(
    'the order of applications in a batch changes no decision and no budget line (proration ties go by applicant id)',
    async (inputs, seed) => {
      const apps = inputs.map((a, i) => ({ ...a, applicant: distinctApplicant(a.applicant as Record<string, unknown>, i) }));
      fc.pre(apps.every((a) => tight.validate(a).ok));
      const rand = mulberry32(seed);
      const shuffled = [...apps];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const a = await tight.evaluateBatch(apps);
      if (a.budget.parts.some((p) => p.ratio !== '1.000000')) prorated++;
      const b = await tight.evaluateBatch(shuffled);
      expect(JSON.stringify(b.budget)).toBe(JSON.stringify(a.budget));
      const byId = new Map(b.decisions.map((d) => [d.applicantId, JSON.stringify(d)]));
      for (const d of a.decisions) expect(byId.get(d.applicantId)).toBe(JSON.stringify(d));
    },
  );
  record('batch: order of applications irrelevant', M);
  unit('some of those batches were prorated, so the budget steps were exercised', () => {
    expect(prorated).toBeGreaterThan(M / 4);
  });
});
