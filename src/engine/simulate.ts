import type { Bilingual, Issue, Result } from '../core/issue.js';
import { shiftYears } from '../core/calendar.js';
import { formatMoney, type Money, Money as D, money, sumMoney, ZERO } from '../core/money.js';
import { makeIssue } from '../locales/issue.js';
import type { YearClause } from '../rules/apply-guideline.js';
import { type ClauseDiff, diffYears, type FrameChange } from '../rules/diff.js';
import type { Application } from '../schema/application.js';
import type { Guideline } from '../schema/guideline.js';
import type { FieldRecord, Vocabulary } from '../schema/vocabulary.js';
import type { Runtime } from './decide.js';
import type { BudgetReport, Claim, PartBudget } from './prorate.js';
import { findRepeats, memorySpills, type Seen, skipRepeats, type Spill, type SpillStore, type SpillStoreFactory } from './spill.js';
import { type ClaimRecord, claimRow, type PartPlan, planProration, shareOf } from './streamed-proration.js';

/*
 * The budget impact of a draft guideline (PolicyEngine's "reform" for
 * subsidies): the same applications decided under a base and a draft policy,
 * each side prorated against its own budget, then compared part by part,
 * clause by clause and applicant by applicant. The entry points that load the
 * policies and refuse a guideline failing lint are in src/api/simulate.ts.
 *
 * One pass over the applications: each is validated once and settled under
 * both policies into claims (one small record per paid item, what proration
 * needs), never into a Decision; the claims go to spills (in memory by
 * default, on disk from the CLI), proration reads them back as a stream does
 * (streamed-proration.ts), and what grows with the applications in memory is
 * the result itself: one row per applicant.
 */

/** What a simulation needs of one loaded policy: its public figures and, kept off the pinned Policy, its runtime. */
export interface SimulationPolicy {
  year: number;
  guideline: Guideline;
  clauses: readonly YearClause[];
  rulesHash: string;
  rt: Runtime;
  vocabulary: Vocabulary;
  validate(input: unknown): Result<Application>;
  /** One application's paid claims, and whether any item's conditions were met, without building a Decision. */
  settle(app: Application): Promise<{ claims: Claim[]; eligible: boolean }>;
}

/** Which policy a side used. */
export interface SimulationSide {
  year: number;
  title: Bilingual;
  provenance: 'reference' | 'published';
  rulesHash: string;
}

export interface PartImpact {
  part: string;
  number: number;
  title: Bilingual;
  base: PartBudget;
  draft: PartBudget;
  /** draft paid − base paid. */
  change: string;
}

export interface ClauseFigures {
  /** Applicants paid anything by the clause, after proration. */
  applicants: number;
  /** Items the clause pays an amount above zero, after proration. */
  items: number;
  money: string;
}

export interface ClauseImpact {
  clause: string;
  article: string;
  part: string;
  title: Bilingual;
  base: ClauseFigures;
  draft: ClauseFigures;
  change: string;
}

export interface ApplicantImpact {
  applicantId: string;
  /** The application's position in the input, from 0. */
  index: number;
  base: string;
  draft: string;
  change: string;
  /** At least one item's conditions were met (whether or not money followed). */
  baseEligible: boolean;
  draftEligible: boolean;
}

export interface SimulationCounts {
  /** Applications decided on both sides. */
  applicants: number;
  gain: number;
  lose: number;
  unchanged: number;
  /** Not eligible for any item under the base, eligible for one under the draft. */
  becomeEligible: number;
  becomeIneligible: number;
  rejected: number;
}

/** A figure, suspension, condition or material the draft changes, beside the money its clause moves. */
export interface FigureImpact extends ClauseDiff {
  base: string;
  draft: string;
  change: string;
}

export interface SideTotals {
  budget: string;
  requested: string;
  /** Σ per-part paid. */
  paid: string;
  /** Σ applicant totals: equal to `paid` to the fen. */
  applicants: string;
  /** Σ per-clause money: equal to `paid` to the fen. */
  clauses: string;
}

export interface SimulationRejection {
  index: number;
  applicantId: string | null;
  errors: Issue[];
}

export interface Simulation {
  /** The decision year: the draft's. */
  year: number;
  base: SimulationSide;
  draft: SimulationSide;
  /** Whole years each application's dates were moved for the draft (0 unless asked). */
  shiftYears: number;
  parts: PartImpact[];
  totals: { base: SideTotals; draft: SideTotals; change: string };
  clauses: ClauseImpact[];
  /** Sorted by change, the largest loss first; equal changes in input order. */
  applicants: ApplicantImpact[];
  counts: SimulationCounts;
  changes: { frame: FrameChange[]; clauses: FigureImpact[] };
  rejected: SimulationRejection[];
}

/** One application as a side settled it: its paid claims and whether any item's conditions were met. */
interface Settled extends ClaimRecord {
  eligible: boolean;
}

export type SimulationSource = Iterable<unknown> | AsyncIterable<unknown>;

/**
 * Decides every application under both policies and compares them. `shift`:
 * whole years each application is moved before the draft decides it (0: as
 * written). Invalid applications and repeated applicant ids are listed in
 * `rejected` and left out of both sides.
 */
export async function runSimulation(
  applications: SimulationSource,
  basePolicy: SimulationPolicy,
  draftPolicy: SimulationPolicy,
  shift: number,
  spills: SpillStoreFactory = memorySpills,
): Promise<Simulation> {
  const store = spills();
  try {
    return await simulateWith(store, applications, basePolicy, draftPolicy, shift);
  } finally {
    await store.dispose();
  }
}

async function simulateWith(
  store: SpillStore,
  applications: SimulationSource,
  basePolicy: SimulationPolicy,
  draftPolicy: SimulationPolicy,
  shift: number,
): Promise<Simulation> {
  const sides = [store.spill<Settled>(), store.spill<Settled>()] as const;
  const seen = store.spill<Seen>();
  const rejected: SimulationRejection[] = [];
  let index = 0;
  for await (const input of applications as AsyncIterable<unknown>) {
    // Validation does not depend on the guideline: once for both sides.
    const r = basePolicy.validate(input);
    if (!r.ok) rejected.push({ index, applicantId: applicantIdOf(input), errors: r.issues });
    else {
      await seen.push({ who: r.value.applicant.id, index });
      await settleInto(sides[0], basePolicy, r.value, index);
      await settleInto(sides[1], draftPolicy, shift === 0 ? r.value : shiftApplication(r.value, shift, draftPolicy.vocabulary), index);
    }
    index++;
  }
  // A second application under an applicant id already used is left out of both sides.
  const repeated = await findRepeats(store, seen);
  for await (const x of repeated.read()) {
    rejected.push({
      index: x.index,
      applicantId: x.who,
      errors: [makeIssue('duplicate-applicant-id', ['applicant', 'id'], { key: x.who, first: x.first, index: x.index })],
    });
  }
  rejected.sort((a, b) => a.index - b.index);

  const parts = basePolicy.rt.policy.parts.map((p) => p.id);
  const plan = (pi: SimulationPolicy, side: Spill<Settled>) =>
    planProration(pi.rt.budget.parts, pi.rt.budget.total, parts, store, () => skipRepeats(side, repeated));
  const baseSide = prorated(basePolicy.clauses, await plan(basePolicy, sides[0]), parts);
  const draftSide = prorated(draftPolicy.clauses, await plan(draftPolicy, sides[1]), parts);

  const applicants: ApplicantImpact[] = [];
  const changeFen: bigint[] = [];
  const counts: SimulationCounts = {
    applicants: 0,
    gain: 0,
    lose: 0,
    unchanged: 0,
    becomeEligible: 0,
    becomeIneligible: 0,
    rejected: rejected.length,
  };
  // Both sides settled the same applications in the same order: read side by side.
  const draftRows = skipRepeats(sides[1], repeated)[Symbol.asyncIterator]();
  for await (const base of skipRepeats(sides[0], repeated)) {
    const draft = (await draftRows.next()).value as Settled;
    const k = counts.applicants++;
    const b = baseSide.add(base, k);
    const d = draftSide.add(draft, k);
    const fen = toFen(d) - toFen(b);
    changeFen.push(fen);
    if (fen > 0n) counts.gain++;
    else if (fen < 0n) counts.lose++;
    else counts.unchanged++;
    if (!base.eligible && draft.eligible) counts.becomeEligible++;
    if (base.eligible && !draft.eligible) counts.becomeIneligible++;
    applicants.push({
      applicantId: base.applicantId,
      index: base.index,
      base: b,
      draft: d,
      change: fromFen(fen),
      baseEligible: base.eligible,
      draftEligible: draft.eligible,
    });
  }
  // Fen as BigInt: an exact comparison without a Decimal per step. Array#sort is stable, so ties keep input order.
  const order = applicants.map((_, k) => k).sort((x, y) => (changeFen[x]! < changeFen[y]! ? -1 : changeFen[x]! > changeFen[y]! ? 1 : 0));

  const partImpacts: PartImpact[] = basePolicy.rt.policy.parts.map((p) => {
    const b = baseSide.report.parts.find((x) => x.part === p.id)!;
    const d = draftSide.report.parts.find((x) => x.part === p.id)!;
    return { part: p.id, number: p.number, title: p.title, base: b, draft: d, change: difference(b.paid, d.paid) };
  });

  const clauses: ClauseImpact[] = basePolicy.clauses.map((yc) => {
    const b = baseSide.byClause.get(yc.clause.id)!;
    const d = draftSide.byClause.get(yc.clause.id)!;
    const figures = (f: ClauseTally): ClauseFigures => ({ applicants: f.applicants, items: f.items, money: formatMoney(f.money) });
    return {
      clause: yc.clause.id,
      article: yc.clause.article,
      part: yc.clause.part,
      title: yc.clause.title,
      base: figures(b),
      draft: figures(d),
      change: formatMoney(d.money.minus(b.money)),
    };
  });
  const clauseMoney = new Map(clauses.map((c) => [c.clause, c]));

  const diff = diffYears(
    { label: String(basePolicy.year), guideline: basePolicy.guideline, clauses: basePolicy.clauses },
    { label: String(draftPolicy.year), guideline: draftPolicy.guideline, clauses: draftPolicy.clauses },
  );
  const figureImpacts: FigureImpact[] = diff.clauses.map((c) => {
    const m = clauseMoney.get(c.clause)!;
    return { ...c, base: m.base.money, draft: m.draft.money, change: m.change };
  });

  const totals = { base: sideTotals(baseSide), draft: sideTotals(draftSide), change: '' };
  totals.change = difference(totals.base.paid, totals.draft.paid);
  return {
    year: draftPolicy.year,
    base: sideOf(basePolicy),
    draft: sideOf(draftPolicy),
    shiftYears: shift,
    parts: partImpacts,
    totals,
    clauses,
    applicants: order.map((k) => applicants[k]!),
    counts,
    changes: { frame: diff.frame, clauses: figureImpacts },
    rejected,
  };
}

async function settleInto(side: Spill<Settled>, pi: SimulationPolicy, app: Application, index: number): Promise<void> {
  const { claims, eligible } = await pi.settle(app);
  await side.push({ index, applicantId: app.applicant.id, claims: claims.map(claimRow), eligible });
}

interface ClauseTally {
  applicants: number;
  items: number;
  money: Money;
  /** The last applicant counted, so each is counted once. */
  last: number;
}

interface ProratedSide {
  report: BudgetReport;
  byClause: Map<string, ClauseTally>;
  applicantSum: Money;
  /** Folds applicant k's prorated shares into the clause tallies; gives its total. */
  add(record: Settled, k: number): string;
}

/** One side's proration, applied applicant by applicant in the order settled (claims numbered as `planProration` numbered them). */
function prorated(yearClauses: readonly YearClause[], { plans, report }: { plans: PartPlan[]; report: BudgetReport }, parts: readonly string[]): ProratedSide {
  const partIndex = new Map(parts.map((id, i) => [id, i]));
  const byArticle = new Map<string, ClauseTally>();
  const byClause = new Map<string, ClauseTally>();
  for (const yc of yearClauses) {
    const tally: ClauseTally = { applicants: 0, items: 0, money: ZERO, last: -1 };
    byArticle.set(yc.clause.article, tally);
    byClause.set(yc.clause.id, tally);
  }
  let seq = 0;
  const side: ProratedSide = {
    report,
    byClause,
    applicantSum: ZERO,
    add(record, k) {
      let total = ZERO;
      for (const [part, amount, article, subject] of record.claims) {
        const share = shareOf(plans, partIndex.get(part) ?? -1, money(amount), { applicantId: record.applicantId, article, subject, seq: seq++ });
        if (share.isZero()) continue;
        total = total.plus(share);
        const tally = byArticle.get(article)!;
        tally.items++;
        tally.money = tally.money.plus(share);
        if (tally.last !== k) {
          tally.applicants++;
          tally.last = k;
        }
      }
      side.applicantSum = side.applicantSum.plus(total);
      return formatMoney(total);
    },
  };
  return side;
}

function sideTotals(s: ProratedSide): SideTotals {
  return {
    budget: s.report.total,
    requested: s.report.requested,
    paid: s.report.paid,
    applicants: formatMoney(s.applicantSum),
    clauses: formatMoney(sumMoney([...s.byClause.values()].map((t) => t.money))),
  };
}

function sideOf(p: SimulationPolicy): SimulationSide {
  return { year: p.year, title: p.guideline.title, provenance: p.guideline.provenance, rulesHash: p.rulesHash };
}

/** b − a of two of our own two-decimal strings (a sum over a big batch may pass money()'s digit limit). */
function difference(a: string, b: string): string {
  return formatMoney(new D(b).minus(new D(a)));
}

/** "1234.50" → 123450n: our own two-decimal strings, so the digits are the fen. */
function toFen(s: string): bigint {
  return BigInt(s.replace('.', ''));
}

function fromFen(fen: bigint): string {
  const neg = fen < 0n;
  const digits = (neg ? -fen : fen).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * The application as it would be filed `years` later: every field the
 * vocabulary types as a date (or a list of dates) moved by whole calendar
 * years, every year field by the same count — event dates, the applicant's
 * violation dates, the years of its history alike, so look-back and
 * claw-back periods keep their meaning. The original is not changed.
 */
export function shiftApplication<A extends { applicant: object; events: readonly { type: string }[]; history: readonly object[] }>(
  app: A,
  years: number,
  vocabulary: Vocabulary,
): A {
  const typeFields = (type: string) => (Object.prototype.hasOwnProperty.call(vocabulary.eventTypes, type) ? vocabulary.eventTypes[type] : undefined);
  const events = app.events.map((e) => shiftRecord(e, years, vocabulary.event, typeFields(e.type)));
  return {
    ...app,
    applicant: shiftRecord(app.applicant, years, vocabulary.applicant),
    events,
    history: app.history.map((h) => shiftRecord(h, years, vocabulary.history)),
  };
}

function shiftRecord<T extends object>(record: T, years: number, ...fieldSets: (FieldRecord | undefined)[]): T {
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const set of fieldSets) {
    if (!set) continue;
    for (const [name, field] of Object.entries(set.fields)) {
      const v = out[name];
      if (v === undefined) continue;
      if (field.type === 'date' && typeof v === 'string') out[name] = shiftYears(v, years);
      else if (field.type === 'list' && field.of === 'date' && Array.isArray(v)) out[name] = v.map((d: string) => shiftYears(d, years));
      else if (field.type === 'year' && typeof v === 'number') out[name] = v + years;
    }
  }
  return out as T;
}

function applicantIdOf(input: unknown): string | null {
  const id = (input as { applicant?: { id?: unknown } } | null)?.applicant?.id;
  return typeof id === 'string' ? id : null;
}
