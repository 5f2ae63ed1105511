import { adjustmentRecord } from './adjust.js';
import type { Runtime } from './decide.js';
import type { Decision } from './decision.js';
import type { Issue } from './issues.js';
import { formatMoney, money, sumMoney } from './money.js';
import { allocate, type Allocation, type BudgetReport, type Claim } from './prorate.js';

/*
 * Batches: budget proration applied to decided applications. The streaming
 * form keeps only the claims (one small record per paid item) between its two
 * passes, so 100k applications never hold 100k decisions.
 */

export type BatchEntry =
  | { kind: 'decision'; index: number; decision: Decision }
  | { kind: 'rejected'; index: number; applicantId: string | null; errors: Issue[] }
  | { kind: 'budget'; budget: BudgetReport };

export function claimsOf(d: Decision): Claim[] {
  const out: Claim[] = [];
  for (const item of d.items) {
    if (item.amount === '0.00') continue;
    out.push({ part: item.part, amount: money(item.amount), applicantId: d.applicantId, article: item.article, subject: item.subject });
  }
  return out;
}

export function allocateBudget(rt: Runtime, claims: readonly Claim[]): Allocation {
  return allocate(claims, rt.budget.parts, rt.budget.total, rt.policy.parts.map((p) => p.id));
}

/** Applies prorated shares to one decision's paid items (in the order claimsOf gave them), in place. */
export function applyShares(rt: Runtime, d: Decision, shares: readonly ReturnType<typeof money>[], report: BudgetReport): void {
  let k = 0;
  let changed = false;
  for (const item of d.items) {
    if (item.amount === '0.00') continue;
    const share = shares[k++]!;
    const before = money(item.amount);
    if (share.equals(before)) continue;
    const part = rt.policy.parts.find((p) => p.id === item.part)!;
    const line = report.parts.find((p) => p.part === item.part)!;
    item.adjustments.push(
      adjustmentRecord('budget-proration', before, share, {
        part: part.title.en.split(':')[0]!,
        partZh: `第${part.number}部分（${part.title.zh}）`,
        budget: line.budget,
        requested: line.requested,
        ratio: line.ratio,
      }),
    );
    item.amount = formatMoney(share);
    changed = true;
  }
  if (changed) d.total = formatMoney(sumMoney(d.items.map((i) => money(i.amount))));
}

/** Prorates a whole batch held in memory, in place; returns the per-part report. */
export function prorateDecisions(rt: Runtime, decisions: Decision[]): BudgetReport {
  const perDecision = decisions.map(claimsOf);
  const { shares, report } = allocateBudget(rt, perDecision.flat());
  let start = 0;
  decisions.forEach((d, i) => {
    const n = perDecision[i]!.length;
    applyShares(rt, d, shares.slice(start, start + n), report);
    start += n;
  });
  return report;
}
