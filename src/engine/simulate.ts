import type { YearClause } from '../apply-guideline.js';
import { allocateBudget } from '../batch.js';
import { shiftYears } from '../calendar.js';
import { type ClauseDiff, diffYears, type FrameChange } from '../diff.js';
import { type Bilingual, describeValue, type Issue, makeIssue, PolicyError } from '../issues.js';
import { lintRules } from '../lint.js';
import { type EngineName, type Policy, policyInternals, type PolicyInternals, safeLoadPolicy } from '../load-policy.js';
import type { Result, RuleFile, RuleFiles } from '../load-rules.js';
import { formatMoney, type Money, Money as D, sumMoney, ZERO } from '../money.js';
import type { BudgetReport, Claim, PartBudget } from '../prorate.js';
import { bundledRules } from '../rules.generated.js';
import type { Application, UnknownFields } from '../schemas/application.js';
import type { GuidelineInput } from '../schemas/guideline.js';

/*
 * The budget impact of a draft guideline (PolicyEngine's "reform" for
 * subsidies): the same applications decided under a base year and a draft,
 * each side prorated against its own budget, then compared part by part,
 * clause by clause and applicant by applicant.
 *
 * One pass over the applications: each is validated once and settled under
 * both policies into claims (one small record per paid item, what proration
 * needs), never into a Decision. After proration only two money strings per
 * applicant are kept, so 100k applications cost about what one stream does.
 */

export interface SimulateOptions {
  /** Rule files as parsed JSON; defaults to the rules bundled with the library. */
  rules?: RuleFiles;
  /**
   * Move every date of each application by (draft year − base year) whole
   * calendar years before the draft decides it: event dates, the applicant's
   * violation dates and the years of its history. 29 February becomes
   * 28 February in a year without one. Off by default: the draft then decides
   * the applications exactly as written.
   */
  shiftEventYears?: boolean;
  engine?: EngineName;
  unknownFields?: UnknownFields;
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

export type SimulationBase = number | GuidelineInput;

type Source = Iterable<unknown> | AsyncIterable<unknown>;

/** Throws a PolicyError with every issue when a guideline fails lint or an option is wrong; see safeSimulate. */
export async function simulate(applications: Source, base: SimulationBase, draft: GuidelineInput, options: SimulateOptions = {}): Promise<Simulation> {
  const r = await safeSimulate(applications, base, draft, options);
  if (!r.ok) throw new PolicyError(r.issues);
  return r.value;
}

/**
 * Never throws on bad guidelines or options: a guideline that fails lint is
 * refused before any application is read, with every lint issue. Invalid
 * applications do not stop it: they are listed in `rejected` and left out of
 * both sides.
 *
 * @example
 * const sim = await simulate(apps, 2026, draft2027, { shiftEventYears: true });
 * sim.totals.draft.paid; // "6123456.78"
 */
export async function safeSimulate(applications: Source, base: SimulationBase, draft: GuidelineInput, options: SimulateOptions = {}): Promise<Result<Simulation>> {
  const prepared = prepare(base, draft, options);
  if (!prepared.ok) return prepared;
  if (!isIterable(applications)) {
    return { ok: false, issues: [makeIssue('usage', ['applications'], { detail: 'simulate takes an array or an (async) iterable of applications' })] };
  }
  const { basePolicy, draftPolicy } = prepared.value;
  const shift = options.shiftEventYears === true ? draftPolicy.year - basePolicy.year : 0;
  return { ok: true, value: await run(applications, basePolicy, draftPolicy, shift) };
}

function prepare(base: SimulationBase, draft: GuidelineInput, options: SimulateOptions): Result<{ basePolicy: Policy; draftPolicy: Policy }> {
  if (options === null || typeof options !== 'object') return usage('options', 'options must be an object, e.g. { shiftEventYears: true }');
  if (options.shiftEventYears !== undefined && typeof options.shiftEventYears !== 'boolean') {
    return { ok: false, issues: [makeIssue('invalid-type', ['shiftEventYears'], { expected: 'boolean', received: describeValue(options.shiftEventYears) })] };
  }
  if (draft === null || typeof draft !== 'object') return usage('draft', 'the draft must be a guideline object');
  if (typeof base !== 'number' && (base === null || typeof base !== 'object')) return usage('base', 'the base must be a year (2026) or a guideline object');
  const files = options.rules ?? bundledRules;
  if (files === null || typeof files !== 'object' || !Array.isArray(files.guidelines)) return usage('rules', 'rules must be an object { policy, clauses, guidelines }');

  // Each guideline is linted on its own (base and draft may share a year), under a name lint accepts
  // (`<year>.json`) that says which side it is; the rule files' own problems are reported once.
  const named = (side: 'base' | 'draft', g: unknown): RuleFile => ({ file: `${side}/${String((g as { year?: unknown }).year)}.json`, data: g });
  let baseFile: RuleFile;
  if (typeof base === 'number') {
    const found = files.guidelines.find((g) => (g.data as { year?: unknown } | null)?.year === base);
    if (!found) {
      const years = files.guidelines.map((g) => (g.data as { year?: unknown } | null)?.year).filter((y) => typeof y === 'number').sort().join(', ') || '(none)';
      return { ok: false, issues: [makeIssue('no-guideline', ['base'], { received: String(base), detail: years })] };
    }
    baseFile = found;
  } else baseFile = named('base', base);
  const draftFile = named('draft', draft);
  const problems = lintRules({ policy: files.policy, clauses: files.clauses, guidelines: [draftFile] });
  problems.push(...lintRules({ policy: files.policy, clauses: files.clauses, guidelines: [baseFile] }).filter((i) => i.file === baseFile.file));
  if (problems.length > 0) return { ok: false, issues: problems };

  const common = { rules: options.rules, engine: options.engine, unknownFields: options.unknownFields };
  const b = safeLoadPolicy(typeof base === 'number' ? { ...common, year: base } : { ...common, guideline: base });
  if (!b.ok) return b;
  const d = safeLoadPolicy({ ...common, guideline: draft });
  if (!d.ok) return d;
  return { ok: true, value: { basePolicy: b.value, draftPolicy: d.value } };
}

function usage(path: string, detail: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [makeIssue('usage', [path], { detail })] };
}

/** One side's claims, kept from the pass until proration; `start[k]` is where applicant k's claims begin. */
interface SideClaims {
  claims: Claim[];
  start: number[];
  eligible: boolean[];
}

async function run(applications: Source, basePolicy: Policy, draftPolicy: Policy, shift: number): Promise<Simulation> {
  const bi = policyInternals(basePolicy);
  const di = policyInternals(draftPolicy);
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
    const r = bi.validate(input);
    if (!r.ok) rejected.push({ index, applicantId: applicantIdOf(input), errors: r.issues });
    else {
      const id = r.value.applicant.id;
      const first = firstIndex.get(id);
      if (first !== undefined) {
        rejected.push({ index, applicantId: id, errors: [makeIssue('duplicate-applicant-id', ['applicant', 'id'], { key: id, detail: `applications ${first} and ${index}` })] });
      } else {
        firstIndex.set(id, index);
        ids.push(id);
        indexes.push(index);
        await settleInto(sides[0], bi, r.value);
        await settleInto(sides[1], di, shift === 0 ? r.value : shiftApplication(r.value, shift));
      }
    }
    index++;
  }
  firstIndex.clear();

  const baseSide = prorateSide(bi, basePolicy.clauses, sides[0], ids.length);
  sides[0].claims = [];
  const draftSide = prorateSide(di, draftPolicy.clauses, sides[1], ids.length);
  sides[1].claims = [];

  const applicants: ApplicantImpact[] = [];
  const changeFen: bigint[] = [];
  const counts: SimulationCounts = { applicants: ids.length, gain: 0, lose: 0, unchanged: 0, becomeEligible: 0, becomeIneligible: 0, rejected: rejected.length };
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

  const parts: PartImpact[] = bi.rt.policy.parts.map((p) => {
    const b = baseSide.report.parts.find((x) => x.part === p.id)!;
    const d = draftSide.report.parts.find((x) => x.part === p.id)!;
    return { part: p.id, number: p.number, title: p.title, base: b, draft: d, change: difference(b.paid, d.paid) };
  });

  const clauses: ClauseImpact[] = basePolicy.clauses.map((yc) => {
    const b = baseSide.byClause.get(yc.clause.id)!;
    const d = draftSide.byClause.get(yc.clause.id)!;
    const figures = (f: ClauseTally): ClauseFigures => ({ applicants: f.applicants, items: f.items, money: formatMoney(f.money) });
    return { clause: yc.clause.id, article: yc.clause.article, part: yc.clause.part, title: yc.clause.title, base: figures(b), draft: figures(d), change: formatMoney(d.money.minus(b.money)) };
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

async function settleInto(side: SideClaims, pi: PolicyInternals, app: Application): Promise<void> {
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
function prorateSide(pi: PolicyInternals, yearClauses: readonly YearClause[], side: SideClaims, n: number): ProratedSide {
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

function sideOf(p: Policy): SimulationSide {
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

/** The application as it would be filed `years` later: every date and history year moved alike, so look-back periods keep their meaning. */
export function shiftApplication(app: Application, years: number): Application {
  return {
    ...app,
    applicant: { ...app.applicant, ipViolationDates: app.applicant.ipViolationDates.map((d) => shiftYears(d, years)) },
    events: app.events.map((e) => ({ ...e, date: shiftYears(e.date, years) })),
    history: app.history.map((h) => ({ ...h, year: h.year + years })),
  };
}

function applicantIdOf(input: unknown): string | null {
  const id = (input as { applicant?: { id?: unknown } } | null)?.applicant?.id;
  return typeof id === 'string' ? id : null;
}

function isIterable(value: unknown): value is Source {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const v = value as Record<symbol, unknown>;
  return typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function';
}
