import type { Issue, IssueCode, IssueParamsByCode, PathSegment } from '../core/issue.js';
import type * as z from 'zod';
import type { YearPolicy } from './apply-guideline.js';
import { nullProtoCopy } from '../core/facts.js';
import type { PolicyHashes } from '../core/hash.js';
import { findReservedKeys, fromZodIssue, makeIssue, makeIssueInFile } from '../locales/issue.js';
import { MAX_DEPTH, tooDeep } from '../core/nesting.js';
import { conditionIssues } from '../schema/condition-issues.js';
import { applicationSchemas, type ApplicationSchemas } from '../schema/application.js';
import { type Vocabulary, vocabularySchema } from '../schema/vocabulary.js';
import { vocabularyIssues } from './vocabulary-issues.js';
import { type Clause, clauseSchema } from '../schema/clause.js';
import type { Condition } from '../schema/condition.js';
import { type Guideline, guidelineSchema } from '../schema/guideline.js';
import { ruleFilesSchema } from '../schema/rule-files.js';
import { type PolicyFile, policySchema } from '../schema/policy.js';

/*
 * Rule files as parsed JSON in, validated rules or every issue out. The core
 * never reads files: the CLI reads a directory, the bundle carries the
 * project's own rules.
 */

export interface RuleFile {
  file: string;
  data: unknown;
}

export interface RuleFiles {
  policy: unknown;
  clauses: RuleFile[];
  guidelines: RuleFile[];
  /** rules/vocabulary.json; a rule set without one is decided with the bundled vocabulary (docs/rule-format.md). */
  vocabulary?: unknown;
}

export interface ValidatedRules {
  policy: PolicyFile;
  vocabulary: Vocabulary;
  /** The application schemas built from the vocabulary. */
  application: ApplicationSchemas;
  clauses: Clause[];
  clauseFiles: Map<string, string>;
  guidelines: Map<number, { file: string; guideline: Guideline; raw: unknown }>;
  raw: { policy: unknown; clauses: unknown[]; vocabulary: unknown };
}

export type { Result } from '../core/issue.js';
import type { Result } from '../core/issue.js';

export const POLICY_FILE = 'rules/policy.json';
export const VOCABULARY_FILE = 'rules/vocabulary.json';

export function parseWith<T>(schema: z.ZodType<T>, data: unknown, file: string, prefix: PathSegment[] = []): Result<T> {
  const reserved = findReservedKeys(data, prefix, file);
  if (reserved.length > 0) return { ok: false, issues: reserved };
  const deep = tooDeep(data);
  if (deep) return { ok: false, issues: [makeIssue('too-deep', [...prefix, ...deep], { limit: MAX_DEPTH }, file)] };
  // zod reads a field left out through the prototype chain: parse a null-prototype copy (depth and cycles are bounded by tooDeep).
  const parsed = schema.safeParse(nullProtoCopy(data), { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((i) => fromZodIssue(i, prefix, file)) };
  // Null-prototype copies: an optional field left out must read as undefined even when a host has polluted Object.prototype.
  return { ok: true, value: plainTexts(nullProtoCopy(parsed.data)) as T };
}

/**
 * Bilingual texts ({zh, en}) go out as they are in decisions (titles, labels,
 * materials): plain objects, as callers expect. They have no optional field a
 * polluted prototype could fill, so they need no null prototype.
 */
function plainTexts(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    value.forEach((v, i) => (value[i] = plainTexts(v)));
    return value;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  const text = keys.length === 2 && typeof o.zh === 'string' && typeof o.en === 'string';
  const out: Record<string, unknown> = text ? {} : o;
  for (const k of keys) out[k] = text ? o[k] : plainTexts(o[k]);
  return out;
}

export function articleOrder(a: string, b: string): number {
  const [a1, a2] = a.split('.').map((x) => Number.parseInt(x, 10));
  const [b1, b2] = b.split('.').map((x) => Number.parseInt(x, 10));
  return a1! - b1! || a2! - b2!;
}

/**
 * `defaultVocabulary` stands in for a rule set that has no vocabulary file
 * (the public entry points pass the bundled one).
 */
export function validateRules(files: RuleFiles, defaultVocabulary?: unknown): Result<ValidatedRules> {
  const container = ruleFilesSchema.safeParse(files, { reportInput: true });
  if (!container.success) return { ok: false, issues: container.error.issues.flatMap((i) => fromZodIssue(i, ['rules'])) };
  const issues: Issue[] = [];
  const policyResult = parseWith(policySchema, files.policy, POLICY_FILE);
  if (!policyResult.ok) issues.push(...policyResult.issues);
  const policy = policyResult.ok ? policyResult.value : undefined;
  if (policy) {
    policy.generalConditions.forEach((leaf, i) => issues.push(...conditionIssues(leaf, ['generalConditions', i], POLICY_FILE)));
  }

  const vocabularyRaw = files.vocabulary ?? defaultVocabulary;
  let vocabulary: Vocabulary | undefined;
  if (vocabularyRaw === undefined) {
    issues.push(makeIssue('missing-field', [], {}, VOCABULARY_FILE));
  } else {
    const v = parseWith(vocabularySchema, vocabularyRaw, VOCABULARY_FILE);
    if (!v.ok) issues.push(...v.issues);
    else {
      const found = vocabularyIssues(v.value, VOCABULARY_FILE);
      if (found.length > 0) issues.push(...found);
      else vocabulary = v.value;
    }
  }
  const application = vocabulary ? applicationSchemas(vocabulary) : undefined;

  const clauses: Clause[] = [];
  const clauseFiles = new Map<string, string>();
  const articles = new Map<string, string>();
  for (const { file, data } of files.clauses) {
    const result = parseWith(clauseSchema, data, file);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const clause = result.value;
    const mk = <C extends IssueCode>(code: C, path: PathSegment[], params: IssueParamsByCode[C]) => issues.push(makeIssueInFile(file, code, path, params));
    const base = file.split('/').pop()!.replace(/\.json$/, '');
    if (base !== clause.id) mk('id-mismatch', ['id'], { key: clause.id, received: base });
    if (clauseFiles.has(clause.id)) mk('duplicate-id', ['id'], { key: clause.id, received: clauseFiles.get(clause.id)! });
    if (articles.has(clause.article)) mk('duplicate-article', ['article'], { key: clause.article, received: articles.get(clause.article)! });
    if (policy && !policy.parts.some((p) => p.id === clause.part)) {
      mk('invalid-value', ['part'], { received: JSON.stringify(clause.part), allowed: policy.parts.map((p) => p.id) });
    }
    if (policy && clause.stacking.group !== undefined && !policy.groups.some((g) => g.id === clause.stacking.group)) {
      mk('invalid-value', ['stacking', 'group'], { received: JSON.stringify(clause.stacking.group), allowed: policy.groups.map((g) => g.id) });
    }
    if (application && Object.prototype.hasOwnProperty.call(application.refused, clause.subject)) {
      mk('patent-grant-not-subsidised', ['subject'], {});
    } else if (application && clause.subject !== 'applicant' && !application.eventTypes.includes(clause.subject)) {
      mk('unknown-event-type', ['subject'], { received: JSON.stringify(clause.subject), allowed: [...application.eventTypes, 'applicant'] });
    }
    issues.push(...conditionIssues(clause.conditions as Condition, ['conditions'], file));
    clauses.push(clause);
    clauseFiles.set(clause.id, file);
    articles.set(clause.article, file);
  }
  clauses.sort((a, b) => articleOrder(a.article, b.article));

  const guidelines = new Map<number, { file: string; guideline: Guideline; raw: unknown }>();
  for (const { file, data } of files.guidelines) {
    const result = parseWith(guidelineSchema, data, file);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const g = result.value;
    const base = file.split('/').pop()!.replace(/\.json$/, '');
    if (base !== String(g.year)) {
      issues.push(makeIssue('year-mismatch', ['year'], { key: String(g.year), received: base }, file));
    }
    guidelines.set(g.year, { file, guideline: g, raw: data });
  }

  if (issues.length > 0 || !policy || !vocabulary || !application) return { ok: false, issues };
  return {
    ok: true,
    value: {
      policy,
      vocabulary,
      application,
      clauses,
      clauseFiles,
      guidelines,
      raw: { policy: files.policy, clauses: files.clauses.map((c) => c.data), vocabulary: vocabularyRaw },
    },
  };
}

/**
 * The bundled rules as validateRules gives them, and each bundled year's
 * hashes, made by scripts/bundle-rules.mjs when the rules are bundled. The
 * library's own rules are then neither parsed by zod nor hashed at every
 * load; a test checks that this equals what validation and hashing give.
 */
export interface PrecomputedRules {
  /** JSON: the validated policy and clauses, clauseFiles as entries, guidelines as { file, guideline } in file order. */
  validated: string;
  /** By guideline year: the hashes of `loadPolicy({ year })` on these rules. */
  hashes: Readonly<Record<string, PolicyHashes>>;
}

interface ValidatedJson {
  policy: PolicyFile;
  vocabulary: Vocabulary;
  clauses: Clause[];
  clauseFiles: [string, string][];
  guidelines: { file: string; guideline: Guideline }[];
}

/** The JSON that `fromPrecomputed` reads back: what `PrecomputedRules.validated` holds. */
export function validatedJson(rules: ValidatedRules): string {
  const json: ValidatedJson = {
    policy: rules.policy,
    vocabulary: rules.vocabulary,
    clauses: rules.clauses,
    clauseFiles: [...rules.clauseFiles],
    guidelines: [...rules.guidelines.values()].map(({ file, guideline }) => ({ file, guideline })),
  };
  return JSON.stringify(json);
}

const fromPrecomputedCache = new WeakMap<PrecomputedRules, ValidatedRules>();

/**
 * ValidatedRules from what was validated at build time: the same objects
 * parseWith makes (null prototypes, plain bilingual texts), with `raw`
 * taken from `files`, the rule files it was made from.
 */
export function fromPrecomputed(pre: PrecomputedRules, files: RuleFiles): ValidatedRules {
  let rules = fromPrecomputedCache.get(pre);
  if (rules) return rules;
  const v = JSON.parse(pre.validated) as ValidatedJson;
  const own = <T>(value: T): T => plainTexts(nullProtoCopy(value)) as T;
  const vocabulary = own(v.vocabulary);
  rules = {
    policy: own(v.policy),
    vocabulary,
    application: applicationSchemas(vocabulary),
    clauses: v.clauses.map(own),
    clauseFiles: new Map(v.clauseFiles),
    // Every bundled guideline file is valid, so the list is in the order of files.guidelines.
    guidelines: new Map(v.guidelines.map(({ file, guideline }, i) => [guideline.year, { file, guideline: own(guideline), raw: files.guidelines[i]!.data }])),
    raw: { policy: files.policy, clauses: files.clauses.map((c) => c.data), vocabulary: files.vocabulary },
  };
  fromPrecomputedCache.set(pre, rules);
  return rules;
}

/**
 * Hashes already known for a year's policy, keyed by the YearPolicy that
 * safeLoadPolicy built from the bundled rules and a bundled guideline (an
 * object of its own, so no caller's data can be mistaken for the bundle's).
 */
export const knownHashes = new WeakMap<YearPolicy, PolicyHashes>();
