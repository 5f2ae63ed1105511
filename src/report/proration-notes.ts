import type { Decision } from '../engine/decision.js';
import { type ProrationNotes, type ProrationText, prorationKey } from './explain.js';
import { formatMoney, Money, money } from '../core/money.js';
import { type BudgetReport, compareClaims } from '../engine/prorate.js';

/*
 * How each prorated item of a batch got its amount, recomputed from the batch
 * itself so that a reviewer can redo it by hand: the exact fraction
 * amount × budget ÷ requested, rounded down to the fen, and where the fen left
 * over went under the largest-remainder rule (prorate.ts). A note is kept only
 * where the recomputation gives the engine's amount; any disagreement would be
 * a bug, and the test of the printed fractions would catch it.
 */

interface Claim {
  key: string;
  applicantId: string;
  article: string;
  subject: string;
  beforeFen: Money;
  after: string;
  q: Money;
  rem: Money;
}

const FEN = new Money(100);

export function prorationNotes(decisions: readonly Decision[], budget: BudgetReport): ProrationNotes {
  const notes = new Map<string, ProrationText>();
  for (const part of budget.parts) {
    if (part.ratio === '1.000000') continue;
    const B = money(part.budget).times(FEN);
    const R = new Money(part.requested).times(FEN);
    const claims: Claim[] = [];
    for (const d of decisions) {
      for (const item of d.items) {
        if (item.part !== part.part) continue;
        const before = item.adjustments.find((a) => a.kind === 'budget-proration')?.before ?? item.amount;
        if (before === '0.00') continue;
        const beforeFen = money(before).times(FEN);
        const ab = beforeFen.times(B);
        const q = ab.divToInt(R);
        claims.push({
          key: prorationKey(d.applicantId, item.clause, item.subject),
          applicantId: d.applicantId,
          article: item.article,
          subject: item.subject,
          beforeFen,
          after: item.amount,
          q,
          rem: ab.minus(q.times(R)),
        });
      }
    }
    const given = claims.reduce((s, c) => s.plus(c.q), new Money(0));
    const leftover = B.minus(given).toNumber();
    const ranked = claims.slice().sort((x, y) => y.rem.comparedTo(x.rem) || compareClaims(x, y));
    ranked.forEach((c, i) => {
      const extraFen = i < leftover;
      const after = formatMoney(c.q.plus(extraFen ? 1 : 0).div(FEN));
      if (after !== c.after) return;
      notes.set(c.key, {
        part: part.part,
        before: formatMoney(c.beforeFen.div(FEN)),
        budget: part.budget,
        requested: part.requested,
        floor: formatMoney(c.q.div(FEN)),
        remainder: c.rem.toFixed(0),
        requestedFen: R.toFixed(0),
        leftover,
        rank: i + 1,
        items: claims.length,
        extraFen,
        after,
      });
    });
  }
  return notes;
}
