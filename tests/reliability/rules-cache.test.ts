import { describe, expect, it } from 'vitest';
import { safeLoadPolicy } from '../../src/api/load-policy.js';
import type { RuleFiles } from '../../src/rules/load-rules.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { guardGlobals } from '../properties/harness.js';
import { sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * A caller who changes a figure on the rules object it passed and loads
 * again gets the new figure validated and hashed: money and rulesHash agree.
 * Regression: validation was cached by object identity and the hash made from
 * the content, so the second load paid the old rate under the new hash, and an
 * invalid rate on the same object still loaded.
 */

type OwnRules = Omit<RuleFiles, 'clauses'> & { clauses: { file: string; data: any }[] };

function ownRules(): OwnRules {
  return structuredClone(bundledRules) as OwnRules;
}

const pledgeInterest = (rules: ReturnType<typeof ownRules>) => rules.clauses.find((c) => c.file === 'rules/clauses/pledge-loan-interest.json')!.data;

function interestItem(rules: RuleFiles) {
  const r = safeLoadPolicy({ rules, year: 2026 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const d = r.value.evaluateSync(sampleApplication());
  return { amount: d.items.find((i) => i.clause === 'pledge-loan-interest')!.amount, rulesHash: d.rulesHash };
}

describe('rules changed on the same object', () => {
  it('a changed rate is paid under its own hash, equal to a fresh copy of the same rules', () => {
    const rules = ownRules();
    const before = interestItem(rules);
    pledgeInterest(rules).amount.rate = '0.10';
    const after = interestItem(rules);
    const fresh = interestItem(structuredClone(rules));
    expect(after).toEqual(fresh);
    expect(after.rulesHash).not.toBe(before.rulesHash);
    expect(after.amount).not.toBe(before.amount);
    expect(after.amount).toBe('18000.00'); // 10% of the 180000.00 interest
  });

  it('an invalid rate set on an object that loaded before is refused', () => {
    const rules = ownRules();
    expect(safeLoadPolicy({ rules, year: 2026 }).ok).toBe(true);
    pledgeInterest(rules).amount.rate = '1.5';
    const r = safeLoadPolicy({ rules, year: 2026 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path.join('.'))).toContain('amount.rate');
  });

  it('an unchanged object loads from the cache (same decisions, same hash)', () => {
    const rules = ownRules();
    expect(interestItem(rules)).toEqual(interestItem(rules));
  });
});
