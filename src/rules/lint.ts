import type { Issue, IssueCode, IssueParamsByCode, PathSegment } from '../core/issue.js';
import type * as z from 'zod';
import { applyGuideline } from './apply-guideline.js';
import { isCalendarDate } from '../core/calendar.js';
import { describeValue, makeIssue, makeIssueInFile } from '../locales/issue.js';
import { lintEn } from '../locales/en/lint.js';
import { lintZh } from '../locales/zh/lint.js';
import { parseWith, POLICY_FILE, type RuleFiles, validateRules } from './load-rules.js';
import { isMoneyString, money } from '../core/money.js';
import { isOperatorName } from '../schema/operator-names.js';
import { amountForm } from '../schema/amount/registry.js';
import { applicationSchemas } from '../schema/application.js';
import { enumValues, type Vocabulary, vocabularySchema } from '../schema/vocabulary.js';
import { type Clause, clauseSchema, fundingPath } from '../schema/clause.js';
import { type Condition, isFactReference, isLeaf, type Leaf } from '../schema/condition.js';
import { type Guideline, guidelineSchema } from '../schema/guideline.js';
import { type PolicyFile, policySchema } from '../schema/policy.js';
import { type FieldType, fieldTypeOf, T } from '../schema/field-types.js';

/*
 * The rules lint: everything validateRules checks, plus what a schema alone
 * cannot see — a condition that reads a field the facts do not have (it would
 * fail silently for every applicant), an operator given the wrong kind of
 * value, a byLevel table that misses or misspells a level, a leaf without the
 * label a reviewer reads. Each file is checked on its own, so one broken file
 * does not hide the problems of the others.
 */

export { fieldTypeOf, type FieldType } from '../schema/field-types.js';

type AnySchema = z.core.$ZodType;

const period = (of: FieldType): FieldType => ({ kind: 'record', fields: { from: of, to: of } });

/** The types of every fact a rule can read, from a vocabulary: what the lint checks paths and values against. */
interface FactTypes {
  applicantKinds: readonly string[];
  applicant: FieldType;
  eventTypeOf: ReadonlyMap<string, FieldType>;
  /** The fields every event type has: what a general condition may read on `event`. */
  commonEvent: FieldType;
  /** The facts built by the engine itself (docs/rule-format.md, "Facts a condition can read"). */
  derived: Record<'context' | 'clause' | 'history', FieldType>;
}

function factTypes(vocabulary: Vocabulary): FactTypes {
  const schemas = applicationSchemas(vocabulary).strict;
  const applicantKinds = Object.keys(enumValues(vocabulary, vocabulary.applicant.fields.kind!) ?? {});
  const eventTypeOf = new Map<string, FieldType>(Object.entries(schemas.eventSchemas).map(([t, s]) => [t, fieldTypeOf(s as unknown as AnySchema)]));
  const records = [...eventTypeOf.values()].map((t) => (t.kind === 'record' ? t.fields : {}));
  const common = Object.fromEntries(Object.entries(records[0] ?? {}).filter(([k]) => records.every((r) => Object.prototype.hasOwnProperty.call(r, k))));
  return {
    applicantKinds,
    applicant: fieldTypeOf(schemas.applicationSchema.shape.applicant as unknown as AnySchema),
    eventTypeOf,
    commonEvent: { kind: 'record', fields: common },
    derived: {
      context: {
        kind: 'record',
        fields: { year: T.count, window: period(T.date), eventPeriod: period(T.date), violationLookback: period(T.date), clawbackBar: period(T.count) },
      },
      clause: { kind: 'record', fields: { id: T.text, applicants: { kind: 'list', of: { kind: 'enum', values: applicantKinds } }, suspended: T.boolean } },
      history: { kind: 'record', fields: { clawbackYears: { kind: 'list', of: T.count }, predecessorFunded: { kind: 'list', of: T.text } } },
    },
  };
}

/** Which event a rule reads: one type, every type (general conditions) or none (a clause about the applicant). */
type Scope = { subject: string } | { subject: '*' } | { subject: '-' };

function factType(facts: FactTypes, fact: string, scope: Scope): FieldType | undefined {
  if (fact === 'applicant') return facts.applicant;
  if (fact === 'event') {
    if (scope.subject === '*') return facts.commonEvent;
    return facts.eventTypeOf.get(scope.subject);
  }
  return facts.derived[fact as keyof FactTypes['derived']];
}

type Resolved = { ok: true; type: FieldType } | { ok: false; known: string[] };

/** Follows a rule path through a field type; on a miss, the fields known where it went wrong. */
export function resolveFieldType(type: FieldType, path: string): Resolved {
  let current = type;
  for (const segment of path.slice(2).split('.')) {
    if (current.kind !== 'record') return { ok: false, known: [] };
    if (!Object.prototype.hasOwnProperty.call(current.fields, segment)) return { ok: false, known: Object.keys(current.fields) };
    current = current.fields[segment]!;
  }
  return { ok: true, type: current };
}

/** `money`, `list:date`, `period:date`: what the wording modules put into words. */
function kindToken(t: FieldType): string {
  if (t.kind === 'list') return `list:${kindToken(t.of)}`;
  if (t.kind === 'record') {
    const { from, to } = t.fields;
    if (from && to && Object.keys(t.fields).length === 2 && from.kind === to.kind) return `period:${from.kind}`;
    return 'record';
  }
  return t.kind;
}

function literalToken(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return isCalendarDate(v) ? 'date' : isMoneyString(v) ? 'money' : 'text';
  return 'unknown';
}

class Collector {
  readonly issues: Issue[] = [];
  /** Without a valid vocabulary there is nothing to check fields against: validateRules has said why. */
  constructor(
    readonly file: string,
    readonly facts: FactTypes | undefined,
  ) {}
  add<C extends IssueCode>(code: C, path: readonly PathSegment[], params: IssueParamsByCode[C]): void {
    this.issues.push(makeIssueInFile(this.file, code, path, params));
  }
}

const SCALAR_KINDS = ['boolean', 'text', 'enum', 'count', 'number', 'date'] as const;
const isScalarKind = (t: FieldType) => (SCALAR_KINDS as readonly string[]).includes(t.kind);
const isNumeric = (t: FieldType) => t.kind === 'count' || t.kind === 'number';
const isRange = (t: FieldType, of: (x: FieldType) => boolean) =>
  t.kind === 'record' && !!t.fields.from && !!t.fields.to && of(t.fields.from) && of(t.fields.to);

/** Does a literal fit a scalar field? An enum literal outside its values is reported separately. */
function literalFits(field: FieldType, v: unknown): boolean {
  switch (field.kind) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'count':
    case 'number':
      return typeof v === 'number';
    case 'date':
      return isCalendarDate(v);
    case 'text':
    case 'enum':
      return typeof v === 'string';
    default:
      return true;
  }
}

/** Two scalar fields an `equal` or `in` may compare. */
function sameKind(a: FieldType, b: FieldType): boolean {
  if (isNumeric(a) && isNumeric(b)) return true;
  if ((a.kind === 'enum' || a.kind === 'text') && (b.kind === 'enum' || b.kind === 'text')) return true;
  return a.kind === b.kind;
}

function checkOperator(leaf: Leaf, at: PathSegment[], field: FieldType, value: { ref: FieldType } | { literal: unknown }, out: Collector): void {
  const op = leaf.operator;
  const fieldIssue = (allowed: string[]) =>
    out.add('operator-type', [...at, 'operator'], { side: 'field', operator: op, allowed, received: kindToken(field), field: `${leaf.fact} ${leaf.path}` });
  const valueIssue = (allowed: string[]) => {
    if ('ref' in value) out.add('operator-type', [...at, 'value'], { side: 'value', operator: op, allowed, received: kindToken(value.ref), detail: `${(leaf.value as { path: string }).path}` });
    else out.add('operator-type', [...at, 'value'], { side: 'value', operator: op, allowed, received: literalToken(value.literal), detail: describeValue(value.literal) });
  };
  const enumCheck = (v: unknown, path: PathSegment[]) => {
    if (field.kind === 'enum' && typeof v === 'string' && !field.values.includes(v)) {
      out.add('invalid-value', path, { received: JSON.stringify(v), allowed: field.values });
    }
  };
  if (field.kind === 'unknown') return;

  switch (op) {
    case 'equal':
    case 'notEqual': {
      // Money compared as text would tell "100" from "100.00": decimalEqual is the operator for it.
      if (!isScalarKind(field)) return fieldIssue([...SCALAR_KINDS]);
      if ('ref' in value) {
        if (!sameKind(field, value.ref)) valueIssue([kindToken(field)]);
      } else if (Array.isArray(value.literal) || !literalFits(field, value.literal)) valueIssue([kindToken(field)]);
      else enumCheck(value.literal, [...at, 'value']);
      return;
    }
    case 'in':
    case 'notIn': {
      if (!isScalarKind(field)) return fieldIssue([...SCALAR_KINDS]);
      if ('ref' in value) {
        if (value.ref.kind !== 'list' || !sameKind(field, value.ref.of)) valueIssue([`list:${kindToken(field)}`]);
      } else if (!Array.isArray(value.literal)) valueIssue(['array']);
      else {
        value.literal.forEach((v, i) => {
          if (!literalFits(field, v)) {
            out.add('operator-type', [...at, 'value', i], { side: 'value', operator: op, allowed: [kindToken(field)], received: literalToken(v), detail: describeValue(v) });
          } else enumCheck(v, [...at, 'value', i]);
        });
      }
      return;
    }
    case 'greaterThan':
    case 'greaterThanInclusive':
    case 'lessThan':
    case 'lessThanInclusive':
      if (!isNumeric(field)) return fieldIssue(['count', 'number']);
      if ('ref' in value ? !isNumeric(value.ref) : typeof value.literal !== 'number') valueIssue(['count', 'number']);
      return;
    case 'decimalEqual':
    case 'decimalGreaterThan':
    case 'decimalGreaterThanInclusive':
    case 'decimalLessThan':
    case 'decimalLessThanInclusive':
      if (field.kind !== 'money') return fieldIssue(['money']);
      if ('ref' in value ? value.ref.kind !== 'money' : !isMoneyString(value.literal)) valueIssue(['money']);
      return;
    case 'dateOnOrAfter':
    case 'dateOnOrBefore':
      if (field.kind !== 'date') return fieldIssue(['date']);
      if ('ref' in value ? value.ref.kind !== 'date' : !isCalendarDate(value.literal)) valueIssue(['date']);
      return;
    case 'dateBetween':
      if (field.kind !== 'date') return fieldIssue(['date']);
      if (!('ref' in value) || !isRange(value.ref, (x) => x.kind === 'date')) valueIssue(['period:date']);
      return;
    case 'noneBetween': {
      const of = field.kind === 'list' ? field.of : undefined;
      if (!of || !(of.kind === 'date' || isNumeric(of))) return fieldIssue(['list:date', 'list:count']);
      const fits = (x: FieldType) => (of.kind === 'date' ? x.kind === 'date' : isNumeric(x));
      if (!('ref' in value) || !isRange(value.ref, fits)) valueIssue([`period:${of.kind}`]);
      return;
    }
  }
}

function checkPath(fact: string, path: string, scope: Scope, at: PathSegment[], out: Collector): FieldType | undefined {
  if (fact === 'event' && scope.subject === '-') {
    out.add('unknown-field-path', at, { fact, received: path, scope: '-' });
    return undefined;
  }
  const root = out.facts ? factType(out.facts, fact, scope) : undefined;
  // An unknown subject is validateRules' finding; nothing more to say about its paths.
  if (!root) return undefined;
  const r = resolveFieldType(root, path);
  if (r.ok) return r.type;
  out.add('unknown-field-path', at, { fact, received: path, scope: fact === 'event' ? scope.subject : '', allowed: r.known });
  return undefined;
}

function lintLeaf(leaf: Leaf, at: PathSegment[], scope: Scope, out: Collector): void {
  const zhMissing = !leaf.label?.zh.trim();
  const enMissing = !leaf.label?.en.trim();
  if (zhMissing || enMissing) out.add('unlabelled-condition', at, { key: zhMissing && enMissing ? 'both' : zhMissing ? 'zh' : 'en' });
  const field = checkPath(leaf.fact, leaf.path, scope, [...at, 'path'], out);
  let value: { ref: FieldType } | { literal: unknown } | undefined;
  if (isFactReference(leaf.value)) {
    const ref = checkPath(leaf.value.fact, leaf.value.path, scope, [...at, 'value', 'path'], out);
    value = ref && { ref };
  } else value = { literal: leaf.value };
  // An unknown operator is validateRules' finding.
  if (field && value && isOperatorName(leaf.operator)) checkOperator(leaf, at, field, value, out);
}

function lintCondition(c: Condition, at: PathSegment[], scope: Scope, out: Collector): void {
  if (isLeaf(c)) lintLeaf(c, at, scope, out);
  else if ('all' in c) c.all.forEach((x, i) => lintCondition(x, [...at, 'all', i], scope, out));
  else if ('any' in c) c.any.forEach((x, i) => lintCondition(x, [...at, 'any', i], scope, out));
  else lintCondition(c.not, [...at, 'not'], scope, out);
}

function lintAmount(clause: Clause, scope: Scope, out: Collector): void {
  const a = clause.amount;
  const form = amountForm(a.form);
  const types = new Map<string, FieldType | undefined>();
  for (const r of form.reads(a)) {
    const t = checkPath('event', r.path, scope, r.at, out);
    types.set(r.path, t);
    if (r.kinds && t && t.kind !== 'unknown' && !r.kinds.includes(t.kind)) {
      out.add('amount-type', r.at, { form: a.form, allowed: r.kinds, received: kindToken(t), field: `event ${r.path}` });
    }
  }
  form.lint?.(a, { typeOf: (path) => types.get(path), kindName: kindToken, add: (code, at, params) => out.add(code, at, params) });
}

function lintClause(clause: Clause, policy: PolicyFile | undefined, out: Collector): void {
  const scope: Scope = { subject: clause.subject === 'applicant' ? '-' : clause.subject };
  clause.applicants.forEach((kind, i) => {
    if (out.facts && !out.facts.applicantKinds.includes(kind)) out.add('invalid-value', ['applicants', i], { received: JSON.stringify(kind), allowed: out.facts.applicantKinds });
  });
  lintCondition(clause.conditions as Condition, ['conditions'], scope, out);
  lintAmount(clause, scope, out);
  const { oncePer } = clause.limits;
  if (oncePer !== undefined && oncePer !== 'applicant') checkPath('event', oncePer, scope, ['limits', 'oncePer'], out);
  const group = policy?.groups.find((g) => g.id === clause.stacking.group);
  if (group && group.key !== 'applicant') checkPath('event', group.key, scope, ['stacking', 'group'], out);
  // Top-up and exclusive read the event's higherLevelFunding; a clause about the applicant has none.
  if (clause.stacking.higherLevel !== 'independent') checkPath('event', fundingPath(clause.stacking), scope, ['stacking', clause.stacking.funding === undefined ? 'higherLevel' : 'funding'], out);
}

const baseName = (file: string) => file.split('/').pop()!.replace(/\.json$/, '');

/**
 * Every problem in a set of rule files, each with its file and a path that
 * `jsonPointer` turns into an RFC 6901 pointer. An empty list means the rules
 * load, and every condition, amount and table fits the application schema.
 */
export function lintRules(files: RuleFiles, defaultVocabulary?: unknown): Issue[] {
  const validated = validateRules(files, defaultVocabulary);
  const issues: Issue[] = validated.ok ? [] : [...validated.issues];
  const vocabulary = vocabularySchema.safeParse(files.vocabulary ?? defaultVocabulary);
  const facts = vocabulary.success ? factTypes(vocabulary.data) : undefined;

  const parsedPolicy = parseWith(policySchema, files.policy, POLICY_FILE);
  const policy = parsedPolicy.ok ? parsedPolicy.value : undefined;
  if (policy) {
    const out = new Collector(POLICY_FILE, facts);
    policy.generalConditions.forEach((leaf, i) => lintLeaf(leaf, ['generalConditions', i], { subject: '*' }, out));
    issues.push(...out.issues);
  }

  const clauses: Clause[] = [];
  const unparsed = new Set<string>();
  for (const { file, data } of files.clauses) {
    const parsed = parseWith(clauseSchema, data, file);
    if (!parsed.ok) {
      unparsed.add(baseName(file));
      continue;
    }
    clauses.push(parsed.value);
    const out = new Collector(file, facts);
    lintClause(parsed.value, policy, out);
    issues.push(...out.issues);
  }

  const byId = new Map(clauses.map((c) => [c.id, c]));
  const patchClauses = new Map<string | undefined, (Clause | undefined)[]>();
  for (const { file, data } of files.guidelines) {
    const parsed = parseWith(guidelineSchema, data, file);
    if (!parsed.ok || !policy) continue;
    const g = parsed.value;
    const applied = applyGuideline(policy, clauses, g, file);
    if (!applied.ok) {
      // A patch naming a clause whose own file is broken is that file's problem, already reported.
      issues.push(...applied.issues.filter((i) => !(i.code === 'unknown-clause' && unparsed.has(String(g.patches[Number(i.path[1])]?.clause)))));
    }
    issues.push(...guidelineLimits(g, file, files.guidelines));
    const out = new Collector(file, facts);
    g.patches.forEach((patch, i) => {
      const clause = byId.get(patch.clause);
      if (!clause) return;
      const scope: Scope = { subject: clause.subject === 'applicant' ? '-' : clause.subject };
      patch.addConditions?.forEach((c, j) => lintCondition(c, ['patches', i, 'addConditions', j], scope, out));
    });
    issues.push(...out.issues);
    patchClauses.set(file, g.patches.map((p) => byId.get(p.clause)));
  }
  return dedupe(issues).map((i) => namingPatchClause(i, patchClauses));
}

/**
 * `patches[11].lower.clauseCap` means nothing to the officer who wrote the
 * guideline: a problem inside a patch also names the clause it patches.
 */
function namingPatchClause(issue: Issue, patchClauses: Map<string | undefined, (Clause | undefined)[]>): Issue {
  const [head, index] = issue.path;
  const clause = head === 'patches' && typeof index === 'number' ? patchClauses.get(issue.file)?.[index] : undefined;
  if (!clause) return issue;
  return {
    ...issue,
    message: {
      zh: lintZh.inPatchOf({ message: issue.message.zh, clause: clause.id, article: clause.article }),
      en: lintEn.inPatchOf({ message: issue.message.en, clause: clause.id, article: clause.article }),
    },
  };
}

/**
 * What a guideline may not do to the year's limits: open its window outside
 * its own year, or loosen the per-applicant cap (leave it out, or set it above
 * the cap of the nearest earlier year's guideline in the same rules).
 */
function guidelineLimits(g: Guideline, file: string, all: readonly { file: string; data: unknown }[]): Issue[] {
  const issues: Issue[] = [];
  const year = String(g.year);
  if (!g.window.from.startsWith(`${year}-`) || !g.window.to.startsWith(`${year}-`)) {
    issues.push(makeIssue('window-outside-year', ['window'], { key: year, from: g.window.from, to: g.window.to }, file));
  }
  const earlier = all
    .map(({ data }) => parseWith(guidelineSchema, data, file))
    .flatMap((r) => (r.ok && r.value.year < g.year && r.value.applicantCap !== undefined ? [r.value] : []))
    .sort((a, b) => b.year - a.year)[0];
  if (g.applicantCap === undefined) {
    // The earlier year and its cap as data: each locale words them (an English sentence here once reached the zh message).
    const params = earlier ? { key: String(earlier.year), received: earlier.applicantCap! } : {};
    issues.push(makeIssue('applicant-cap-removed', ['applicantCap'], params, file));
  } else if (earlier && money(g.applicantCap).greaterThan(money(earlier.applicantCap!))) {
    issues.push(makeIssue('applicant-cap-raised', ['applicantCap'], { received: g.applicantCap, ceiling: earlier.applicantCap!, key: String(earlier.year) }, file));
  }
  return issues;
}

/** validateRules and the guideline overlay may both see one problem (an unknown operator in a patch). */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}\u0000${JSON.stringify(i.path)}\u0000${i.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
