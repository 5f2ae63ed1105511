import type { Bilingual, Issue, Result } from '../core/issue.js';
import { shiftYears } from '../core/calendar.js';
import { formatMoney, type Money, Money as D, sumMoney, ZERO } from '../core/money.js';
import { makeIssue } from '../locales/issue.js';
import type { YearClause } from '../rules/apply-guideline.js';
import { type ClauseDiff, diffYears, type FrameChange } from '../rules/diff.js';
import type { Application } from '../schema/application.js';
import type { Guideline } from '../schema/guideline.js';
import type { FieldRecord, Vocabulary } from '../schema/vocabulary.js';
import { allocateBudget } from './batch.js';
import type { Runtime } from './decide.js';
import type { BudgetReport, Claim, PartBudget } from './prorate.js';

/*
 * The budget impact of a draft guideline (PolicyEngine's "reform" for
 * subsidies): the same applications decided under a base and a draft policy,
 * each side prorated against its own budget, then compared part by part,
 * clause by clause and applicant by applicant. The entry points that load the
 * policies and refuse a guideline failing lint are in src/api/simulate.ts.
 *
 * One pass over the applications: each is validated once and settled under
 * both policies into claims (one small record per paid item, what proration
 * needs), never into a Decision. After proration only two money strings per
 * applicant are kept, so 100k applications cost about what one stream does.
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

/** One side's claims, kept from the pass until proration; `start[k]` is where applicant k's claims begin. */
interface SideClaims {
  claims: Claim[];
  start: number[];
  eligible: boolean[];
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
): Promise<Simulation> {
  const sides: [SideClaims, SideClaims] = [
    { claims: [], start: [], eligible: [] },
    { claims: [], start: [], eligible: [] },
  ];
  const ids: string[] = [];
  const indexes: number[] = [];
  const rejected: SimulationRejection[] = [];
  const firstIndex = new Map<string, number>();
  let index = 0;
  for await (const input of applications as AsyncIterable<unknown>) {
    // Validation does not depend on the guideline: once for both sides.
    const r = basePolicy.validate(input);
    if (!r.ok) rejected.push({ index, applicantId: applicantIdOf(input), errors: r.issues });
    else {
      const id = r.value.applicant.id;
      const first = firstIndex.get(id);
      if (first !== undefined) {
        rejected.push({
          index,
          applicantId: id,
          errors: [makeIssue('duplicate-applicant-id', ['applicant', 'id'], { key: id, first, index })],
        });
      } else {
        firstIndex.set(id, index);
        ids.push(id);
        indexes.push(index);
        await settleInto(sides[0], basePolicy, r.value);
        await settleInto(sides[1], draftPolicy, shift === 0 ? r.value : shiftApplication(r.value, shift, draftPolicy.vocabulary));
      }
    }
    index++;
  }
  firstIndex.clear();

  const baseSide = prorateSide(basePolicy, basePolicy.clauses, sides[0], ids.length);
  sides[0].claims = [];
  const draftSide = prorateSide(draftPolicy, draftPolicy.clauses, sides[1], ids.length);
  sides[1].claims = [];

  const applicants: ApplicantImpact[] = [];
  const changeFen: bigint[] = [];
  const counts: SimulationCounts = {
    applicants: ids.length,
    gain: 0,
    lose: 0,
    unchanged: 0,
    becomeEligible: 0,
    becomeIneligible: 0,
    rejected: rejected.length,
  };
  for (let k = 0; k < ids.length; k++) {
    const b = baseSide.totals[k]!;
    const d = draftSide.totals[k]!;
    const fen = toFen(d) - toFen(b);
    changeFen.push(fen);
    if (fen > 0n) counts.gain++;
    else if (fen < 0n) counts.lose++;
    else counts.unchanged++;
    const be = sides[0].eligible[k]!;
    const de = sides[1].eligible[k]!;
    if (!be && de) counts.becomeEligible++;
    if (be && !de) counts.becomeIneligible++;
    applicants.push({ applicantId: ids[k]!, index: indexes[k]!, base: b, draft: d, change: fromFen(fen), baseEligible: be, draftEligible: de });
  }
  // Fen as BigInt: an exact comparison without a Decimal per step. Array#sort is stable, so ties keep input order.
  const order = applicants.map((_, k) => k).sort((x, y) => (changeFen[x]! < changeFen[y]! ? -1 : changeFen[x]! > changeFen[y]! ? 1 : 0));

  const parts: PartImpact[] = basePolicy.rt.policy.parts.map((p) => {
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
    parts,
    totals,
    clauses,
    applicants: order.map((k) => applicants[k]!),
    counts,
    changes: { frame: diff.frame, clauses: figureImpacts },
    rejected,
  };
}

async function settleInto(side: SideClaims, pi: SimulationPolicy, app: Application): Promise<void> {
  const { claims, eligible } = await pi.settle(app);
  side.start.push(side.claims.length);
  for (const c of claims) side.claims.push(c);
  side.eligible.push(eligible);
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
  /** Each applicant's total after proration, in the order decided. */
  totals: string[];
  byClause: Map<string, ClauseTally>;
  applicantSum: Money;
}

/** Prorates one side and folds the shares into applicant totals and clause tallies; the claims can go after. */
function prorateSide(pi: SimulationPolicy, yearClauses: readonly YearClause[], side: SideClaims, n: number): ProratedSide {
  const { shares, report } = allocateBudget(pi.rt, side.claims);
  const byArticle = new Map<string, ClauseTally>();
  const byClause = new Map<string, ClauseTally>();
  for (const yc of yearClauses) {
    const tally: ClauseTally = { applicants: 0, items: 0, money: ZERO, last: -1 };
    byArticle.set(yc.clause.article, tally);
    byClause.set(yc.clause.id, tally);
  }
  const totals: string[] = new Array(n);
  let applicantSum = ZERO;
  for (let k = 0; k < n; k++) {
    const from = side.start[k]!;
    const to = k + 1 < n ? side.start[k + 1]! : side.claims.length;
    let total = ZERO;
    for (let i = from; i < to; i++) {
      const share = shares[i]!;
      if (share.isZero()) continue;
      total = total.plus(share);
      const tally = byArticle.get(side.claims[i]!.article)!;
      tally.items++;
      tally.money = tally.money.plus(share);
      if (tally.last !== k) {
        tally.applicants++;
        tally.last = k;
      }
    }
    totals[k] = formatMoney(total);
    applicantSum = applicantSum.plus(total);
  }
  return { report, totals, byClause, applicantSum };
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
