import type { Bilingual } from '../core/issue.js';
import { applyCrossClauseRules, type WorkItem } from './adjust.js';
import { baseAmount, type Computation } from './amount.js';
import type { Figure, YearClause } from '../rules/apply-guideline.js';
import { blockingLeaves, type LeafResult, type Tree } from '../rules/condition-tree.js';
import type { ConditionTrace, Decision, Item, Warning } from './decision.js';
import { deepFreeze, type Facts } from '../core/facts.js';
import { identityKey } from '../core/identity.js';
import { enWarnings } from '../locales/en/issues.js';
import { zhWarnings } from '../locales/zh/issues.js';
import { formatMoney, Money, money, ZERO } from '../core/money.js';
import { resolvePath } from '../core/path.js';
import type { Claim } from './prorate.js';
import type { Application } from '../schema/application.js';
import type { Leaf } from '../schema/condition.js';
import type { PolicyFile } from '../schema/policy.js';

/*
 * One application -> one Decision. Planning (which clause × subject items,
 * with which facts) and finishing (amounts, cross-clause rules, the trace) are
 * shared; only the condition evaluation in between differs by evaluator.
 */

export interface LeafMeta {
  id: string;
  source: ConditionTrace['source'];
  leaf: Leaf;
}

export interface RuntimeClause {
  yc: YearClause;
  tree: Tree;
  meta: LeafMeta[];
  clauseFact: object;
  compiled: (facts: Facts) => { passed: boolean; results: LeafResult[] };
  /** What every item's trace of this clause shares, made on first use (a field, not a WeakMap: it is read for every item). */
  shared?: SharedTrace;
}

interface SharedTrace {
  leaves: StaticLeaf[];
  flat: boolean;
  figures: Map<string, Figure[]>;
  // the clause's words, frozen copies every Decision shows (the rules' own objects stay unshown)
  title: Bilingual;
  materials: Bilingual[];
  suspended: Bilingual | null;
}

export interface Runtime {
  policy: PolicyFile;
  year: number;
  clauses: RuntimeClause[];
  context: object;
  applicantCap: Money | null;
  budget: { total: string; parts: Record<string, string> };
  rulesHash: string;
  guideline: Decision['guideline'];
  /** The warnings' wording, made on first use. */
  wordings?: Map<string, Bilingual>;
}

export interface PlannedItem {
  rc: RuntimeClause;
  event: Record<string, unknown> | null;
  subject: string;
  subjectKey: string;
  /** What the key is compared by (src/core/identity.ts): the same subject however it was typed. */
  identity: string;
  /** For a once-per-applicant item: the applicant's other identity (its credit code), which history may name. */
  altIdentity: string | null;
  facts: Facts;
}

export type Outcome = { passed: boolean; results: LeafResult[] };

/** The event fact of a clause about the applicant: nothing to read. */
const NO_EVENT: object = Object.freeze(Object.setPrototypeOf({}, null) as object);

function compareEvents(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The events by date, then id. A short list is sorted in place on its copy: Array#sort allocates a work array each call. */
function sortedEvents(events: readonly Application['events'][number][]): Record<string, unknown>[] {
  const out = events.slice() as unknown as Array<Record<string, unknown> & { date: string; id: string }>;
  if (out.length > 16) return out.sort(compareEvents);
  for (let i = 1; i < out.length; i++) {
    const e = out[i]!;
    let j = i - 1;
    while (j >= 0 && compareEvents(out[j]!, e) > 0) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = e;
  }
  return out;
}

const NO_EVENTS: readonly string[] = Object.freeze([]);

/** The ids of events the previous policy already supported, by the application's own word (only events up to its expiry count). */
function predecessorFunded(policy: PolicyFile, events: Application['events']): readonly string[] {
  const p = policy.predecessor;
  if (p === undefined) return NO_EVENTS;
  let out: string[] | undefined;
  for (const e of events) if (e.date <= p.expired && e[p.field] === true) (out ??= []).push(e.id);
  return out === undefined ? NO_EVENTS : out.sort();
}

/**
 * Items in catalogue order: article, then event date, then event id. The
 * application comes from parseApplication, so it is private to this call:
 * its objects serve as facts without a copy (conditions read own properties only).
 */
export function planItems(rt: Runtime, app: Application): PlannedItem[] {
  const applicant = app.applicant;
  // Sorted: the trace shows this list, and the order of history entries must not change a decision.
  const clawbackYears: number[] = [];
  for (const h of app.history) if (h.clawedBack === true) clawbackYears.push(h.year);
  if (clawbackYears.length > 1) clawbackYears.sort((a, b) => a - b);
  // every fact is read as own properties (segmentReader, the engine's resolver), so a plain object will do
  const history = { clawbackYears, predecessorFunded: predecessorFunded(rt.policy, app.events) };
  const events = sortedEvents(app.events);
  // A few events are found by a scan per clause; many, through a map by type.
  let byType: Map<unknown, Record<string, unknown>[]> | undefined;
  if (events.length > 8) {
    byType = new Map();
    for (const e of events) {
      const list = byType.get(e.type);
      if (list) list.push(e);
      else byType.set(e.type, [e]);
    }
  }
  const idIdentity = identityKey(applicant.id);
  const creditIdentity = typeof applicant.creditCode === 'string' && Object.hasOwn(applicant, 'creditCode') ? identityKey(applicant.creditCode) : null;
  const planned: PlannedItem[] = [];
  for (const rc of rt.clauses) {
    const { clause } = rc.yc;
    if (clause.subject === 'applicant') {
      const facts: Facts = { applicant, event: NO_EVENT, context: rt.context, clause: rc.clauseFact, history };
      planned.push({ rc, event: null, subject: app.applicant.id, subjectKey: app.applicant.id, identity: idIdentity, altIdentity: creditIdentity, facts });
      continue;
    }
    const oncePer = clause.limits.oncePer;
    const candidates = byType ? (byType.get(clause.subject) ?? []) : events;
    for (let i = 0; i < candidates.length; i++) {
      const event = candidates[i]!;
      if (event.type !== clause.subject) continue;
      const facts: Facts = { applicant, event, context: rt.context, clause: rc.clauseFact, history };
      const subjectKey = oncePer === 'applicant' ? app.applicant.id : oncePer !== undefined ? String(resolvePath(event, oncePer)) : String(event.id);
      const perApplicant = oncePer === 'applicant';
      planned.push({
        rc,
        event,
        subject: String(event.id),
        subjectKey,
        identity: perApplicant ? idIdentity : identityKey(subjectKey),
        altIdentity: perApplicant ? creditIdentity : null,
        facts,
      });
    }
  }
  return planned;
}

/**
 * What claimsOf(finishDecision(...)) gives, without building the Decision: the
 * paid items proration needs, in item order. A stream's first pass keeps only these.
 */
export function finishClaims(rt: Runtime, app: Application, planned: PlannedItem[], outcomes: Outcome[]): Claim[] {
  const claims: Claim[] = [];
  for (const w of settle(rt, app, planned, outcomes).work) {
    const amount = formatMoney(w.amount);
    if (amount === '0.00') continue;
    // Copying the parsed Decimal trims its digit array to size (parsing leaves it over-allocated),
    // which matters when a stream of 100k applications holds every claim between its passes.
    claims.push({ part: w.yc.clause.part, amount: new Money(money(amount)), applicantId: app.applicant.id, article: w.yc.clause.article, subject: w.subject });
  }
  return claims;
}

const hasOwn = Object.prototype.hasOwnProperty;

function plain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    // slice, then copy only the objects: the lists here (counties, kinds, dates) are mostly strings
    const out: unknown[] = v.slice();
    for (let i = 0; i < out.length; i++) {
      const x = out[i];
      if (x !== null && typeof x === 'object') out[i] = plain(x);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in v) if (hasOwn.call(v, k)) out[k] = plain((v as Record<string, unknown>)[k]);
  return out;
}

// Frozen values are the rules' and the year's (load-policy freezes them), and the rules' words
// (labels, titles, materials, figures) are theirs too: their plain copy is made once, frozen, and
// shown by every Decision, which so shares nothing a caller could change.
const sharedCopies = new WeakMap<object, unknown>();

function shownExpected(m: StaticLeaf, v: object): unknown {
  if (!Object.isFrozen(v)) return plain(v);
  m.shownFrom = v;
  m.shown = sharedCopy(v);
  return m.shown;
}

function frozenWords(v: Bilingual | null | undefined): Bilingual | null {
  return v === null || v === undefined ? null : (sharedCopy(v) as Bilingual);
}

function sharedCopy(v: object): unknown {
  let copy = sharedCopies.get(v);
  if (copy === undefined) {
    copy = deepFreeze(plain(v));
    sharedCopies.set(v, copy);
  }
  return copy;
}

/** Amounts and the cross-clause rules: every item's final amount, before any trace is built. */
function settle(rt: Runtime, app: Application, planned: PlannedItem[], outcomes: Outcome[]): { work: WorkItem[]; computations: (Computation | null)[] } {
  const work = new Array<WorkItem>(planned.length);
  const computations = new Array<Computation | null>(planned.length);
  for (let i = 0; i < planned.length; i++) {
    const p = planned[i]!;
    const { passed } = outcomes[i]!;
    const base = passed ? baseAmount(p.rc.yc.clause.amount, p.event ?? NO_EVENT) : null;
    computations[i] = base?.computation ?? null;
    work[i] = {
      yc: p.rc.yc,
      event: p.event,
      subject: p.subject,
      subjectKey: p.subjectKey,
      identity: p.identity,
      altIdentity: p.altIdentity,
      eligible: passed,
      base: base?.value ?? ZERO,
      baseText: base?.text ?? '0.00',
      cap: base?.cap ?? null,
      amount: base?.value ?? ZERO,
      adjustments: [],
    };
  }

  applyCrossClauseRules(work, {
    policy: rt.policy,
    year: rt.year,
    applicantId: app.applicant.id,
    applicantCap: rt.applicantCap,
    history: app.history,
  });
  return { work, computations };
}

export function finishDecision(rt: Runtime, app: Application, planned: PlannedItem[], outcomes: Outcome[]): Decision {
  const { work, computations } = settle(rt, app, planned, outcomes);
  const items: Item[] = work.map((w, i) => toItem(planned[i]!, outcomes[i]!, w, computations[i]!));
  const warnings = warningsFor(rt, work);
  for (let i = 0; i < items.length; i++) if (!items[i]!.eligible) referenceConditionWarnings(planned[i]!, items[i]!, warnings);
  return {
    applicantId: app.applicant.id,
    year: rt.year,
    total: formatMoney(totalOf(work)),
    items,
    warnings,
    excludedEvents: (app.excluded ?? []).map((x) => ({
      subject: x.subject,
      code: x.code,
      reason: { zh: zhWarnings[x.code](), en: enWarnings[x.code]() },
    })),
    rulesHash: rt.rulesHash,
    guideline: rt.guideline,
  };
}

function totalOf(work: readonly WorkItem[]): Money {
  let total = ZERO;
  for (let i = 0; i < work.length; i++) {
    const a = work[i]!.amount;
    if (a !== ZERO) total = total === ZERO ? a : total.plus(a);
  }
  return total;
}

const NONE_BLOCKING: readonly boolean[] = [];

/** Per leaf, whether it is one of the reasons the item fails (a tree that is not flat). */
function blockingFlags(tree: Tree, results: readonly LeafResult[]): boolean[] {
  const flags = new Array<boolean>(results.length).fill(false);
  for (const i of blockingLeaves(tree.root, results)) flags[i] = true;
  return flags;
}

type StaticLeaf = Pick<ConditionTrace, 'id' | 'source' | 'label' | 'failure' | 'fact' | 'path' | 'operator'> & {
  // the last frozen `expected` shown and its shared copy: a leaf's expected value is nearly always the same object
  shownFrom: object | null;
  shown: unknown;
};

/**
 * The parts of each leaf's trace that never change, read once per clause into
 * objects of one shape (leaves parsed from the rule files come in many shapes,
 * and reading them afresh for every item was a measurable cost); whether the
 * tree is one `all` of leaves (most clauses), whose blocking leaves are simply
 * the failed ones; and the figure lists by table entry.
 */
function sharedTrace(rc: RuntimeClause): SharedTrace {
  if (rc.shared) return rc.shared;
  const root = rc.tree.root;
  rc.shared = {
    leaves: rc.meta.map((m) => ({
      id: m.id,
      source: m.source,
      label: frozenWords(m.leaf.label),
      failure: frozenWords(m.leaf.failure),
      fact: m.leaf.fact,
      path: m.leaf.path,
      operator: m.leaf.operator,
      shownFrom: null,
      shown: undefined,
    })),
    flat: root.kind === 'all' && root.children.every((c) => c.kind === 'leaf'),
    figures: new Map(),
    title: sharedCopy(rc.yc.clause.title) as Bilingual,
    materials: sharedCopy(rc.yc.materials) as Bilingual[],
    suspended: frozenWords(rc.yc.suspended),
  };
  return rc.shared;
}

function toItem(p: PlannedItem, outcome: Outcome, w: WorkItem, computation: Computation | null): Item {
  const { yc, tree } = p.rc;
  const shared = sharedTrace(p.rc);
  // A flat tree (one `all` of leaves, most clauses) is blocked by exactly its failed leaves: no list to build.
  const flat = shared.flat;
  const blocking = outcome.passed || flat ? NONE_BLOCKING : blockingFlags(tree, outcome.results);
  const failing = !outcome.passed && flat;
  const leaves = shared.leaves;
  const baseAmount = w.baseText;
  const conditions = new Array<ConditionTrace>(leaves.length);
  for (let i = 0; i < leaves.length; i++) {
    const m = leaves[i]!;
    const r = outcome.results[i]!;
    const { expected, actual } = r;
    conditions[i] = {
      id: m.id,
      source: m.source,
      label: m.label,
      failure: m.failure,
      fact: m.fact,
      path: m.path,
      operator: m.operator,
      // copies, so that a caller changing one decision changes nothing else (the rules included)
      expected: expected === null || typeof expected !== 'object' ? expected : expected === m.shownFrom ? m.shown : shownExpected(m, expected),
      actual: actual === null || typeof actual !== 'object' ? actual : plain(actual),
      passed: r.passed,
      blocking: failing ? !r.passed : blocking[i] === true,
    };
  }
  return {
    clause: yc.clause.id,
    article: yc.clause.article,
    part: yc.clause.part,
    nature: yc.clause.nature,
    title: shared.title,
    subject: p.subject,
    subjectKey: p.subjectKey,
    eligible: outcome.passed,
    baseAmount,
    amount: w.amount === w.base ? baseAmount : formatMoney(w.amount),
    conditions,
    adjustments: w.adjustments,
    computation,
    figures: figuresUsed(shared, yc.figures, computation),
    materials: shared.materials,
    suspended: shared.suspended,
    provenance: yc.clause.provenance,
  };
}

/** The figures an item relied on: every figure of its form, but only the table entry it looked up. */
function figuresUsed(shared: SharedTrace, figures: Figure[], computation: Computation | null): Figure[] {
  const entry = computation?.key !== undefined ? `table:${computation.key}` : '';
  let list = shared.figures.get(entry);
  if (!list) {
    list = figures.filter((f) => !f.name.startsWith('table:') || f.name === entry).map((f) => sharedCopy(f) as Figure);
    shared.figures.set(entry, list);
  }
  return list.slice(); // the caller's own list: a Decision shares no array with the rules
}

// The wording of each warning, made once per runtime and clause: the strings are shared, the objects are each Decision's own.
function wording(rt: Runtime, key: string): Bilingual | undefined {
  const w = rt.wordings?.get(key);
  return w === undefined ? undefined : { zh: w.zh, en: w.en };
}

function remember(rt: Runtime, key: string, w: Bilingual): Bilingual {
  (rt.wordings ??= new Map()).set(key, w);
  return { zh: w.zh, en: w.en };
}

function warningsFor(rt: Runtime, work: WorkItem[]): Warning[] {
  const warnings: Warning[] = [];
  if (rt.guideline.provenance === 'reference') {
    const year = { year: rt.year };
    warnings.push({
      code: 'reference-guideline',
      message: wording(rt, '') ?? remember(rt, '', { zh: zhWarnings['reference-guideline'](year), en: enWarnings['reference-guideline'](year) }),
    });
  }
  for (const w of work) {
    const c = w.yc.clause;
    if (!w.eligible || c.provenance !== 'reference' || warnings.some((x) => x.clause === c.id)) continue;
    warnings.push({
      code: 'reference-figure',
      clause: c.id,
      message:
        wording(rt, c.id) ??
        remember(rt, c.id, {
          zh: zhWarnings['reference-figure']({ article: c.article, title: c.title.zh }),
          en: enWarnings['reference-figure']({ article: c.article, title: c.title.en }),
        }),
    });
  }
  return warnings;
}

/** A refusal on a condition whose threshold or scope is ours, not the seed's, says so (once per clause and condition). */
function referenceConditionWarnings(p: PlannedItem, item: Item, warnings: Warning[]): void {
  const { meta } = p.rc;
  const c = p.rc.yc.clause;
  for (let j = 0; j < item.conditions.length; j++) {
    const trace = item.conditions[j]!;
    if (!trace.blocking || meta[j]!.leaf.provenance !== 'reference') continue;
    if (warnings.some((w) => w.code === 'reference-condition' && w.clause === c.id && w.condition === trace.id)) continue;
    const label = meta[j]!.leaf.label ?? { zh: trace.id, en: trace.id };
    warnings.push({
      code: 'reference-condition',
      clause: c.id,
      condition: trace.id,
      message: {
        zh: zhWarnings['reference-condition']({ article: c.article, title: c.title.zh, condition: trace.id, label: label.zh }),
        en: enWarnings['reference-condition']({ article: c.article, title: c.title.en, condition: trace.id, label: label.en }),
      },
    });
  }
}
