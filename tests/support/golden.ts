import type { PledgeLoanEventInput } from '../../src/heyuan/vocabulary.generated.js';
import { expect } from 'vitest';
import { bundledRules, type Decision, type GuidelineInput, type Item, loadPolicy, type Policy } from '../../src/index.js';
import { creditCodeCheckChar, orgCodeCheckChar } from '../../src/core/credit-code.js';
import { money } from '../../src/core/money.js';

/*
 * Shared machinery for tests written in code: applicants, both evaluators, and
 * replaying adjustments. The per-clause golden cases are tables in tests/cases/.
 */

export const base2026 = bundledRules.guidelines.find((g) => g.file.endsWith('2026.json'))!.data as GuidelineInput;

const cache = new Map<string, [Policy, Policy]>();

/** The compiled evaluator and the json-rules-engine reference, for 2026 or a variant guideline. */
export function policies(guideline?: GuidelineInput): [Policy, Policy] {
  const key = guideline === undefined ? '2026' : JSON.stringify(guideline);
  let pair = cache.get(key);
  if (!pair) {
    const opts = guideline === undefined ? { year: 2026 } : { guideline };
    pair = [loadPolicy(opts), loadPolicy({ ...opts, engine: 'json-rules-engine' })];
    cache.set(key, pair);
  }
  return pair;
}

/** The 2026 guideline with some patches replaced. */
export function guidelineWith(patches: GuidelineInput['patches'], extra: Partial<GuidelineInput> = {}): GuidelineInput {
  return { ...base2026, ...extra, patches };
}

/**
 * Decides with both evaluators, requires byte-identical decisions, and checks
 * that every item's adjustments replay from its base amount to its amount.
 */
export async function decide(application: unknown, guideline?: GuidelineInput): Promise<Decision> {
  const [compiled, reference] = policies(guideline);
  const a = compiled.evaluateSync(application);
  const b = await reference.evaluate(application);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  for (const item of a.items) expectReplays(item);
  return a;
}

export function expectReplays(item: Item): void {
  let amount = item.baseAmount;
  for (const adj of item.adjustments) {
    expect(adj.before).toBe(amount);
    amount = adj.after;
  }
  expect(amount).toBe(item.amount);
  expect(money(item.amount).greaterThanOrEqualTo(0)).toBe(true);
}

export function itemOf(d: Decision, clause: string, subject?: string): Item {
  const found = d.items.filter((i) => i.clause === clause && (subject === undefined || i.subject === subject));
  expect(found, `one item of ${clause}${subject ? ` for ${subject}` : ''}`).toHaveLength(1);
  return found[0]!;
}

export function blocking(item: Item): string[] {
  return item.conditions.filter((c) => c.blocking).map((c) => c.id);
}

/** A number per applicant id for its credit code: 1 for the usual 'A-1'. */
export function codeNumberOf(id: string): number {
  if (id === 'A-1') return 1;
  let n = 7;
  for (let i = 0; i < id.length; i++) n = (n * 31 + id.charCodeAt(i)) % 9_000_000;
  return 1000 + n;
}

/** A valid unified social credit code made from a number: tests need many distinct, valid ones. */
export function creditCode(n: number): string {
  const body = String(10_000_000 + n).slice(-8);
  const org = body + orgCodeCheckChar(body);
  const first17 = `91441600${org}`.slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
}

type Kind =
  | 'enterprise'
  | 'university'
  | 'research-institute'
  | 'service-agency'
  | 'industry-association'
  | 'public-institution'
  | 'government-body'
  | 'cooperative'
  | 'individual';

export function applicant(kind: Kind, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const a: Record<string, unknown> = {
    id: 'A-1',
    name: '河源市测试主体',
    kind,
    county: 'yuancheng',
    seriousDishonesty: false,
    ipViolationDates: [],
  };
  if (kind === 'enterprise') a.isSme = true;
  const out = { ...a, ...overrides };
  // Applicants are told apart by their credit code (src/core/identity.ts): each id gets its own, A-1 keeping creditCode(1).
  if (kind !== 'individual' && !Object.hasOwn(overrides, 'creditCode')) out.creditCode = creditCode(codeNumberOf(String(out.id)));
  return out;
}

/**
 * A pledge loan 2.6 pays: registered with CNIPA, repaid on schedule, from a
 * bank, no fees (so 2.7 pays nothing). `fields` give what a test varies.
 */
export function pledgeLoan(fields: Record<string, unknown> = {}): PledgeLoanEventInput {
  return {
    id: 'E-1',
    type: 'pledge-loan',
    date: '2025-12-20',
    interestPaid: '1000.00',
    evaluationFee: '0',
    guaranteeFee: '0',
    pledgeRegistered: true,
    repaidOnSchedule: true,
    lenderKind: 'bank',
    ...fields,
  } as PledgeLoanEventInput;
}

export interface Application {
  applicant: Record<string, unknown>;
  events: Record<string, unknown>[];
  history?: Record<string, unknown>[];
}

export function withHistory(app: Application, history: Record<string, unknown>[]): Application {
  return { ...app, history };
}
