import type { Issue, IssueParamsByCode, Result } from '../core/issue.js';
import { runSimulation, type Simulation, type SimulationSource } from '../engine/simulate.js';
import { memorySpills, type SpillStoreFactory } from '../engine/spill.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import { describeValue, makeIssue, PolicyError } from '../locales/issue.js';
import type { RuleFile, RuleFiles } from '../rules/load-rules.js';
import type { UnknownFields } from '../schema/application.js';
import type { GuidelineInput } from '../schema/guideline.js';
import { type EngineName, type Policy, policyInternals, safeLoadPolicy } from './load-policy.js';
import { lintRules } from './rules.js';

/*
 * The public entry points of a simulation (src/engine/simulate.ts does the
 * work): both guidelines linted before any application is read, both
 * policies loaded like loadPolicy loads them.
 */

export interface SimulateOptions {
  /** Rule files as parsed JSON; defaults to the rules bundled with the library. */
  rules?: RuleFiles;
  /**
   * Move every date of each application by (draft year − base year) whole
   * calendar years before the draft decides it: event dates, the applicant's
   * violation dates and the years of its history (every date and year field
   * of the vocabulary). 29 February becomes 28 February in a year without
   * one. Off by default: the draft then decides the applications as written.
   */
  shiftEventYears?: boolean;
  engine?: EngineName;
  unknownFields?: UnknownFields;
}

export type SimulationBase = number | GuidelineInput;

/** Throws a PolicyError with every issue where safeSimulate returns them. */
export async function simulate(
  applications: SimulationSource,
  base: SimulationBase,
  draft: GuidelineInput,
  options: SimulateOptions = {},
): Promise<Simulation> {
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
 * sim.totals.draft.paid; // "4279000.00"
 */
export async function safeSimulate(
  applications: SimulationSource,
  base: SimulationBase,
  draft: GuidelineInput,
  options: SimulateOptions = {},
): Promise<Result<Simulation>> {
  return safeSimulateWith(applications, base, draft, options, memorySpills);
}

/** `safeSimulate` with the claims kept in the given spills: the CLI's are temporary files. */
export async function safeSimulateWith(
  applications: SimulationSource,
  base: SimulationBase,
  draft: GuidelineInput,
  options: SimulateOptions,
  spills: SpillStoreFactory,
): Promise<Result<Simulation>> {
  const prepared = prepare(base, draft, options);
  if (!prepared.ok) return prepared;
  if (!isIterable(applications)) return usage('applications', { reason: 'applications-not-iterable' });
  const [b, d] = prepared.value;
  const side = (p: Policy) => ({ year: p.year, guideline: p.guideline, clauses: p.clauses, rulesHash: p.rulesHash, ...policyInternals(p) });
  const shift = options.shiftEventYears === true ? d.year - b.year : 0;
  return { ok: true, value: await runSimulation(applications, side(b), side(d), shift, spills) };
}

function prepare(base: SimulationBase, draft: GuidelineInput, options: SimulateOptions): Result<[Policy, Policy]> {
  if (options === null || typeof options !== 'object') return usage('options', { reason: 'options-not-object', expected: '{ shiftEventYears: true }' });
  if (options.shiftEventYears !== undefined && typeof options.shiftEventYears !== 'boolean') {
    return { ok: false, issues: [makeIssue('invalid-type', ['shiftEventYears'], { expected: 'boolean', received: describeValue(options.shiftEventYears) })] };
  }
  if (draft === null || typeof draft !== 'object') return usage('draft', { reason: 'draft-not-object' });
  if (typeof base !== 'number' && (base === null || typeof base !== 'object')) return usage('base', { reason: 'base-not-year-or-object' });
  const files = options.rules ?? bundledRules;
  if (files === null || typeof files !== 'object' || !Array.isArray(files.guidelines)) return usage('rules', { reason: 'rules-not-object' });

  // Each guideline is linted on its own (base and draft may share a year), under a name lint accepts
  // (`<year>.json`) that says which side it is; the rule files' own problems are reported once.
  const named = (side: 'base' | 'draft', g: unknown): RuleFile => ({ file: `${side}/${String((g as { year?: unknown }).year)}.json`, data: g });
  let baseFile: RuleFile;
  if (typeof base === 'number') {
    const found = files.guidelines.find((g) => (g.data as { year?: unknown } | null)?.year === base);
    if (!found) {
      const years =
        files.guidelines
          .map((g) => (g.data as { year?: unknown } | null)?.year)
          .filter((y) => typeof y === 'number')
          .sort()
          .join(', ') || '(none)';
      return { ok: false, issues: [makeIssue('no-guideline', ['base'], { received: String(base), detail: years })] };
    }
    baseFile = found;
  } else baseFile = named('base', base);
  const draftFile = named('draft', draft);
  const problems = lintRules({ ...files, guidelines: [draftFile] });
  problems.push(...lintRules({ ...files, guidelines: [baseFile] }).filter((i) => i.file === baseFile.file));
  if (problems.length > 0) return { ok: false, issues: problems };

  const common = { rules: options.rules, engine: options.engine, unknownFields: options.unknownFields };
  const b = safeLoadPolicy(typeof base === 'number' ? { ...common, year: base } : { ...common, guideline: base });
  if (!b.ok) return b;
  const d = safeLoadPolicy({ ...common, guideline: draft });
  if (!d.ok) return d;
  return { ok: true, value: [b.value, d.value] };
}

function usage(path: string, params: IssueParamsByCode['usage']): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [makeIssue('usage', [path], params)] };
}

function isIterable(value: unknown): value is SimulationSource {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const v = value as Record<symbol, unknown>;
  return typeof v[Symbol.iterator] === 'function' || typeof v[Symbol.asyncIterator] === 'function';
}
