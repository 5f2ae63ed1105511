import type { Issue, PathSegment, Result } from '../core/issue.js';
import { adjustmentRecord } from './adjust.js';
import { applicantIdentity } from '../core/identity.js';
import type { Runtime } from './decide.js';
import type { Decision } from './decision.js';
import { makeIssue, PolicyError } from '../locales/issue.js';
import { formatMoney, money, sumMoney } from '../core/money.js';
import { allocate, type Allocation, type BudgetReport, type Claim } from './prorate.js';
import { type ClaimRecord, claimRow, planProration, shareOf } from './streamed-proration.js';
import { cursor, findRepeats, memorySpills, type Seen, skipRepeats, type SpillStore, type SpillStoreFactory } from './spill.js';
import type { Application } from '../schema/application.js';

/*
 * Batches: budget proration applied to decided applications. The streaming
 * form keeps only spills between its two passes (in memory by default, on
 * disk in the CLI), so 100k applications never hold 100k decisions.
 */

/** An application a batch could not decide: where it was, whose it was, and why. Paths are inside the application. */
export interface BatchRejection {
  index: number;
  applicantId: string | null;
  issues: Issue[];
}

export interface BatchResult {
  /** The decided applications, in input order (the rejected ones left out). */
  decisions: Decision[];
  budget: BudgetReport;
  /** The applications that could not be decided, in input order; empty when every one was. */
  rejected: BatchRejection[];
}

/** What `evaluateStream` reads twice: a function giving the applications, or the applications themselves. */
export type StreamSource = (() => Iterable<unknown> | AsyncIterable<unknown>) | Iterable<unknown> | AsyncIterable<unknown>;

/** What a batch needs of a loaded policy: validation and the two ways to decide one application. */
export interface Decider {
  validate(input: unknown, prefix?: PathSegment[]): Result<Application>;
  decide(app: Application): Promise<Decision>;
  /** The paid items proration needs, without the trace: a stream's first pass. */
  claims(app: Application): Promise<Claim[]>;
}

export type BatchEntry =
  | { kind: 'decision'; index: number; decision: Decision }
  | {
      kind: 'rejected';
      index: number;
      applicantId: string | null;
      issues: Issue[];
      /** @deprecated since 0.2.0: the same array as `issues`; removed in 0.3.0. */
      errors: Issue[];
    }
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
  return allocate(
    claims,
    rt.budget.parts,
    rt.budget.total,
    rt.policy.parts.map((p) => p.id),
  );
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
        part: { number: part.number, title: part.title },
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

/**
 * A whole batch in memory: every application validated first, then the valid
 * ones decided and prorated. A bad application, or a second one with an
 * applicant id already used, is rejected and the batch goes on, as
 * `evaluateStream` does: a caller with 1,000 applications wants 999
 * decisions and one reason, not one exception.
 */
export async function evaluateBatch(rt: Runtime, d: Decider, applications: Iterable<unknown> | AsyncIterable<unknown>): Promise<BatchResult> {
  if (!isIterable(applications)) throw new PolicyError([makeIssue('invalid-source', [], { received: kindOf(applications), key: 'evaluateBatch' })]);
  const apps: Application[] = [];
  const rejected: BatchRejection[] = [];
  const seen = new Map<string, number>();
  let index = 0;
  for await (const input of applications as AsyncIterable<unknown>) {
    const r = d.validate(input);
    if (!r.ok) rejected.push({ index, applicantId: applicantIdOf(input), issues: r.issues });
    else {
      const id = r.value.applicant.id;
      const who = applicantIdentity(r.value.applicant);
      const first = seen.get(who);
      if (first !== undefined) rejected.push({ index, applicantId: id, issues: [duplicateId(id, first, index)] });
      else {
        seen.set(who, index);
        apps.push(r.value);
      }
    }
    index++;
  }
  const decisions: Decision[] = [];
  for (const app of apps) decisions.push(await d.decide(app));
  return { decisions, budget: prorateDecisions(rt, decisions), rejected };
}

function duplicateId(id: string, first: number, index: number): Issue {
  return makeIssue('duplicate-applicant-id', ['applicant', 'id'], { key: id, first, index });
}

/** How a wrong argument is named in the `invalid-source` issue. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

/**
 * The two passes of a stream over what the caller gave: a function is called
 * once per pass; an array (or any iterable that gives a fresh iterator each
 * time) is iterated twice; a one-shot iterator or async generator, which a
 * second pass would find empty, is read into memory on the first.
 */
function passesOf(source: StreamSource): () => Iterable<unknown> | AsyncIterable<unknown> {
  if (typeof source === 'function') {
    return () => {
      const given = source();
      if (!isIterable(given)) throw new PolicyError([makeIssue('invalid-source', [], { received: kindOf(given), key: 'evaluateStream', detail: 'function' })]);
      return given;
    };
  }
  if (!isIterable(source)) throw new PolicyError([makeIssue('invalid-source', [], { received: kindOf(source), key: 'evaluateStream' })]);
  const sync = typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function';
  const fresh = sync && (source as Iterable<unknown>)[Symbol.iterator]() !== (source as unknown);
  if (fresh) return () => source;
  let held: unknown[] | undefined;
  return () => {
    if (held) return held;
    return (async function* () {
      const all: unknown[] = [];
      for await (const input of source as AsyncIterable<unknown>) {
        all.push(input);
        yield input;
      }
      held = all;
    })();
  };
}

/** What the first pass keeps of an application it could decide: its paid claims, as JSON a spill can write. */
type Filed = ClaimRecord;

/**
 * A batch too large to hold, in two passes over `source()`: the first keeps
 * each application's claims in a spill, the second decides again and applies
 * each application's prorated shares. Bad applications are yielded as
 * rejected, never stop it. Between the passes only spills are read: which
 * applicants repeat (identities sorted), what each part requests, and the
 * threshold of each prorated part (streamed-proration.ts); nothing grows with
 * the batch but the spills, which the CLI keeps on disk.
 */
export function evaluateStream(rt: Runtime, d: Decider, given: StreamSource, spills: SpillStoreFactory = memorySpills): AsyncIterable<BatchEntry> {
  // A wrong argument throws here, at the call, not at the first `for await`.
  const source = passesOf(given);
  return {
    async *[Symbol.asyncIterator]() {
      const store = spills();
      try {
        yield* streamPasses(rt, d, source, store);
      } finally {
        await store.dispose();
      }
    },
  };
}

async function* streamPasses(rt: Runtime, d: Decider, source: () => Iterable<unknown> | AsyncIterable<unknown>, store: SpillStore): AsyncGenerator<BatchEntry> {
  const filed = store.spill<Filed>();
  const seen = store.spill<Seen>();
  let index = 0;
  for await (const input of source() as AsyncIterable<unknown>) {
    const r = d.validate(input);
    if (r.ok) {
      await seen.push({ who: applicantIdentity(r.value.applicant), index });
      await filed.push({ index, applicantId: r.value.applicant.id, claims: (await d.claims(r.value)).map(claimRow) });
    }
    index++;
  }
  const rows = index;

  // A second application of an applicant already seen is rejected: found by sorting the identities.
  const repeated = await findRepeats(store, seen);

  const partIds = rt.policy.parts.map((p) => p.id);
  const partIndex = new Map(partIds.map((id, i) => [id, i]));
  const { plans, report } = await planProration(rt.budget.parts, rt.budget.total, partIds, store, () => skipRepeats(filed, repeated));

  // A source that changes between passes would get shares computed for other amounts: refuse it.
  const changed = (at: number) => new PolicyError([makeIssue('source-changed', [at])]);
  const files = cursor(filed.read());
  const repeats2 = cursor(repeated.read());
  let seq = 0;
  index = 0;
  for await (const input of source() as AsyncIterable<unknown>) {
    if (index >= rows) throw changed(index);
    const r = d.validate(input);
    const applicantId = applicantIdOf(input);
    const f = await files.upTo(index);
    const repeat = await repeats2.upTo(index);
    if (!r.ok) {
      yield { kind: 'rejected', index, applicantId, issues: r.issues, errors: r.issues };
    } else if (repeat !== null) {
      const issues = [duplicateId(r.value.applicant.id, repeat.first, index)];
      yield { kind: 'rejected', index, applicantId, issues, errors: issues };
    } else {
      if (f === null) throw changed(index);
      const decision = await d.decide(r.value);
      const again = claimsOf(decision);
      const same = (c: Claim, i: number) => {
        const [part, amount, article, subject] = f.claims[i]!;
        return c.part === part && c.amount.toFixed(2) === amount && c.article === article && c.subject === subject;
      };
      if (f.claims.length !== again.length || !again.every(same)) throw changed(index);
      const shares = again.map((c) =>
        shareOf(plans, partIndex.get(c.part) ?? -1, c.amount, { applicantId: c.applicantId, article: c.article, subject: c.subject, seq: seq++ }),
      );
      applyShares(rt, decision, shares, report);
      yield { kind: 'decision', index, decision };
    }
    index++;
  }
  if (index !== rows) throw changed(index);
  yield { kind: 'budget', budget: report };
}

function applicantIdOf(input: unknown): string | null {
  const id = (input as { applicant?: { id?: unknown } } | null)?.applicant?.id;
  return typeof id === 'string' ? id : null;
}

function isIterable(value: unknown): value is Iterable<unknown> | AsyncIterable<unknown> {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const v = value as Record<symbol, unknown>;
  return typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function';
}
