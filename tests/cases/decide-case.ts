import { expect } from 'vitest';
import { type Decision, type GuidelineInput, type Issue, loadPolicy, type Policy, PolicyError } from '../../src/index.js';

const cache = new Map<string, [Policy, Policy]>();

/** The compiled evaluator and the json-rules-engine reference, for a year's bundled guideline or a variant. */
function policies(year: number, guideline: GuidelineInput | undefined): [Policy, Policy] {
  const key = guideline === undefined ? String(year) : JSON.stringify(guideline);
  let pair = cache.get(key);
  if (!pair) {
    const opts = guideline === undefined ? { year } : { guideline };
    pair = [loadPolicy(opts), loadPolicy({ ...opts, engine: 'json-rules-engine' })];
    cache.set(key, pair);
  }
  return pair;
}

/**
 * Decides with both evaluators and requires byte-identical decisions; every
 * item's adjustments must replay from its base amount to its amount.
 */
export async function decideBoth(application: unknown, year: number, guideline: GuidelineInput | undefined, where: string): Promise<Decision> {
  const [compiled, reference] = policies(year, guideline);
  const a = compiled.evaluateSync(application);
  const b = await reference.evaluate(application);
  expect(JSON.stringify(b), `${where}: the two evaluators decide differently`).toBe(JSON.stringify(a));
  for (const item of a.items) {
    let amount = item.baseAmount;
    for (const adj of item.adjustments) {
      expect(adj.before, `${where}: ${item.clause} ${item.subject}: adjustment ${adj.kind} starts from the amount before it`).toBe(amount);
      amount = adj.after;
    }
    expect(amount, `${where}: ${item.clause} ${item.subject}: the adjustments lead to the amount`).toBe(item.amount);
    expect(item.amount.startsWith('-'), `${where}: ${item.clause} ${item.subject}: never negative`).toBe(false);
  }
  return a;
}

/** The paths at which both evaluators refuse the application. */
export async function rejectionsBoth(application: unknown, year: number, guideline: GuidelineInput | undefined, where: string): Promise<string[]> {
  const [compiled, reference] = policies(year, guideline);
  const r = compiled.safeEvaluate(application);
  expect(r.ok, `${where}: the compiled evaluator accepted the application`).toBe(false);
  const compiledPaths = r.ok ? [] : r.errors.map((e: Issue) => e.path.join('.'));
  let referencePaths: string[] = [];
  try {
    await reference.evaluate(application);
    expect.fail(`${where}: json-rules-engine accepted the application`);
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    referencePaths = e.issues.map((i) => i.path.join('.'));
  }
  expect(referencePaths, `${where}: the two evaluators refuse at different paths`).toEqual(compiledPaths);
  return compiledPaths;
}
