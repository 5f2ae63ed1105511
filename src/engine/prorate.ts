import { articleOrder } from '../rules/load-rules.js';
import { formatMoney, type Money, Money as D, money, sumMoney, ZERO } from '../core/money.js';

/*
 * Budget proration for a batch, per part: when a part's items ask for more
 * than its budget, each is scaled by budget ÷ requested, rounded down to the
 * fen, and the fen left over go one at a time to the largest remainders (ties:
 * applicant id, then article, then event id), so the part pays exactly its
 * budget and no item is raised.
 */

/** What proration needs to know of one paid item: nothing else is kept between passes. */
export interface Claim {
  part: string;
  amount: Money;
  applicantId: string;
  article: string;
  subject: string;
}

export interface PartBudget {
  part: string;
  budget: string;
  requested: string;
  paid: string;
  /** budget ÷ requested, six decimals rounded down; "1.000000" where nothing was cut. */
  ratio: string;
}

export interface BudgetReport {
  total: string;
  requested: string;
  paid: string;
  parts: PartBudget[];
}

export interface Allocation {
  /** The prorated amount of each claim, in the order given. */
  shares: Money[];
  report: BudgetReport;
}

const FEN = new D(100);

/** The order the largest-remainder rule places odd fen in: by applicant, article, subject. Explanations use it too. */
export function compareClaims(a: Pick<Claim, 'applicantId' | 'article' | 'subject'>, b: Pick<Claim, 'applicantId' | 'article' | 'subject'>): number {
  return a.applicantId < b.applicantId
    ? -1
    : a.applicantId > b.applicantId
      ? 1
      : articleOrder(a.article, b.article) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0);
}

export function allocate(claims: readonly Claim[], budgets: Readonly<Record<string, string>>, total: string, parts: readonly string[]): Allocation {
  const shares: Money[] = claims.map((c) => c.amount);
  const report: PartBudget[] = [];
  for (const part of parts) {
    const indexes: number[] = [];
    claims.forEach((c, i) => {
      if (c.part === part && c.amount.greaterThan(0)) indexes.push(i);
    });
    const budget = partBudget(budgets, part);
    const requested = sumMoney(indexes.map((i) => claims[i]!.amount));
    report.push(partLine(part, budget, requested));
    if (requested.lessThanOrEqualTo(budget)) continue;
    const B = budget.times(FEN);
    const R = requested.times(FEN);
    // Remainders are whole numbers (fen × fen): kept as BigInt, so the sort compares them without building Decimals.
    const rems: { index: number; rem: bigint }[] = [];
    let given = ZERO;
    for (const i of indexes) {
      const a = claims[i]!.amount.times(FEN);
      const ab = a.times(B);
      const q = ab.divToInt(R);
      rems.push({ index: i, rem: BigInt(ab.minus(q.times(R)).toFixed(0)) });
      shares[i] = q.div(FEN);
      given = given.plus(q);
    }
    let left = B.minus(given).toNumber(); // whole fen, fewer than the number of claims
    rems.sort((x, y) => (y.rem > x.rem ? 1 : y.rem < x.rem ? -1 : 0) || compareClaims(claims[x.index]!, claims[y.index]!));
    for (const { index } of rems) {
      if (left <= 0) break;
      shares[index] = shares[index]!.plus('0.01');
      left -= 1;
    }
  }
  return { shares, report: budgetReport(report, total) };
}

/** A part's budget as the guideline gives it; a part it leaves out has none. */
export function partBudget(budgets: Readonly<Record<string, string>>, part: string): Money {
  return money(budgets[part] ?? '0');
}

/** A part's line of the report: prorated when its requests exceed its budget. */
export function partLine(part: string, budget: Money, requested: Money): PartBudget {
  if (requested.lessThanOrEqualTo(budget)) {
    return { part, budget: formatMoney(budget), requested: formatMoney(requested), paid: formatMoney(requested), ratio: '1.000000' };
  }
  const ratio = budget.div(requested).toDecimalPlaces(6, D.ROUND_DOWN).toFixed(6);
  return { part, budget: formatMoney(budget), requested: formatMoney(requested), paid: formatMoney(budget), ratio };
}

export function budgetReport(parts: PartBudget[], total: string): BudgetReport {
  // Our own formatted sums, not input: they may pass money()'s 13-digit limit on a big batch.
  const sum = (k: 'requested' | 'paid') => formatMoney(sumMoney(parts.map((r) => new D(r[k]))));
  return { total: formatMoney(money(total)), requested: sum('requested'), paid: sum('paid'), parts };
}
