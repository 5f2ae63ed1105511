import type { Bilingual, Result } from '../core/issue.js';
import type { Figure, YearClause } from '../rules/apply-guideline.js';
import type { DescribeWording } from '../locales/describe-wording.js';
export type { DescribeWording } from '../locales/describe-wording.js';
import { describeZh } from '../locales/zh/describe.js';
import { describeEn } from '../locales/en/describe.js';
import { makeIssue } from '../locales/issue.js';
import { amountForm } from '../schema/amount/registry.js';
import { percentText } from '../schema/amount/rate.js';
import { type Condition, isFactReference, isLeaf, type Leaf } from '../schema/condition.js';
import type { Guideline } from '../schema/guideline.js';
import type { PolicyFile } from '../schema/policy.js';
import type { DescribeNames } from '../schema/amount/form.js';
import { eventTypeLabel, fieldLabel, valueLabel, type Vocabulary } from '../schema/vocabulary.js';

/*
 * One clause in words, as a year's guideline has it: what a reviewer or an
 * applicant reads before applying. Pure: the caller hands in the policy file
 * and the year's clauses; the wording lives in i18n/describe-{zh,en}.ts.
 */

export type DescribeLang = 'zh' | 'en';

const WORDING: Record<DescribeLang, DescribeWording> = { zh: describeZh, en: describeEn };

export interface DescribeInput {
  policy: PolicyFile;
  guideline: Guideline;
  /** The year's clauses (`loadPolicy({ year }).clauses`), with that year's figures. */
  clauses: readonly YearClause[];
  /**
   * The application's vocabulary, whose labels name applicant kinds, event
   * types, fields and values. The package's `describeClause` uses the bundled
   * vocabulary when none is given.
   */
  vocabulary: Vocabulary;
}

const field = (path: string) => path.replace(/^\$\./, '');
const pick = (b: Bilingual, lang: DescribeLang) => b[lang];

/** The clause's fields and values by their labels; a code the vocabulary does not know is shown as it is. */
function namesFor(vocabulary: Vocabulary, subject: string, lang: DescribeLang, w: DescribeWording): DescribeNames {
  const fieldText = (path: string) => fieldLabel(vocabulary, subject, field(path))?.[lang] ?? field(path);
  const valueText = (path: string, value: string) =>
    valueLabel(vocabulary, subject, field(path), value)?.[lang] ?? (value === 'true' || value === 'false' ? w.yesNo[value] : value);
  return {
    field: fieldText,
    // a key of several fields is their values joined with ":" (by-level.ts)
    key: (paths, key) => (paths.length === 1 ? valueText(paths[0]!, key) : w.keyParts(key.split(':').map((v, i) => valueText(paths[i] ?? '', v)))),
  };
}

function valueText(v: unknown): string {
  if (isFactReference(v)) return `${v.fact} ${v.path}`;
  return JSON.stringify(v);
}

/** The clause's leaves numbered as a decision numbers them: G… general, C… the clause's, Y… the guideline's. */
function conditionLines(input: DescribeInput, yc: YearClause, lang: DescribeLang, w: DescribeWording): string[] {
  const { clause } = yc;
  const year = input.guideline.year;
  const lines: string[] = [];
  const general = input.policy.generalConditions.filter((leaf) => clause.subject !== 'applicant' || leaf.fact !== 'event');
  const leafText = (leaf: Leaf, id: string, source: 'general' | 'clause' | 'guideline') =>
    leaf.label
      ? w.condition({ id, label: pick(leaf.label, lang), source, year })
      : w.condition({ id, label: w.unlabelled({ fact: leaf.fact, path: leaf.path, operator: leaf.operator, value: valueText(leaf.value) }), source, year });
  general.forEach((leaf, i) => lines.push(`  ${leafText(leaf, leaf.id ?? `G${i + 1}`, 'general')}`));

  const counters = { clause: 0, guideline: 0 };
  // The top-level `all` is the list itself; an `all` inside `any`/`not` must read as one alternative.
  const walk = (c: Condition, depth: number, source: 'clause' | 'guideline', top: boolean) => {
    const pad = '  '.repeat(depth);
    if (isLeaf(c)) {
      const id = c.id ?? (source === 'clause' ? `C${++counters.clause}` : `Y${++counters.guideline}`);
      lines.push(pad + leafText(c, id, source));
    } else if ('all' in c) {
      if (top || c.all.length === 1) c.all.forEach((x) => walk(x, depth, source, top));
      else {
        lines.push(pad + w.group('all'));
        c.all.forEach((x) => walk(x, depth + 1, source, false));
      }
    } else if ('any' in c) {
      lines.push(pad + w.group('any'));
      c.any.forEach((x) => walk(x, depth + 1, source, false));
    } else {
      lines.push(pad + w.group('not'));
      walk(c.not, depth + 1, source, false);
    }
  };
  const own = clause.conditions as Condition;
  if ('all' in own && own.all.length === 0) lines.push(`  ${w.noOwnConditions}`);
  else walk(own, 1, 'clause', true);
  yc.addedConditions.forEach((c) => walk(c, 1, 'guideline', true));
  return lines;
}

function amountLines(yc: YearClause, year: number, w: DescribeWording, names: DescribeNames): string[] {
  const a = yc.clause.amount;
  const lines: string[] = [];
  lines.push(...amountForm(a.form).describe(a, w, names));
  for (const f of yc.figures) {
    if (f.source === 'guideline' && f.name !== 'clauseCap') lines.push(`  ${loweredLine(f, yc, year, w, names)}`);
  }
  return lines;
}

function loweredLine(f: Figure, yc: YearClause, year: number, w: DescribeWording, names: DescribeNames): string {
  // A rate reads as the percentage the amount line shows, not as "0.30".
  const show = (v: string | null) => (v === null ? '—' : f.name === 'rate' ? `${percentText(v)}%` : v);
  const a = yc.clause.amount;
  // a table entry by its labels, as the amount lines show it
  const figure =
    f.name.startsWith('table:') && a.form === 'byLevel' ? `table:${names.key(typeof a.path === 'string' ? [a.path] : a.path, f.name.slice(6))}` : f.name;
  return w.lowered({ year, figure, from: show(f.ceiling), to: show(f.value) });
}

function limitLines(input: DescribeInput, yc: YearClause, w: DescribeWording, lang: DescribeLang, names: DescribeNames): string[] {
  const { clause } = yc;
  const year = input.guideline.year;
  const lines: string[] = [];
  if (clause.limits.clauseCap !== undefined) {
    lines.push(`  ${w.clauseCap(clause.limits.clauseCap)}`);
    const f = yc.figures.find((x) => x.name === 'clauseCap' && x.source === 'guideline');
    if (f) lines.push(`  ${loweredLine(f, yc, year, w, names)}`);
  }
  if (clause.limits.oncePer !== undefined) {
    lines.push(
      `  ${w.oncePer({ key: clause.limits.oncePer === 'applicant' ? 'applicant' : names.field(clause.limits.oncePer), difference: clause.limits.onceMode === 'difference' })}`,
    );
  }
  lines.push(`  ${w.higherLevel[clause.stacking.higherLevel]}`);
  const group = input.policy.groups.find((g) => g.id === clause.stacking.group);
  if (group) lines.push(`  ${w.takeTheHigher(pick(group.title, lang))}`);
  if (input.guideline.applicantCap !== undefined) lines.push(`  ${w.applicantCap({ year, cap: input.guideline.applicantCap })}`);
  return lines;
}

/**
 * The clause in words under the given year's guideline: title, article, part,
 * nature, basis, who may apply, every condition, the amount with that year's
 * figures, limits and stacking, materials, suspension and provenance.
 *
 * @example
 * describeClause({ policy, guideline, clauses: loadPolicy({ year: 2026 }).clauses, vocabulary }, 'pledge-loan-interest', 'en')
 * // { ok: true, value: ['2.6 Interest subsidy for IP pledge loans (pledge-loan-interest)', …] }
 */
export function describeClause(input: DescribeInput, clauseId: string, lang: DescribeLang): Result<string[]> {
  const yc = input.clauses.find((c) => c.clause.id === clauseId);
  if (!yc) {
    return { ok: false, issues: [makeIssue('unknown-clause', ['clauseId'], { key: clauseId, allowed: input.clauses.map((c) => c.clause.id) })] };
  }
  const w = WORDING[lang];
  const { clause } = yc;
  const year = input.guideline.year;
  const part = input.policy.parts.find((p) => p.id === clause.part);
  const lines: string[] = [
    w.heading({ article: clause.article, title: pick(clause.title, lang), id: clause.id }),
    w.part({ number: part?.number ?? 0, title: part ? pick(part.title, lang) : clause.part, nature: clause.nature, year }),
  ];
  if (yc.suspended) lines.push(w.suspended({ year, reason: pick(yc.suspended, lang) }));
  const { vocabulary } = input;
  const names = namesFor(vocabulary, clause.subject, lang, w);
  const kinds = clause.applicants.map((k) => valueLabel(vocabulary, 'applicant', 'kind', k)?.[lang] ?? k);
  const subject = clause.subject === 'applicant' ? null : (eventTypeLabel(vocabulary, clause.subject)?.[lang] ?? clause.subject);
  lines.push(w.basis(pick(clause.basis, lang)), w.applicants(kinds), w.subject(subject));
  lines.push('', w.sections.conditions, ...conditionLines(input, yc, lang, w));
  lines.push('', w.sections.amount, ...amountLines(yc, year, w, names));
  lines.push('', w.sections.limits, ...limitLines(input, yc, w, lang, names));
  lines.push('', w.sections.materials);
  if (yc.materials.length === 0) lines.push(`  ${w.noMaterials}`);
  else for (const m of yc.materials) lines.push(`  - ${pick(m, lang)}`);
  if (yc.note) lines.push(w.note(pick(yc.note, lang)));
  lines.push('', w.sections.provenance, `  ${w.provenance[clause.provenance]}`);
  if (clause.source) lines.push(`  ${w.source(pick(clause.source, lang))}`);
  lines.push(`  ${w.guidelineProvenance({ year, provenance: input.guideline.provenance })}`);
  if (input.policy.sourceNote) lines.push(`  ${pick(input.policy.sourceNote, lang)}`);
  return { ok: true, value: lines };
}
