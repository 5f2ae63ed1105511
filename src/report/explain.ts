import type { ConditionTrace, Decision, Item } from '../engine/decision.js';
import type { CompareOp, ExplainWording, ItemStatus, SectionKind } from '../locales/explain-wording.js';
export type { CompareOp, ExplainWording, ItemStatus, SectionKind } from '../locales/explain-wording.js';
import { explainEn } from '../locales/en/explain.js';
import { explainZh } from '../locales/zh/explain.js';

/*
 * A Decision read aloud for a reviewer: every condition, every figure and
 * where it came from, every cut, and for an item that is not paid what would
 * have to change. The result is data (sections of lines) so that the HTML
 * report and the reviewer page lay it out; `text` is the same for a terminal.
 * All wording comes from src/locales/{zh,en}/explain.ts.
 */

export type ExplainLang = 'zh' | 'en';

export interface ExplainOptions {
  lang: ExplainLang;
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
  items: ItemExplanation[];
  warnings: ExplanationSection | null;
  footer: string;
  /** The whole explanation as plain text, one line per line above. */
  text: string;
}


/** Every sentence explain and renderHtml produce; one implementation per language. */
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

function show(v: unknown, w: ExplainWording): string {
  if (isMissing(v)) return w.value.missing;
  if (typeof v === 'boolean') return v ? w.value.yes : w.value.no;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? w.value.empty : w.value.list(v.map((x) => show(x, w)));
  if (isPeriod(v)) return w.value.period(String(v.from), String(v.to));
  return JSON.stringify(v);
}

function items(v: unknown, w: ExplainWording): string[] {
  return Array.isArray(v) ? v.map((x) => show(x, w)) : [show(v, w)];
}

/** The expected side as a requirement: "one of …", "> 0", "none within …". */
function expectedText(c: ConditionTrace, w: ExplainWording): string {
  const e = c.expected;
  const op = compareOp(c.operator);
  if (op) return w.expect.compare(op, show(e, w));
  switch (c.operator) {
    case 'equal':
      return typeof e === 'boolean' ? w.expect.is(fieldOf(c), show(e, w)) : show(e, w);
    case 'in':
      return w.expect.oneOf(items(e, w));
    case 'notIn':
      return w.expect.noneOf(items(e, w));
    case 'notEqual':
      return w.expect.not(show(e, w));
    case 'dateBetween':
      return w.expect.within(show(e, w));
    case 'noneBetween':
      return w.expect.noneWithin(show(e, w));
    case 'dateOnOrAfter':
      return w.expect.onOrAfter(show(e, w));
    case 'dateOnOrBefore':
      return w.expect.onOrBefore(show(e, w));
    default:
      return show(e, w);
  }
}

function fieldOf(c: ConditionTrace): string {
  return c.path.replace(/^\$\./, '');
}

function labelOf(c: ConditionTrace, lang: ExplainLang, w: ExplainWording): string {
  return c.label?.[lang] ?? w.conditionLabel({ path: c.path, operator: c.operator });
}

function within(x: unknown, p: Period): boolean {
  if (typeof x === 'number' && typeof p.from === 'number' && typeof p.to === 'number') return x >= p.from && x <= p.to;
  // Calendar dates are YYYY-MM-DD, so string order is date order.
  return typeof x === 'string' && x >= String(p.from) && x <= String(p.to);
}

/** What would have to change for one blocking leaf, from its operator, expected and actual values. */
function remedy(c: ConditionTrace, item: Item, year: number, lang: ExplainLang, w: ExplainWording): string {
  const label = labelOf(c, lang, w);
  const m = w.missing;
  if (c.passed) return m.mustNot(label);
  if (c.fact === 'clause' && c.path === '$.suspended' && item.suspended) return m.suspended({ year, reason: item.suspended[lang] });
  const field = fieldOf(c);
  if (isMissing(c.actual)) return m.join(m.must(label), m.notGiven({ path: field }));
  const e = c.expected;
  const a = c.actual;
  const op = compareOp(c.operator);
  let detail: string | null = null;
  if (op) detail = m.compare({ op, expected: show(e, w), actual: show(a, w) });
  else {
    switch (c.operator) {
      case 'equal':
        // A yes/no requirement is fully said by its label.
        detail = typeof e === 'boolean' ? null : m.equal({ expected: show(e, w), actual: show(a, w) });
        break;
      case 'notEqual':
        detail = m.notEqual({ expected: show(e, w) });
        break;
      case 'in':
        detail = m.in({ expected: items(e, w), actual: show(a, w) });
        break;
      case 'notIn':
        detail = m.notIn({ actual: show(a, w) });
        break;
      case 'dateBetween':
        if (isPeriod(e) && typeof a === 'string') {
          const from = String(e.from);
          const to = String(e.to);
          detail = m.dateOutside({ actual: a, side: a < from ? 'before' : 'after', from, to, isEventDate: c.fact === 'event' && c.path === '$.date' });
        }
        break;
      case 'noneBetween':
        if (isPeriod(e) && Array.isArray(a)) {
          const hits = a.filter((x) => within(x, e)).map((x) => show(x, w));
          detail = m.datesWithin({ hits, from: String(e.from), to: String(e.to) });
        }
        break;
      case 'dateOnOrAfter':
      case 'dateOnOrBefore':
        detail = m.date({ op: c.operator === 'dateOnOrAfter' ? 'onOrAfter' : 'onOrBefore', expected: show(e, w), actual: show(a, w) });
        break;
    }
  }
  return m.join(m.must(label), detail);
}

function statusOf(item: Item): ItemStatus {
  if (!item.eligible) return 'ineligible';
  if (item.amount === '0.00') return 'not-paid';
  return item.amount === item.baseAmount ? 'paid' : 'reduced';
}

function section(kind: SectionKind, w: ExplainWording, lines: ExplanationLine[]): ExplanationSection {
  return { kind, heading: w.sections[kind], lines };
}

function explainItem(item: Item, year: number, lang: ExplainLang, w: ExplainWording): ItemExplanation {
  const status = statusOf(item);
  const sections: ExplanationSection[] = [];

  const conditions: ConditionLine[] = item.conditions.map((c) => {
    const label = labelOf(c, lang, w);
    const expected = expectedText(c, w);
    const actual = show(c.actual, w);
    return {
      text: w.condition({ id: c.id, label, field: fieldOf(c), expected, actual, passed: c.passed }),
      tone: c.passed ? 'pass' : 'fail',
      id: c.id,
      label,
      expected,
      actual,
      passed: c.passed,
      blocking: c.blocking,
    };
  });
  sections.push(section('conditions', w, conditions));

  if (item.computation) sections.push(section('computation', w, [{ text: w.computation(item.computation.formula), tone: 'info' }]));
  if (item.adjustments.length > 0) {
    sections.push(
      section('adjustments', w, item.adjustments.map((a) => ({ text: w.adjustment({ before: a.before, after: a.after, reason: a.reason[lang] }), tone: 'cut' }))),
    );
  }
  if (item.eligible) {
    const figures = item.figures.filter((f): f is typeof f & { value: string } => f.value !== null);
    if (figures.length > 0) {
      sections.push(section('figures', w, figures.map((f) => ({ text: w.figure({ ...f, year, provenance: item.provenance }), tone: 'info' }))));
    }
  }
  if (item.materials.length > 0) sections.push(section('materials', w, item.materials.map((m) => ({ text: m[lang], tone: 'check' }))));
  if (status === 'ineligible') {
    const lines = item.conditions.filter((c) => c.blocking).map((c) => ({ text: remedy(c, item, year, lang, w), tone: 'todo' as const }));
    sections.push(section('missing', w, lines));
  }
  if (status === 'not-paid') {
    const zeroing = item.adjustments.filter((a) => a.after === '0.00');
    const lines: ExplanationLine[] =
      zeroing.length > 0
        ? zeroing.map((a) => ({ text: w.notPaid.adjustment(a.reason[lang]), tone: 'cut' }))
        : [{ text: w.notPaid.zeroBase(item.computation?.formula ?? item.baseAmount), tone: 'info' }];
    sections.push(section('not-paid', w, lines));
  }

  return {
    clause: item.clause,
    article: item.article,
    part: item.part,
    subject: item.subject,
    status,
    amount: item.amount,
    baseAmount: item.baseAmount,
    heading: w.itemHeading({ article: item.article, title: item.title[lang], subject: item.subject }),
    statusText: w.status[status]({ amount: item.amount, base: item.baseAmount }),
    sections,
  };
}

function renderText(e: Omit<Explanation, 'text'>, w: ExplainWording): string {
  const out: string[] = [e.heading, e.summary];
  const sectionLines = (s: ExplanationSection, indent: string) => [
    `${indent}${s.heading}`,
    ...s.lines.map((l) => `${indent}  ${MARK[l.tone]} ${l.text}`),
  ];
  for (const item of e.items) {
    out.push('', w.itemLine(item.heading, item.statusText));
    for (const s of item.sections) out.push(...sectionLines(s, '  '));
  }
  if (e.warnings) out.push('', ...sectionLines(e.warnings, ''));
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
  const explained = decision.items.map((item) => explainItem(item, decision.year, lang, w));
  const count = (s: ItemStatus) => explained.filter((i) => i.status === s).length;
  const body: Omit<Explanation, 'text'> = {
    lang,
    applicantId: decision.applicantId,
    year: decision.year,
    total: decision.total,
    heading: w.heading({ applicantId: decision.applicantId, year: decision.year, total: decision.total }),
    summary: w.summary({ paid: count('paid'), reduced: count('reduced'), notPaid: count('not-paid'), ineligible: count('ineligible') }),
    items: explained,
    warnings:
      decision.warnings.length === 0 ? null : section('warnings', w, decision.warnings.map((x) => ({ text: x.message[lang], tone: 'warn' }))),
    footer: w.rulesHash(decision.rulesHash),
  };
  return { ...body, text: renderText(body, w) };
}
