import type { ConditionTrace, Decision, Item } from '../engine/decision.js';
import type { CompareOp, ComputationText, ExplainWording, ItemStatus, ProrationText, SectionKind } from '../locales/explain-wording.js';
export type { CompareOp, ComputationText, ExplainWording, ItemStatus, ProrationText, SectionKind } from '../locales/explain-wording.js';
import { explainEn } from '../locales/en/explain.js';
import { explainZh } from '../locales/zh/explain.js';
import { type ReportContext, noContext } from './labels.js';
import { terminalTexts } from './terminal-text.js';

/*
 * A Decision read aloud for a reviewer: every condition, every figure and
 * where it came from, every cut, and for an item that is not paid what would
 * have to change, stated as findings. The result is data (sections of lines) so that the HTML
 * report and the reviewer page lay it out; `text` is the same for a terminal.
 * All wording comes from src/locales/{zh,en}/explain.ts.
 */

export type ExplainLang = 'zh' | 'en';

export interface ExplainOptions {
  lang: ExplainLang;
  /** The applicant's name for the heading (a Decision carries only the id). */
  applicantName?: string;
  /** In a batch: how each prorated item's share was reached (see prorationNotes). */
  proration?: ProrationNotes;
  /** The policy's vocabulary and clauses, for labels instead of codes (reportContext); the public `explain` gives the bundled ones. */
  context?: ReportContext;
}

export type LineTone = 'pass' | 'fail' | 'info' | 'cut' | 'todo' | 'check' | 'warn';

export interface ExplanationLine {
  text: string;
  tone: LineTone;
}

export interface ConditionLine extends ExplanationLine {
  id: string;
  label: string;
  expected: string;
  actual: string;
  passed: boolean;
  blocking: boolean;
  /** A failed alternative of an `any` that another alternative carried: not a reason for anything. */
  alternative: boolean;
}

export interface ExplanationSection {
  kind: SectionKind;
  heading: string;
  lines: ExplanationLine[];
}

export interface ItemExplanation {
  clause: string;
  article: string;
  part: string;
  nature: Item['nature'];
  subject: string;
  status: ItemStatus;
  amount: string;
  baseAmount: string;
  heading: string;
  statusText: string;
  sections: ExplanationSection[];
}

export interface Explanation {
  lang: ExplainLang;
  applicantId: string;
  year: number;
  total: string;
  heading: string;
  summary: string;
  /** General conditions about the applicant that failed: said once here, not on every item. */
  refusal: ExplanationSection | null;
  items: ItemExplanation[];
  warnings: ExplanationSection | null;
  /** Events of the application no clause may pay (patent grants), left out while the rest is decided. */
  excluded: ExplanationSection | null;
  /** Said once: where the clauses come from and whose article numbers these are (the policy's `sourceNote`). */
  sourceNote: string | null;
  footer: string;
  /** The whole explanation as plain text, one line per line above. */
  text: string;
}

const WORDING: Record<ExplainLang, ExplainWording> = { zh: explainZh, en: explainEn };

export function explainWording(lang: ExplainLang): ExplainWording {
  const w = WORDING[lang];
  if (!w) throw new TypeError(`lang must be "zh" or "en", got ${JSON.stringify(lang)}`);
  return w;
}

const COMPARE: Record<string, CompareOp> = {
  greaterThan: 'gt',
  decimalGreaterThan: 'gt',
  greaterThanInclusive: 'gte',
  decimalGreaterThanInclusive: 'gte',
  lessThan: 'lt',
  decimalLessThan: 'lt',
  lessThanInclusive: 'lte',
  decimalLessThanInclusive: 'lte',
  decimalEqual: 'eq',
};

/** Own keys only: an operator name is rule data. */
function compareOp(operator: string): CompareOp | undefined {
  return Object.hasOwn(COMPARE, operator) ? COMPARE[operator] : undefined;
}

const MARK: Record<LineTone, string> = { pass: '✓', fail: '✗', info: '·', cut: '↓', todo: '→', check: '☐', warn: '!' };

type Period = { from: string | number; to: string | number };

function isPeriod(v: unknown): v is Period {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const p = v as Record<string, unknown>;
  return (typeof p.from === 'string' || typeof p.from === 'number') && (typeof p.to === 'string' || typeof p.to === 'number');
}

function isMissing(v: unknown): boolean {
  return v === undefined || v === null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = /^\d+\.\d{2}$/;

/** Shows values of one leaf: codes by their labels, dates and amounts in the language's style. */
interface Shower {
  (v: unknown): string;
  items(v: unknown): string[];
}

function shower(w: ExplainWording, lang: ExplainLang, subjectType: string, field: string, isMoney: boolean, ctx: ReportContext): Shower {
  const one = (v: unknown): string => {
    if (isMissing(v)) return w.value.missing;
    if (typeof v === 'boolean') return v ? w.value.yes : w.value.no;
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string') {
      if (DATE.test(v)) return w.date(v);
      if (isMoney && /^\d+(\.\d{1,2})?$/.test(v)) return w.yuan(v);
      if (MONEY.test(v)) return w.yuan(v);
      return ctx.valueLabel(subjectType, field, v, lang);
    }
    if (Array.isArray(v)) return v.length === 0 ? w.value.empty : w.value.list(v.map(one));
    if (isPeriod(v)) return w.value.period(one(v.from), one(v.to));
    return JSON.stringify(v);
  };
  const show = one as Shower;
  show.items = (v: unknown) => (Array.isArray(v) ? v.map(one) : [one(v)]);
  return show;
}

function fieldOf(c: ConditionTrace): string {
  return c.path.replace(/^\$\./, '');
}

function subjectTypeOf(c: ConditionTrace, item: Item, ctx: ReportContext): string {
  return c.fact === 'event' ? ctx.clauseSubjectType(item.clause) : c.fact;
}

function showerFor(c: ConditionTrace, item: Item, lang: ExplainLang, w: ExplainWording, ctx: ReportContext): Shower {
  return shower(w, lang, subjectTypeOf(c, item, ctx), fieldOf(c), c.operator.startsWith('decimal'), ctx);
}

function fieldName(c: ConditionTrace, item: Item, lang: ExplainLang, ctx: ReportContext): string {
  return ctx.fieldLabel(subjectTypeOf(c, item, ctx), fieldOf(c), lang);
}

/** The expected side as a requirement: "one of …", "> 0", "none within …". */
function expectedText(c: ConditionTrace, show: Shower, field: string, w: ExplainWording, list: string | undefined): string {
  const e = c.expected;
  const op = compareOp(c.operator);
  if (op) return w.expect.compare(op, show(e));
  switch (c.operator) {
    case 'equal':
      return typeof e === 'boolean' ? w.expect.is(field, show(e)) : show(e);
    case 'in':
      return w.expect.oneOf(show.items(e));
    case 'notIn':
      return w.expect.noneOf(show.items(e), list);
    case 'notEqual':
      return w.expect.not(show(e));
    case 'dateBetween':
      return w.expect.within(show(e));
    case 'noneBetween':
      return w.expect.noneWithin(show(e));
    case 'dateOnOrAfter':
      return w.expect.onOrAfter(show(e));
    case 'dateOnOrBefore':
      return w.expect.onOrBefore(show(e));
    default:
      return show(e);
  }
}

function labelOf(c: ConditionTrace, lang: ExplainLang, w: ExplainWording): string {
  return c.label ? w.restyle(c.label[lang]) : w.conditionLabel({ path: c.path, operator: c.operator });
}

function within(x: unknown, p: Period): boolean {
  if (typeof x === 'number' && typeof p.from === 'number' && typeof p.to === 'number') return x >= p.from && x <= p.to;
  // Calendar dates are YYYY-MM-DD, so string order is date order.
  return typeof x === 'string' && x >= String(p.from) && x <= String(p.to);
}

/** Why one blocking leaf refuses the item, as a fact: what was found against what the clause requires. */
function finding(c: ConditionTrace, item: Item, year: number, lang: ExplainLang, w: ExplainWording, ctx: ReportContext): string {
  const f = w.finding;
  const label = labelOf(c, lang, w);
  if (c.passed) return f.mustNot(label);
  if (c.fact === 'clause' && c.path === '$.suspended' && item.suspended) return f.suspended({ year, reason: w.restyle(item.suspended[lang]) });
  const field = fieldName(c, item, lang, ctx);
  if (isMissing(c.actual)) return f.notGiven({ field });
  const show = showerFor(c, item, lang, w, ctx);
  const e = c.expected;
  const a = c.actual;
  const failure = c.failure ? w.restyle(c.failure[lang]) : null;
  const op = compareOp(c.operator);
  if (op) return f.compare({ field, op, expected: show(e), actual: show(a) });
  switch (c.operator) {
    case 'equal':
      if (typeof e === 'boolean' && typeof a === 'boolean') {
        const subject = c.fact === 'applicant' ? 'applicant' : c.fact === 'event' ? 'event' : 'clause';
        return f.fact({ subject, failure: failure ?? label, field, actual: a });
      }
      return f.equal({ field, expected: show(e), actual: show(a) });
    case 'notEqual':
      return f.notEqual({ field, expected: show(e) });
    case 'in':
      return f.in({ field, expected: show.items(e), actual: show(a), failure });
    case 'notIn':
      return f.notIn({ field, actual: show(a) });
    case 'dateBetween':
      if (isPeriod(e) && typeof a === 'string') {
        const from = String(e.from);
        const to = String(e.to);
        return f.dateOutside({
          field,
          actual: show(a),
          side: a < from ? 'before' : 'after',
          from: show(from),
          to: show(to),
          isEventDate: c.fact === 'event' && c.path === '$.date',
        });
      }
      break;
    case 'noneBetween':
      if (isPeriod(e) && Array.isArray(a)) {
        const hits = a.filter((x) => within(x, e)).map((x) => show(x));
        return f.datesWithin({ field, hits, from: show(String(e.from)), to: show(String(e.to)) });
      }
      break;
    case 'dateOnOrAfter':
    case 'dateOnOrBefore':
      return f.date({ field, op: c.operator === 'dateOnOrAfter' ? 'onOrAfter' : 'onOrBefore', expected: show(e), actual: show(a) });
  }
  return failure ?? f.other(label);
}

function statusOf(item: Item): ItemStatus {
  if (!item.eligible) return 'ineligible';
  if (item.amount === '0.00') return 'not-paid';
  return item.amount === item.baseAmount ? 'paid' : 'reduced';
}

function section(kind: SectionKind, w: ExplainWording, lines: ExplanationLine[]): ExplanationSection {
  return { kind, heading: w.sections[kind], lines };
}

/** The clause's own condition ids (C1, C2, …, in document order) grouped by the `any` that holds them. */
function anyGroups(clause: string, ctx: ReportContext): string[][] {
  const root = ctx.clause(clause)?.conditions;
  const groups: string[][] = [];
  let n = 0;
  const walk = (node: unknown, into: string[] | null): void => {
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.any)) {
      const group: string[] = [];
      for (const child of o.any) walk(child, group);
      groups.push(group);
      into?.push(...group);
    } else if (Array.isArray(o.all)) for (const child of o.all) walk(child, into);
    else if ('not' in o) walk(o.not, into);
    else {
      n += 1;
      into?.push(`C${n}`);
    }
  };
  walk(root, null);
  return groups.filter((g) => g.length > 1);
}

/** The general conditions about the applicant alone: when one fails, every item fails with it, so it is said once. */
const APPLICANT_LEVEL = new Set(['G1', 'G2', 'G3', 'G7']);

function applicantRefusals(decision: Decision): ConditionTrace[] {
  const first = decision.items[0];
  if (!first) return [];
  return first.conditions.filter(
    (c) =>
      APPLICANT_LEVEL.has(c.id) && c.source === 'general' && !c.passed && decision.items.every((i) => i.conditions.some((x) => x.id === c.id && !x.passed)),
  );
}

function computationText(item: Item, ctx: ReportContext): ComputationText | null {
  const c = item.computation;
  if (!c) return null;
  const field = (path: string) => path.replace(/^\$\./, '');
  switch (c.form) {
    case 'fixed':
      return { form: 'fixed', value: item.baseAmount };
    case 'byLevel':
      return {
        form: 'byLevel',
        keys: Object.entries(c.inputs).map(([p, v]) => `${field(p)}\u0000${String(v)}`),
        value: c.figure === null ? null : item.baseAmount,
      };
    case 'percentOf': {
      const amount = ctx.clause(item.clause)?.amount;
      const of = (amount?.of ?? []).map((p) => ({ field: field(p), value: String(c.inputs[p] ?? '0.00') }));
      const less = (amount?.less ?? []).map((p) => ({ field: field(p), value: String(c.inputs[p] ?? '0.00') }));
      return { form: 'percentOf', rate: c.figure ?? '0', of, less, result: item.baseAmount };
    }
    case 'perUnit': {
      const [path, n] = Object.entries(c.inputs)[0] ?? ['', 0];
      return { form: 'perUnit', unit: c.figure ?? '0', count: { field: field(path), value: Number(n) }, result: item.baseAmount };
    }
    default:
      // A form registered later: its own formula, as the engine wrote it.
      return { form: 'other', formula: c.formula };
  }
}

/** Labels the "field\0value" keys of a byLevel computation. */
function labelComputation(c: ComputationText, item: Item, lang: ExplainLang, ctx: ReportContext): ComputationText {
  const subjectType = ctx.clauseSubjectType(item.clause);
  const f = (field: string) => ctx.fieldLabel(subjectType, field, lang);
  switch (c.form) {
    case 'byLevel':
      return {
        ...c,
        keys: c.keys.map((k) => {
          const [field, value] = k.split('\u0000') as [string, string];
          return ctx.valueLabel(subjectType, field, value, lang);
        }),
      };
    case 'percentOf':
      return { ...c, of: c.of.map((t) => ({ ...t, field: f(t.field) })), less: c.less.map((t) => ({ ...t, field: f(t.field) })) };
    case 'perUnit':
      return { ...c, count: { ...c.count, field: f(c.count.field) } };
    default:
      return c;
  }
}

/** Where a prorated item's amount comes from, keyed by applicant id, clause and subject. */
export type ProrationNotes = ReadonlyMap<string, ProrationText>;

export function prorationKey(applicantId: string, clause: string, subject: string): string {
  return `${applicantId}\u0000${clause}\u0000${subject}`;
}

function explainItem(
  item: Item,
  decision: Decision,
  lang: ExplainLang,
  w: ExplainWording,
  refused: ReadonlySet<string>,
  proration: ProrationNotes | undefined,
  ctx: ReportContext,
): ItemExplanation {
  const year = decision.year;
  const status = statusOf(item);
  const sections: ExplanationSection[] = [];

  // In an `any` that passed, a failed alternative is not a reason for anything: shown as not needed, never as a failure.
  const passedById = new Map(item.conditions.map((c) => [c.id, c.passed]));
  const alternatives = new Set<string>();
  const carried: string[] = [];
  for (const group of anyGroups(item.clause, ctx)) {
    const by = group.filter((id) => passedById.get(id) === true);
    if (by.length === 0) continue;
    for (const id of group) if (passedById.get(id) === false) alternatives.add(id);
    carried.push(w.carriedBy({ ids: group, by }));
  }

  const conditions: ConditionLine[] = item.conditions.map((c) => {
    const label = labelOf(c, lang, w);
    const field = fieldName(c, item, lang, ctx);
    const show = showerFor(c, item, lang, w, ctx);
    const expected = expectedText(c, show, field, w, c.source === 'general' ? ctx.referenceLabel(c.id, lang) : undefined);
    const actual = show(c.actual);
    const alternative = alternatives.has(c.id);
    return {
      text: w.condition({ id: c.id, label, field, expected, actual, passed: c.passed, alternative }),
      tone: c.passed ? 'pass' : alternative ? 'info' : 'fail',
      id: c.id,
      label,
      expected,
      actual,
      passed: c.passed,
      blocking: c.blocking,
      alternative,
    };
  });
  sections.push(section('conditions', w, [...conditions, ...carried.map((text) => ({ text, tone: 'info' as const }))]));

  const computation = computationText(item, ctx);
  if (computation && item.eligible)
    sections.push(section('computation', w, [{ text: w.computation(labelComputation(computation, item, lang, ctx)), tone: 'info' }]));
  const reason = (a: Item['adjustments'][number]) => w.restyle(labelOnceKey(a, item, lang, ctx));
  if (item.adjustments.length > 0) {
    sections.push(
      section(
        'adjustments',
        w,
        item.adjustments.map((a) => ({ text: w.adjustment({ before: a.before, after: a.after, reason: reason(a) }), tone: 'cut' })),
      ),
    );
  }
  const note = proration?.get(prorationKey(decision.applicantId, item.clause, item.subject));
  if (note)
    sections.push(
      section(
        'proration',
        w,
        w.proration(note).map((text) => ({ text, tone: 'info' as const })),
      ),
    );
  if (item.eligible) {
    const figures = item.figures.filter((f): f is typeof f & { value: string } => f.value !== null);
    if (figures.length > 0) {
      sections.push(
        section(
          'figures',
          w,
          figures.map((f) => ({ text: w.figure({ ...f, name: figureName(f.name, item, lang, ctx), year, provenance: item.provenance }), tone: 'info' })),
        ),
      );
    }
  }
  if (item.materials.length > 0)
    sections.push(
      section(
        'materials',
        w,
        item.materials.map((m) => ({ text: w.restyle(m[lang]), tone: 'check' })),
      ),
    );
  if (status === 'ineligible') {
    const own = item.conditions.filter((c) => c.blocking && !refused.has(c.id));
    const lines: ExplanationLine[] = own.map((c) => ({ text: finding(c, item, year, lang, w, ctx), tone: 'todo' as const }));
    if (own.length < item.conditions.filter((c) => c.blocking).length) lines.unshift({ text: w.finding.applicantLevel, tone: 'todo' });
    lines.push({ text: w.finding.conclusion, tone: 'todo' });
    sections.push(section('missing', w, lines));
  }
  if (status === 'not-paid') {
    const zeroing = item.adjustments.filter((a) => a.after === '0.00');
    const lines: ExplanationLine[] =
      zeroing.length > 0
        ? zeroing.map((a) => ({ text: w.notPaid.adjustment(reason(a)), tone: 'cut' }))
        : [{ text: w.notPaid.zeroBase(computation ? w.computation(labelComputation(computation, item, lang, ctx)) : item.baseAmount), tone: 'info' }];
    sections.push(section('not-paid', w, lines));
  }

  return {
    clause: item.clause,
    article: item.article,
    part: item.part,
    nature: item.nature,
    subject: item.subject,
    status,
    amount: item.amount,
    baseAmount: item.baseAmount,
    heading: w.itemHeading({ article: item.article, title: item.title[lang], subject: item.subject }),
    statusText: w.status[status]({ amount: item.amount, base: item.baseAmount, nature: item.nature }),
    sections,
  };
}

/**
 * The engine words a once-only cut with the key's field name and value as
 * codes (“qualification”（patent-attorney）): the Decision keeps them, the
 * reviewer reads their labels.
 */
function labelOnceKey(a: Item['adjustments'][number], item: Item, lang: ExplainLang, ctx: ReportContext): string {
  const text = a.reason[lang];
  if (a.kind !== 'once-only' && a.kind !== 'once-only-difference') return text;
  const field = ctx.clause(item.clause)?.limits?.oncePer?.replace(/^\$\./, '');
  if (!field || field === 'applicant') return text;
  const subjectType = ctx.clauseSubjectType(item.clause);
  const name = ctx.fieldLabel(subjectType, field, lang);
  const value = ctx.valueLabel(subjectType, field, item.subjectKey, lang);
  return lang === 'zh'
    ? text.replace(`“${field}”（${item.subjectKey}）`, value === item.subjectKey ? `${name}（${value}）` : value)
    : text.replace(`${field} "${item.subjectKey}"`, value === item.subjectKey ? `${name} "${value}"` : value);
}

/** A figure's name: `table:gold` reads as the table entry's label (金奖). */
function figureName(name: string, item: Item, lang: ExplainLang, ctx: ReportContext): string {
  if (!name.startsWith('table:')) return name;
  const path = ctx.clause(item.clause)?.amount?.path;
  const paths = (Array.isArray(path) ? path : path ? [path] : []).map((p) => p.replace(/^\$\./, ''));
  const subjectType = ctx.clauseSubjectType(item.clause);
  const keys = name.slice(6).split(':');
  return `table:${keys.map((k, i) => ctx.valueLabel(subjectType, paths[i] ?? '', k, lang)).join(lang === 'zh' ? '' : ' ')}`;
}

function renderText(e: Omit<Explanation, 'text'>, w: ExplainWording): string {
  const out: string[] = [e.heading, e.summary];
  const sectionLines = (s: ExplanationSection, indent: string) => [`${indent}${s.heading}`, ...s.lines.map((l) => `${indent}  ${MARK[l.tone]} ${l.text}`)];
  if (e.refusal) out.push('', ...sectionLines(e.refusal, ''));
  for (const item of e.items) {
    out.push('', w.itemLine(item.heading, item.statusText));
    for (const s of item.sections) out.push(...sectionLines(s, '  '));
  }
  if (e.excluded) out.push('', ...sectionLines(e.excluded, ''));
  if (e.warnings) out.push('', ...sectionLines(e.warnings, ''));
  if (e.sourceNote) out.push('', e.sourceNote);
  out.push('', e.footer);
  return out.join('\n');
}

/**
 * Explains a Decision in one language.
 *
 * @example
 * const d = loadPolicy({ year: 2026 }).evaluateSync(application);
 * console.log(explain(d, { lang: 'en' }).text);
 */
export function explain(decision: Decision, options: ExplainOptions): Explanation {
  const { lang } = options;
  const w = explainWording(lang);
  const refusals = applicantRefusals(decision);
  const refused = new Set(refusals.map((c) => c.id));
  const first = decision.items[0];
  const ctx = options.context ?? noContext;
  const explained = decision.items.map((item) => explainItem(item, decision, lang, w, refused, options.proration, ctx));
  const count = (s: ItemStatus) => explained.filter((i) => i.status === s).length;
  const body: Omit<Explanation, 'text'> = {
    lang,
    applicantId: decision.applicantId,
    year: decision.year,
    total: decision.total,
    heading: w.heading({ applicantId: decision.applicantId, name: options.applicantName ?? null, year: decision.year, total: decision.total }),
    summary: w.summary({ paid: count('paid'), reduced: count('reduced'), notPaid: count('not-paid'), ineligible: count('ineligible') }),
    refusal:
      refusals.length === 0 || !first
        ? null
        : section('refusal', w, [
            { text: w.applicantRefusal({ findings: refusals.map((c) => finding(c, first, decision.year, lang, w, ctx)) }), tone: 'todo' },
          ]),
    items: explained,
    warnings:
      decision.warnings.length === 0
        ? null
        : section(
            'warnings',
            w,
            decision.warnings.map((x) => ({ text: w.restyle(x.message[lang]), tone: 'warn' })),
          ),
    excluded:
      decision.excludedEvents.length === 0
        ? null
        : section(
            'excluded',
            w,
            decision.excludedEvents.map((x) => ({ text: w.excludedLine({ subject: x.subject, reason: w.restyle(x.reason[lang]) }), tone: 'info' })),
          ),
    sourceNote: ctx.sourceNote(lang),
    footer: w.rulesHash(decision.rulesHash),
  };
  // The text goes to terminals: values from other systems (ids, keys) have their control characters shown as codes.
  return { ...body, text: renderText(terminalTexts(body), w) };
}
