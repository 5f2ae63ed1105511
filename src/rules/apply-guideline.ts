import type { Bilingual, Issue, IssueCode, IssueParamsByCode, PathSegment, Result } from '../core/issue.js';
import { compareDates } from '../core/calendar.js';
import { makeIssueInFile } from '../locales/issue.js';
import { conditionIssues } from '../schema/condition-issues.js';
import { money, sumMoney } from '../core/money.js';
import { amountForm } from '../schema/amount/registry.js';
import type { Amount, Clause } from '../schema/clause.js';
import type { Condition } from '../schema/condition.js';
import type { Guideline, Lower } from '../schema/guideline.js';
import type { PolicyFile } from '../schema/policy.js';

/*
 * (policy, guideline) -> that year's policy, as a pure function. A guideline
 * may only tighten: every lowered figure is checked against the clause's
 * ceiling, and each figure remembers where its value came from.
 */

export interface Figure {
  /** `value`, `rate`, `cap`, `unit`, `clauseCap` or `table:<key>`. */
  name: string;
  /** This year's figure; null where the policy has none (no cap). */
  value: string | null;
  /** The policy's figure: the most a guideline may set. */
  ceiling: string | null;
  source: 'policy' | 'guideline';
}

export interface YearClause {
  clause: Clause;
  figures: Figure[];
  suspended: Bilingual | null;
  addedConditions: Condition[];
  materials: Bilingual[];
  note: Bilingual | null;
}

export interface YearPolicy {
  guideline: Guideline;
  clauses: YearClause[];
}

export function figuresOf(clause: Clause): Figure[] {
  const a = clause.amount;
  const f = (name: string, value: string | null): Figure => ({ name, value, ceiling: value, source: 'policy' });
  const out: Figure[] = [];
  for (const [name, value] of amountForm(a.form).figures(a)) out.push(f(name, value));
  out.push(f('clauseCap', clause.limits.clauseCap ?? null));
  return out;
}

/** The policy itself, with no guideline: every figure at its ceiling. What `diff base …` compares against. */
export function policyClauses(clauses: readonly Clause[]): YearClause[] {
  return clauses.map((clause) => ({ clause, figures: figuresOf(clause), suspended: null, addedConditions: [], materials: [], note: null }));
}

export function validateGuidelineFrame(policy: PolicyFile, g: Guideline, file: string): Issue[] {
  const issues: Issue[] = [];
  const mk = <C extends IssueCode>(code: C, path: PathSegment[], params: IssueParamsByCode[C]) => issues.push(makeIssueInFile(file, code, path, params));
  for (const key of ['window', 'eventPeriod'] as const) {
    if (compareDates(g[key].from, g[key].to) > 0) mk('reversed-period', [key], { detail: `${g[key].from} – ${g[key].to}` });
  }
  if (compareDates(g.eventPeriod.to, g.window.from) >= 0) {
    mk('period-overlaps-window', ['eventPeriod', 'to'], { detail: `${g.eventPeriod.to} ≥ ${g.window.from}` });
  }
  if (g.year < Number.parseInt(policy.effective.from, 10) || g.year > Number.parseInt(policy.effective.to, 10)) {
    mk('year-outside-effective-period', ['year'], { received: String(g.year), detail: `${policy.effective.from} – ${policy.effective.to}` });
  }
  const partIds = policy.parts.map((p) => p.id);
  for (const id of Object.keys(g.budget.parts)) {
    if (!partIds.includes(id)) mk('invalid-value', ['budget', 'parts', id], { received: JSON.stringify(id), allowed: partIds });
  }
  for (const id of partIds) {
    if (!Object.prototype.hasOwnProperty.call(g.budget.parts, id)) mk('missing-field', ['budget', 'parts', id], { expected: 'money' });
  }
  const partsTotal = sumMoney(Object.values(g.budget.parts).map(money));
  if (partsTotal.greaterThan(money(g.budget.total))) mk('budget-above-total', ['budget', 'parts'], { detail: partsTotal.toFixed(2) });
  return issues;
}

export function applyGuideline(policy: PolicyFile, clauses: readonly Clause[], g: Guideline, file: string): Result<YearPolicy> {
  const issues = validateGuidelineFrame(policy, g, file);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const patches = new Map<string, number>();
  const year = new Map<string, YearClause>(
    clauses.map((c) => [c.id, { clause: c, figures: figuresOf(c), suspended: null, addedConditions: [], materials: [], note: null }]),
  );

  g.patches.forEach((patch, i) => {
    const at: PathSegment[] = ['patches', i];
    const mk = <C extends IssueCode>(code: C, path: PathSegment[], params: IssueParamsByCode[C]) =>
      issues.push(makeIssueInFile(file, code, [...at, ...path], params));
    const clause = byId.get(patch.clause);
    if (!clause) {
      mk('unknown-clause', ['clause'], { key: patch.clause });
      return;
    }
    if (patches.has(patch.clause)) {
      mk('duplicate-patch', ['clause'], { key: patch.clause, limit: patches.get(patch.clause)! });
      return;
    }
    patches.set(patch.clause, i);
    const yc = year.get(patch.clause)!;
    if (patch.lower) {
      const lowered = lowerFigures(clause, patch.lower, (path, code, params) => mk(code, ['lower', ...path], params));
      yc.clause = lowered.clause;
      yc.figures = yc.figures.map((f) => {
        const v = lowered.changed.get(f.name);
        return v === undefined ? f : { ...f, value: v, source: 'guideline' };
      });
    }
    if (patch.suspend) yc.suspended = patch.suspend;
    if (patch.addConditions) {
      patch.addConditions.forEach((c, j) => issues.push(...conditionIssues(c, [...at, 'addConditions', j], file)));
      yc.addedConditions = patch.addConditions;
    }
    if (patch.materials) yc.materials = patch.materials;
    if (patch.note) yc.note = patch.note;
  });

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { guideline: g, clauses: clauses.map((c) => year.get(c.id)!) } };
}

type Report = <C extends IssueCode>(path: PathSegment[], code: C, params: IssueParamsByCode[C]) => void;

/** Applies `lower` to a clause; every figure must exist on its form and stay at or under the ceiling. */
function lowerFigures(clause: Clause, lower: Lower, report: Report): { clause: Clause; changed: Map<string, string> } {
  const changed = new Map<string, string>();
  // Null-prototype, like the validated clause: see parseWith.
  const amount: Record<string, unknown> = Object.assign(Object.create(null), clause.amount);
  const limits: Clause['limits'] = Object.assign(Object.create(null), clause.limits);
  const allowed = amountForm(clause.amount.form).lowerable as readonly string[];
  const check = (path: PathSegment[], name: string, value: string, ceiling: string | null | undefined) => {
    if (ceiling !== undefined && ceiling !== null && money(value).greaterThan(money(ceiling))) {
      report(path, 'above-ceiling', { key: name, received: value, ceiling });
      return false;
    }
    changed.set(name, value);
    return true;
  };
  for (const key of Object.keys(lower) as (keyof Lower)[]) {
    const v = lower[key];
    if (v === undefined) continue;
    if (key === 'clauseCap') {
      if (check([key], 'clauseCap', v as string, clause.limits.clauseCap)) limits.clauseCap = v as string;
      continue;
    }
    if (!allowed.includes(key)) {
      report([key], 'figure-not-on-form', { key, received: clause.amount.form, allowed: [...allowed, 'clauseCap'] });
      continue;
    }
    if (key === 'table') {
      const table: Record<string, string | null> = { ...(clause.amount as Extract<Amount, { form: 'byLevel' }>).table };
      for (const [level, value] of Object.entries(v as Record<string, string>)) {
        if (!Object.prototype.hasOwnProperty.call(table, level)) {
          report([key, level], 'unknown-level', { key: level });
        } else if (table[level] === null) {
          report([key, level], 'level-not-eligible', { key: level });
        } else if (check([key, level], `table:${level}`, value, table[level])) {
          table[level] = value;
        }
      }
      amount.table = table;
      continue;
    }
    if (check([key], key, v as string, (clause.amount as Record<string, string | undefined>)[key])) amount[key] = v;
  }
  return { clause: Object.assign(Object.create(null), clause, { amount: amount as Amount, limits }), changed };
}
