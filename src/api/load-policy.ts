import type { Issue, PathSegment, Result } from '../core/issue.js';
import { applyGuideline, type YearPolicy } from '../rules/apply-guideline.js';
import { buildTree } from '../rules/condition-tree.js';
import { dayBefore, yearsBefore } from '../core/calendar.js';
import { type LeafMeta, type Outcome, finishClaims, finishDecision, type PlannedItem, planItems, type Runtime, type RuntimeClause } from '../engine/decide.js';
import type { Decision } from '../engine/decision.js';
import { compileTree } from '../engine/evaluate-compiled.js';
import { jreEvaluator } from '../engine/evaluate-jre.js';
import { deepFreeze, nullProtoCopy } from '../core/facts.js';
import { canonicalJson, policyHashes } from '../core/hash.js';
import { shielded } from '../core/host-shield.js';
import { describeValue, makeIssue, PolicyError } from '../locales/issue.js';
import { fromPrecomputed, knownHashes, parseWith, type RuleFiles, validateRules, type ValidatedRules } from '../rules/load-rules.js';
import { money } from '../core/money.js';
import { type BatchEntry, type BatchResult, type Decider, evaluateBatch, evaluateStream, type StreamSource } from '../engine/batch.js';
import type { SimulationPolicy } from '../engine/simulate.js';
import { requiredFacts, type RequiredFact } from '../rules/required-facts.js';
import { bundledPrecomputed, bundledRules, type ClauseId } from '../heyuan/rules.generated.js';
import type { Application, UnknownFields } from '../schema/application.js';
import { type Condition, isFactReference, leavesOf } from '../schema/condition.js';
import { type Guideline, type GuidelineInput, guidelineSchema } from '../schema/guideline.js';
import { parseApplicationWith, parseForImmediateDecision } from '../engine/validate-application.js';
import { checkAgainstRules } from '../engine/check-against-rules.js';

export type EngineName = 'compiled' | 'json-rules-engine';

export interface LoadOptions {
  /** The guideline year: bundled `rules/guidelines/<year>.json` (or that of `rules`). */
  year?: number;
  /** A guideline object from the caller's own store, validated like a bundled one. */
  guideline?: GuidelineInput;
  /** Rule files as parsed JSON; defaults to the rules bundled with the library. */
  rules?: RuleFiles;
  /** `compiled` (default, synchronous) or the stock `json-rules-engine` reference. */
  engine?: EngineName;
  /** `error` (default): unknown application fields are refused; `strip`: dropped. */
  unknownFields?: UnknownFields;
}

export type SafeResult =
  | { ok: true; decision: Decision }
  | {
      ok: false;
      issues: Issue[];
      /** @deprecated since 0.2.0: the same array as `issues`, the name used everywhere else; removed in 0.3.0. */
      errors: Issue[];
    };

export interface Policy {
  readonly year: number;
  readonly engine: EngineName;
  readonly rulesHash: string;
  readonly guideline: Guideline;
  /** The year's clauses, with that year's figures, in catalogue order. */
  readonly clauses: readonly YearPolicy['clauses'][number][];
  evaluate(application: unknown): Promise<Decision>;
  /** The compiled evaluator needs no promise; the json-rules-engine one cannot run synchronously. */
  evaluateSync(application: unknown): Decision;
  /** Never throws on bad input: every issue, each with a code, a path and a message in both languages. */
  safeEvaluate(application: unknown): SafeResult;
  validate(application: unknown): Result<Application>;
  /**
   * Decisions in input order, after budget proration per part over the
   * decided ones. A bad application never stops the batch, as in
   * `evaluateStream`: it is left out of `decisions` and listed in `rejected`
   * with its index and issues (as is a second application with an applicant id
   * already used). Only a wrong argument (not an iterable) throws.
   */
  evaluateBatch(applications: Iterable<unknown> | AsyncIterable<unknown>): Promise<BatchResult>;
  /**
   * The same for batches too large to hold, read in two passes. `source` is a
   * function returning the applications (called once per pass: a file read
   * twice), or an iterable or async iterable: an array is iterated twice, a
   * one-shot iterator or async generator is read into memory first. Yields
   * each application's decision, or its rejection, in input order, then the
   * budget. Bad applications never stop the batch.
   */
  evaluateStream(source: StreamSource): AsyncIterable<BatchEntry>;
  /** The application fields a clause reads, found statically from its conditions, amount, limits and group. */
  requiredFacts(clauseId: ClauseId): RequiredFact[];
}

/**
 * What a simulation needs of a loaded policy beyond its public face: the
 * runtime (for proration) and one application's paid claims with whether any
 * item was eligible, without building a Decision; the decider, for a CLI
 * stream with its spills on disk. Kept off the Policy object
 * so the pinned API does not grow.
 */
export type PolicyInternals = Pick<SimulationPolicy, 'rt' | 'vocabulary' | 'validate' | 'settle'> & { decider: Decider };

const internals = new WeakMap<Policy, PolicyInternals>();

export function policyInternals(policy: Policy): PolicyInternals {
  const found = internals.get(policy);
  if (!found) throw new TypeError('not a policy made by loadPolicy');
  return found;
}

function issuesOf(r: { ok: false; issues: Issue[] }): never {
  throw new PolicyError(r.issues);
}

export function loadPolicy(options: LoadOptions = {}): Policy {
  const result = safeLoadPolicy(options);
  if (!result.ok) issuesOf(result);
  return result.value;
}

/**
 * Validated rules by the object a caller passed AND its content: a caller may
 * change a rate on the same object and load again, and must then get the new
 * rate validated (or refused), never the old money under the new content's
 * rulesHash. The canonical text is the check; an object it cannot be made of
 * (a cycle, a throwing getter) is simply validated again, which reports it.
 */
const validatedCache = new WeakMap<RuleFiles, { content: string; result: Result<ValidatedRules> }>();

function contentOf(files: RuleFiles): string | undefined {
  try {
    return canonicalJson(files);
  } catch {
    return undefined;
  }
}

function validatedFor(files: RuleFiles): Result<ValidatedRules> {
  const content = contentOf(files);
  const cached = validatedCache.get(files);
  if (cached && content !== undefined && cached.content === content) return cached.result;
  const result = validateRules(files, bundledRules.vocabulary);
  if (content !== undefined) validatedCache.set(files, { content, result });
  else validatedCache.delete(files);
  return result;
}

export function safeLoadPolicy(options: LoadOptions = {}): Result<Policy> {
  // Never a throw: whatever a host did to the environment, the answer is a policy or typed issues.
  try {
    return shielded(() => loadShielded(options));
  } catch (err) {
    return { ok: false, issues: [hostEnvironmentIssue(err)] };
  }
}

/** What an unexpected exception inside a safe* call becomes: a typed refusal naming it, never a throw. */
function hostEnvironmentIssue(err: unknown): Issue {
  return makeIssue('host-environment', [], { detail: err instanceof Error ? `${err.name}: ${err.message}` : describeValue(err) });
}

function loadShielded(options: LoadOptions): Result<Policy> {
  // Options come from a caller's code: a wrong shape is an issue, never a TypeError.
  if (options === null || typeof options !== 'object')
    return {
      ok: false,
      issues: [makeIssue('usage', [], { reason: 'options-not-object', expected: '{ year: 2026 }' })],
    };
  // `{ year: "2026" }` (a form field, a query string) must not read as "there is no guideline for 2026".
  if (options.year !== undefined && !Number.isInteger(options.year)) {
    return { ok: false, issues: [makeIssue('invalid-type', ['year'], { expected: 'int', received: describeValue(options.year) })] };
  }
  if (options.engine !== undefined && options.engine !== 'compiled' && options.engine !== 'json-rules-engine') {
    return {
      ok: false,
      issues: [makeIssue('invalid-value', ['engine'], { received: describeValue(options.engine), allowed: ['compiled', 'json-rules-engine'] })],
    };
  }
  const files = options.rules ?? bundledRules;
  if (files === null || typeof files !== 'object')
    return {
      ok: false,
      issues: [makeIssue('usage', ['rules'], { reason: 'rules-not-object' })],
    };
  // The bundled rules were validated when they were bundled (scripts/bundle-rules.mjs): zod on a
  // cold start was most of loadPolicy. Rules a caller passes, even the exported bundle, are validated here.
  const bundled = options.rules === undefined;
  const validated: Result<ValidatedRules> = bundled ? { ok: true, value: fromPrecomputed(bundledPrecomputed, bundledRules) } : validatedFor(files);
  if (!validated.ok) return validated;
  const rules = validated.value;

  let guideline: Guideline;
  let guidelineRaw: unknown;
  let file: string;
  if (options.guideline !== undefined) {
    file = '(guideline)';
    const parsed = parseWith(guidelineSchema, options.guideline, file);
    if (!parsed.ok) return parsed;
    guideline = parsed.value;
    guidelineRaw = options.guideline;
    if (options.year !== undefined && options.year !== guideline.year) {
      return {
        ok: false,
        issues: [makeIssue('usage', ['year'], { reason: 'year-not-guideline-year', received: String(options.year), expected: String(guideline.year) })],
      };
    }
  } else {
    if (options.year === undefined) {
      return {
        ok: false,
        issues: [makeIssue('usage', ['year'], { reason: 'no-year-or-guideline' })],
      };
    }
    const found = rules.guidelines.get(options.year);
    if (!found) {
      const years = [...rules.guidelines.keys()].sort().join(', ') || '(none)';
      return { ok: false, issues: [makeIssue('no-guideline', ['year'], { received: String(options.year), detail: years })] };
    }
    ({ guideline, raw: guidelineRaw, file } = found);
  }

  const applied = applyGuideline(rules.policy, rules.clauses, guideline, file);
  if (!applied.ok) return applied;
  if (bundled && options.guideline === undefined && Object.prototype.hasOwnProperty.call(bundledPrecomputed.hashes, guideline.year)) {
    knownHashes.set(applied.value, bundledPrecomputed.hashes[guideline.year]!);
  }
  return { ok: true, value: makePolicy(rules, applied.value, guidelineRaw, options) };
}

function buildRuntime(rules: ValidatedRules, year: YearPolicy, guidelineRaw: unknown): Runtime {
  const { policy } = rules;
  const g = year.guideline;
  // Facts and rule values are frozen all the way down: a Decision's trace shows them without copying each time.
  const context = deepFreeze(
    nullProtoCopy({
      year: g.year,
      window: g.window,
      eventPeriod: g.eventPeriod,
      violationLookback: { from: yearsBefore(g.window.from, policy.violationLookbackYears), to: dayBefore(g.window.from) },
      clawbackBar: { from: g.year - policy.clawbackBarYears, to: g.year - 1 },
    }),
  );
  const clauses: RuntimeClause[] = year.clauses.map((yc) => {
    const { clause } = yc;
    const general = policy.generalConditions.filter((leaf) => clause.subject !== 'applicant' || leaf.fact !== 'event');
    const own = clause.conditions as Condition;
    const ownList = 'all' in own ? own.all : [own];
    const root: Condition = { all: [...general, ...ownList, ...yc.addedConditions] };
    const tree = buildTree(root);
    let c = 0;
    let y = 0;
    const ownLeafCount = general.length + ownList.reduce((n, c) => n + leavesOf(c).length, 0);
    const meta: LeafMeta[] = tree.leaves.map((leaf, i) => {
      if (i < general.length) return { id: leaf.id ?? `G${i + 1}`, source: 'general', leaf };
      if (i < ownLeafCount) return { id: leaf.id ?? `C${++c}`, source: 'clause', leaf };
      return { id: leaf.id ?? `Y${++y}`, source: 'guideline', leaf };
    });
    const clauseFact = deepFreeze(nullProtoCopy({ id: clause.id, applicants: clause.applicants, suspended: yc.suspended !== null }));
    for (const leaf of tree.leaves) if (!isFactReference(leaf.value)) deepFreeze(leaf.value);
    return { yc, tree, meta, clauseFact, compiled: compileTree(tree) };
  });
  // A bundled year's hashes were made with the bundle; SHA-256 over the whole rule set is for rules a caller passes.
  const { rulesHash, guidelineHash } = knownHashes.get(year) ?? policyHashes(rules.raw, guidelineRaw);
  return {
    policy,
    year: g.year,
    clauses,
    context,
    applicantCap: g.applicantCap === undefined ? null : money(g.applicantCap),
    budget: g.budget,
    rulesHash,
    // shown by every Decision: frozen, so that no caller can change another's
    guideline: Object.freeze({ year: g.year, hash: guidelineHash, provenance: g.provenance }),
  };
}

function makePolicy(rules: ValidatedRules, year: YearPolicy, guidelineRaw: unknown, options: LoadOptions): Policy {
  const rt = buildRuntime(rules, year, guidelineRaw);
  const engine: EngineName = options.engine ?? 'compiled';
  const unknownFields = options.unknownFields ?? 'error';
  let jre: Map<RuntimeClause, ReturnType<typeof jreEvaluator>> | undefined;
  const jreFor = (rc: RuntimeClause) => {
    jre ??= new Map();
    let fn = jre.get(rc);
    if (!fn) {
      fn = jreEvaluator(rc.tree, rc.yc.clause.id);
      jre.set(rc, fn);
    }
    return fn;
  };

  const rulesFacts = { policy: rules.policy, clauseIds: new Set(rules.clauses.map((c) => c.id)) };
  // The schema's checks, then those that need the rules themselves (history's clause ids, the previous policy).
  const againstRules = (r: Result<Application>, prefix: PathSegment[] = []): Result<Application> => {
    if (!r.ok) return r;
    const issues = checkAgainstRules(r.value, rulesFacts, prefix);
    return issues.length === 0 ? r : { ok: false, issues };
  };
  // Every synchronous stretch of our code runs shielded from keys a host put on Object.prototype (src/core/host-shield.ts).
  const validate = (input: unknown, prefix: PathSegment[] = []) =>
    shielded(() => againstRules(parseApplicationWith(rules.application, input, unknownFields, prefix), prefix));
  const immediate = (input: unknown) => shielded(() => againstRules(parseForImmediateDecision(rules.application, input, unknownFields)));
  // The compiled evaluator plans, decides and finishes in one synchronous shielded stretch.
  const compiledSync = <T>(app: Application, finish: (rt: Runtime, app: Application, planned: PlannedItem[], results: Outcome[]) => T): T =>
    shielded(() => {
      const planned = planItems(rt, app);
      return finish(
        rt,
        app,
        planned,
        planned.map((p) => p.rc.compiled(p.facts)),
      );
    });
  const decideSync = (app: Application): Decision => compiledSync(app, finishDecision);
  const outcomes = async (planned: PlannedItem[]): Promise<Outcome[]> => {
    if (engine === 'compiled') return planned.map((p) => p.rc.compiled(p.facts));
    const out: Outcome[] = [];
    for (const p of planned) out.push(await jreFor(p.rc)(p.facts));
    return out;
  };
  const decide = async (app: Application): Promise<Decision> => {
    if (engine === 'compiled') return decideSync(app);
    const planned = shielded(() => planItems(rt, app));
    const results = await outcomes(planned);
    return shielded(() => finishDecision(rt, app, planned, results));
  };
  const decider: Decider = {
    validate,
    decide,
    // The stream's first pass: the same decision, but only the claims proration needs (no trace).
    claims: async (app) => {
      // one shielded stretch where nothing waits: listing Object.prototype's keys is most of a shield's cost
      if (engine === 'compiled') return compiledSync(app, finishClaims);
      const planned = shielded(() => planItems(rt, app));
      const results = await outcomes(planned);
      return shielded(() => finishClaims(rt, app, planned, results));
    },
  };
  const parseOrThrow = (input: unknown): Application => {
    const r = validate(input);
    if (!r.ok) issuesOf(r);
    return r.value;
  };

  const policy: Policy = {
    year: rt.year,
    engine,
    rulesHash: rt.rulesHash,
    guideline: year.guideline,
    clauses: year.clauses,
    validate: (input) => validate(input),
    evaluate: async (input) => decide(parseOrThrow(input)),
    evaluateSync: (input) => {
      if (engine !== 'compiled') {
        throw new PolicyError([makeIssue('usage', ['engine'], { reason: 'engine-is-async' })]);
      }
      // validation and decision in one shielded stretch (the inner ones nest at no cost)
      return shielded(() => {
        const r = immediate(input);
        if (!r.ok) issuesOf(r);
        return decideSync(r.value);
      });
    },
    safeEvaluate: (input) => {
      if (engine !== 'compiled') {
        const usage = makeIssue('usage', ['engine'], { reason: 'engine-is-async' });
        return { ok: false, issues: [usage], errors: [usage] };
      }
      // Never a throw: whatever a host did to the environment, the answer is a decision or typed issues.
      try {
        return shielded(() => {
          const r = immediate(input);
          return r.ok ? { ok: true, decision: decideSync(r.value) } : { ok: false, issues: r.issues, errors: r.issues };
        });
      } catch (err) {
        const issues = [hostEnvironmentIssue(err)];
        return { ok: false, issues, errors: issues };
      }
    },
    evaluateBatch: (applications) => evaluateBatch(rt, decider, applications),
    evaluateStream: (source) => evaluateStream(rt, decider, source),
    requiredFacts: (clauseId) => {
      const yc = year.clauses.find((c) => c.clause.id === clauseId);
      if (!yc) throw new PolicyError([makeIssue('unknown-clause', ['clauseId'], { key: clauseId })]);
      return requiredFacts(yc, rules.policy);
    },
  };
  internals.set(policy, {
    rt,
    decider,
    vocabulary: rules.vocabulary,
    validate: (input) => validate(input),
    settle: async (app) => {
      const planned = planItems(rt, app);
      const outs = await outcomes(planned);
      return { claims: finishClaims(rt, app, planned, outs), eligible: outs.some((o) => o.passed) };
    },
  });
  return policy;
}
