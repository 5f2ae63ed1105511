import { Money as D, money, type Money } from '../core/money.js';
import { type BudgetReport, budgetReport, type Claim, compareClaims, partBudget, partLine } from './prorate.js';
import type { Spill, SpillStore } from './spill.js';

/*
 * The proration of prorate.ts (`allocate`) for a stream, which holds no claims
 * between its passes. In a prorated part every claim gets
 * ⌊amount × budget ÷ requested⌋ fen, and the `left` fen still unpaid go one
 * each to the first `left` claims in the largest-remainder order (remainder
 * descending, then `compareClaims`, then input order). That order is a total
 * order on keys a claim's own figures give, so the `left`-th key (the
 * threshold) is all that must be known: a claim gets its extra fen exactly
 * when its key is not after the threshold. The threshold is found by sorting
 * the keys of the prorated parts once, in a spill (on disk in the CLI).
 */

/** Where a claim stands in the largest-remainder order of its part. Plain JSON: a spill may write it to a file. */
export interface ClaimKey {
  /** The part's position in the policy's list of parts. */
  part: number;
  /** The remainder in fen × fen, zero-padded to one width per part, so that text order is number order. */
  rem: string;
  applicantId: string;
  article: string;
  subject: string;
  /** The claim's position among all claims of the batch: the last tie-break, as Array#sort's stability was. */
  seq: number;
}

export function compareKeys(x: ClaimKey, y: ClaimKey): number {
  return x.part - y.part || (x.rem > y.rem ? -1 : x.rem < y.rem ? 1 : 0) || compareClaims(x, y) || x.seq - y.seq;
}

/** What the second pass needs of a part: its figures in fen and, when prorated, the threshold. */
export interface PartPlan {
  part: string;
  budget: bigint;
  requested: bigint;
  prorated: boolean;
  /** Digits of the largest possible remainder (requested − 1), the width keys are padded to. */
  width: number;
  /** Fen left after every claim got its floor. */
  left: bigint;
  threshold: ClaimKey | null;
}

export function fenOf(amount: Money): bigint {
  return BigInt(amount.times(100).toFixed(0));
}

function moneyOfFen(fen: bigint): Money {
  return new D(fen.toString()).div(100);
}

/** The plan of each part from the sums of the first pass, and the report they give (as `allocate` words it). */
export function planParts(
  requested: ReadonlyMap<string, bigint>,
  budgets: Readonly<Record<string, string>>,
  total: string,
  parts: readonly string[],
): { plans: PartPlan[]; report: BudgetReport } {
  const plans = parts.map((part): PartPlan => {
    const budget = fenOf(partBudget(budgets, part));
    const asked = requested.get(part) ?? 0n;
    return { part, budget, requested: asked, prorated: asked > budget, width: (asked > 0n ? asked - 1n : 0n).toString().length, left: 0n, threshold: null };
  });
  const report = budgetReport(
    plans.map((p) => partLine(p.part, moneyOfFen(p.budget), moneyOfFen(p.requested))),
    total,
  );
  return { plans, report };
}

/** A claim's floor share and remainder in a prorated part (fen, and fen × fen). */
export function splitClaim(plan: PartPlan, fen: bigint): { floor: bigint; rem: bigint } {
  const ab = fen * plan.budget;
  const floor = ab / plan.requested;
  return { floor, rem: ab - floor * plan.requested };
}

export function remText(plan: PartPlan, rem: bigint): string {
  return rem.toString().padStart(plan.width, '0');
}

/**
 * Sets each prorated part's threshold: the key of its `left`-th claim in the
 * largest-remainder order. `keys` holds the keys of every claim of the
 * prorated parts; `left` must be set on the plans.
 */
export async function findThresholds(plans: PartPlan[], keys: Spill<ClaimKey>): Promise<void> {
  if (!plans.some((p) => p.prorated && p.left > 0n)) return;
  let part = -1;
  let rank = 0n;
  for await (const key of keys.sorted(compareKeys)) {
    if (key.part !== part) {
      part = key.part;
      rank = 0n;
    }
    rank++;
    if (rank === plans[part]!.left) plans[part]!.threshold = key;
  }
}

/** A claim's prorated share: its floor, and one fen more when it is among the first `left` of its part. */
export function shareOf(plans: readonly PartPlan[], partIndex: number, amount: Money, key: Omit<ClaimKey, 'rem' | 'part'>): Money {
  const plan = plans[partIndex];
  const fen = fenOf(amount);
  if (!plan?.prorated || fen <= 0n) return amount;
  const { floor, rem } = splitClaim(plan, fen);
  const first = plan.threshold !== null && compareKeys({ ...key, part: partIndex, rem: remText(plan, rem) }, plan.threshold) <= 0;
  return moneyOfFen(first ? floor + 1n : floor);
}

/** A paid claim as a spill keeps it: part, amount (two decimals), article, subject. */
export type ClaimRow = [part: string, amount: string, article: string, subject: string];

/** One application's paid claims, in the order its decision lists them. */
export interface ClaimRecord {
  index: number;
  applicantId: string;
  claims: ClaimRow[];
}

export function claimRow(c: Claim): ClaimRow {
  return [c.part, c.amount.toFixed(2), c.article, c.subject];
}

/**
 * Everything proration needs, from the claims of the applications a batch
 * decides (read twice): each part's plan with its threshold, and the report.
 * A claim's `seq` is its position among all the claims `records` gives.
 */
export async function planProration(
  budgets: Readonly<Record<string, string>>,
  total: string,
  parts: readonly string[],
  store: SpillStore,
  records: () => AsyncIterable<ClaimRecord>,
): Promise<{ plans: PartPlan[]; report: BudgetReport }> {
  const partIndex = new Map(parts.map((id, i) => [id, i]));
  const requested = new Map<string, bigint>();
  for await (const r of records()) {
    for (const [part, amount] of r.claims) {
      const fen = fenOf(money(amount));
      if (fen > 0n) requested.set(part, (requested.get(part) ?? 0n) + fen);
    }
  }
  const { plans, report } = planParts(requested, budgets, total, parts);
  if (!plans.some((p) => p.prorated)) return { plans, report };
  const keys = store.spill<ClaimKey>();
  const floors = plans.map(() => 0n);
  let seq = 0;
  for await (const r of records()) {
    for (const [part, amount, article, subject] of r.claims) {
      const at = partIndex.get(part);
      const plan = at === undefined ? undefined : plans[at];
      const fen = fenOf(money(amount));
      if (at !== undefined && plan?.prorated && fen > 0n) {
        const { floor, rem } = splitClaim(plan, fen);
        floors[at] = floors[at]! + floor;
        await keys.push({ part: at, rem: remText(plan, rem), applicantId: r.applicantId, article, subject, seq });
      }
      seq++;
    }
  }
  plans.forEach((p, i) => (p.left = p.prorated ? p.budget - floors[i]! : 0n));
  await findThresholds(plans, keys);
  return { plans, report };
}
