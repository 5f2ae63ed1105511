import type { AdjustmentKind, AdjustmentParams, OnceKey } from '../core/issue.js';
import type { YearClause } from '../rules/apply-guideline.js';
import type { Adjustment } from './decision.js';
import { enAdjustments } from '../locales/en/issues.js';
import { zhAdjustments } from '../locales/zh/issues.js';
import { figure as ruleFigure, formatMoney, type Money, maxMoney, minMoney, money, sumMoney, ZERO } from '../core/money.js';
import { identityKey } from '../core/identity.js';
import { resolvePath } from '../core/path.js';
import type { PolicyFile } from '../schema/policy.js';
import { fundingPath } from '../schema/clause.js';

/*
 * Cross-clause rules for one applicant, each a separate step in a fixed order:
 * item cap, higher-level support, once-only, take-the-higher groups, clause
 * caps, the per-applicant cap. Each change is an adjustment on the item, so a
 * reviewer can replay every amount from its base.
 */

export interface WorkItem {
  yc: YearClause;
  /** The event the item pays for; null for a clause about the applicant. */
  event: Record<string, unknown> | null;
  subject: string;
  subjectKey: string;
  /** identityKey(subjectKey), or the applicant's id identity for a once-per-applicant item. */
  identity: string;
  /** A once-per-applicant item's credit-code identity: history may name the applicant by either. */
  altIdentity: string | null;
  eligible: boolean;
  base: Money;
  /** formatMoney(base) */
  baseText: string;
  cap: Money | null;
  amount: Money;
  adjustments: Adjustment[];
}

export interface PastPayment {
  clause: string;
  year: number;
  subjectKey: string;
  amount: string;
  clawedBack?: boolean | undefined;
}

export interface AdjustContext {
  policy: PolicyFile;
  year: number;
  applicantId: string;
  applicantCap: Money | null;
  history: readonly PastPayment[];
}

export function adjustmentRecord<K extends AdjustmentKind>(kind: K, before: Money, after: Money, params: AdjustmentParams[K]): Adjustment {
  return {
    kind,
    before: formatMoney(before),
    after: formatMoney(after),
    reason: { zh: zhAdjustments[kind](params), en: enAdjustments[kind](params) },
  };
}

/** Records a step on the item when it changes the amount; a step that changes nothing leaves no trace. */
export function adjust<K extends AdjustmentKind>(kind: K, item: WorkItem, after: Money, params: AdjustmentParams[K]): void {
  if (after.equals(item.amount)) return;
  item.adjustments.push(adjustmentRecord(kind, item.amount, after, params));
  item.amount = after;
}

const yuan = (m: Money) => formatMoney(m);

/** `items` in item order (planItems'): catalogue order, so each clause's items are together. */
export function applyCrossClauseRules(items: WorkItem[], ctx: AdjustContext): void {
  const live = items.filter((i) => i.eligible);
  for (const item of live) itemCap(item);
  for (const item of live) higherLevel(item);
  onceOnly(live, ctx);
  takeTheHigher(live, ctx);
  clauseCaps(live, ctx);
  applicantCap(live, ctx);
}

function itemCap(item: WorkItem): void {
  if (item.cap && item.amount.greaterThan(item.cap)) adjust('item-cap', item, item.cap, { cap: yuan(item.cap) });
}

function higherLevel(item: WorkItem): void {
  const raw = item.event === null ? undefined : resolvePath(item.event, fundingPath(item.yc.clause.stacking));
  const funding = typeof raw === 'string' && raw !== '0' ? money(raw) : ZERO; // '0' is the default: no Decimal for it
  if (funding.isZero()) return;
  const params = { funding: yuan(funding) };
  switch (item.yc.clause.stacking.higherLevel) {
    case 'top-up':
      adjust('higher-level-top-up', item, maxMoney(ZERO, item.amount.minus(funding)), params);
      return;
    case 'exclusive':
      adjust('higher-level-exclusive', item, ZERO, params);
      return;
    case 'independent':
      return;
  }
}

function onceOnly(items: WorkItem[], ctx: AdjustContext): void {
  const firstInApplication: WorkItem[] = []; // a scan: an application has few once-only items
  for (const item of items) {
    const { oncePer, onceMode } = item.yc.clause.limits;
    if (oncePer === undefined) continue;
    const earlier = firstInApplication.find((e) => e.yc.clause.id === item.yc.clause.id && e.identity === item.identity);
    const key = (): OnceKey => ({ field: oncePer === 'applicant' ? null : oncePer, value: item.subjectKey });
    if (earlier) {
      adjust('once-only', item, ZERO, { key: key(), earlier: { subject: earlier.subject } });
      continue;
    }
    firstInApplication.push(item);
    if (ctx.history.length === 0) continue;
    const past = ctx.history.filter((h) => {
      if (h.clause !== item.yc.clause.id || h.clawedBack === true) return false;
      const key = identityKey(h.subjectKey);
      return key === item.identity || key === item.altIdentity;
    });
    if (past.length === 0) continue;
    if (onceMode === 'difference') {
      const paid = sumMoney(past.map((h) => money(h.amount)));
      adjust('once-only-difference', item, maxMoney(ZERO, item.amount.minus(paid)), { key: key(), paid: yuan(paid) });
    } else {
      const years = [...new Set(past.map((h) => h.year))].sort();
      adjust('once-only', item, ZERO, { key: key(), earlier: { years } });
    }
  }
}

function takeTheHigher(items: WorkItem[], ctx: AdjustContext): void {
  for (const group of ctx.policy.groups) {
    let byKey: Map<string, WorkItem[]> | undefined; // most applications have no item in most groups
    for (const item of items) {
      if (item.yc.clause.stacking.group !== group.id) continue;
      const key = group.key === 'applicant' ? ctx.applicantId : identityKey(String(resolvePath(item.event, group.key)));
      byKey ??= new Map();
      const list = byKey.get(key);
      if (list) list.push(item);
      else byKey.set(key, [item]);
    }
    if (!byKey) continue;
    for (const list of byKey.values()) {
      // Highest amount wins; on a tie, the first in item order (the list is in item order).
      let winner = list[0]!;
      for (const item of list) if (item.amount.greaterThan(winner.amount)) winner = item;
      for (const item of list) {
        if (item === winner) continue;
        adjust('take-the-higher', item, ZERO, {
          group: group.title,
          winner: { title: winner.yc.clause.title, subject: winner.subject },
          winnerAmount: yuan(winner.amount),
        });
      }
    }
  }
}

function paidThisYear(ctx: AdjustContext, clause?: string): Money {
  if (ctx.history.length === 0) return ZERO;
  return sumMoney(
    ctx.history.filter((h) => h.year === ctx.year && h.clawedBack !== true && (clause === undefined || h.clause === clause)).map((h) => money(h.amount)),
  );
}

/** Pays items in item order until the cap is used up: the last items are cut first. */
function cutToCap(items: WorkItem[], cap: Money, already: Money, cut: (item: WorkItem, after: Money) => void): void {
  let left = already === ZERO ? cap : maxMoney(ZERO, cap.minus(already));
  // Under the cap altogether (the usual case), no item is cut: one sum instead of three steps per item.
  if (sumMoney(items.map((i) => i.amount)).lessThanOrEqualTo(left)) return;
  for (const item of items) {
    const after = minMoney(item.amount, left);
    left = left.minus(after);
    cut(item, after);
  }
}

function clauseCaps(items: WorkItem[], ctx: AdjustContext): void {
  // Items come in catalogue order, so each clause's items are one run.
  for (let start = 0; start < items.length;) {
    const id = items[start]!.yc.clause.id;
    let end = start + 1;
    while (end < items.length && items[end]!.yc.clause.id === id) end++;
    const capText = items[start]!.yc.clause.limits.clauseCap;
    const from = start;
    start = end;
    if (capText === undefined) continue;
    const list = items.slice(from, end);
    const cap = ruleFigure(capText);
    const already = paidThisYear(ctx, id);
    const figure = () => list[0]!.yc.figures.find((f) => f.name === 'clauseCap');
    const fromGuideline = () => figure()?.source === 'guideline';
    cutToCap(
      list,
      cap,
      already,
      (item, after) =>
        after === item.amount ||
        after.equals(item.amount) ||
        adjust('clause-cap', item, after, {
          cap: yuan(cap),
          lowered: fromGuideline() ? { year: ctx.year, ceiling: String(figure()?.ceiling) } : null,
          already: already.isZero() ? null : yuan(already),
        }),
    );
  }
}

function applicantCap(items: WorkItem[], ctx: AdjustContext): void {
  if (!ctx.applicantCap) return;
  const cap = ctx.applicantCap;
  const already = paidThisYear(ctx);
  cutToCap(
    items,
    cap,
    already,
    (item, after) =>
      after === item.amount ||
      after.equals(item.amount) ||
      adjust('applicant-cap', item, after, {
        cap: yuan(cap),
        year: ctx.year,
        already: already.isZero() ? null : yuan(already),
      }),
  );
}
