import type { Decision } from '../engine/decision.js';
import {
  type ExplainLang,
  type ExplainWording,
  type ExplanationSection,
  type ItemExplanation,
  type ConditionLine,
  type ProrationNotes,
  explain,
  explainWording,
} from './explain.js';
import { APPLICANT_STATUSES, type ApplicantStatus, applicantStatus } from './applicant-status.js';
import { type ReportContext, noContext } from './labels.js';
import { capitalYuan, groupedYuan } from '../locales/format/money-text.js';
import { prorationNotes } from './proration-notes.js';
import type { Bilingual } from '../core/issue.js';
import { formatMoney, money, sumMoney, ZERO } from '../core/money.js';
import type { BudgetReport, PartBudget } from '../engine/prorate.js';

/*
 * A Decision or a batch result as one printable HTML page: inline CSS, no
 * scripts, no external assets, every text escaped. For a batch, the budget per
 * part as a table and an inline SVG chart, so a reviewer sees where proration
 * cut. With `fragment: true` it is a <div> (its CSS scoped to .hy-report) to
 * place inside another page, as the reviewer page does.
 */

export interface PartTitle {
  id: string;
  title: Bilingual;
}

export interface RenderHtmlOptions {
  lang: ExplainLang;
  /** A <div> to embed instead of a whole document. */
  fragment?: boolean;
  /** Part titles for the budget table; defaults to those of the bundled policy. */
  parts?: readonly PartTitle[];
  /** A batch page explains at most this many decisions in full (default 100); the table lists them all. */
  detailLimit?: number;
  /** The filing header: when the decisions were made (the caller's clock: the page itself stays deterministic). */
  decidedAt?: string;
  /** The filing header: a hash of the input the decisions were made from. */
  inputFingerprint?: string;
  /** The policy's vocabulary, clauses and titles (reportContext): labels instead of codes. */
  context?: ReportContext;
  /** A batch page's title: h1 for a page of its own (the default), h2 inside a page that has its h1. */
  titleLevel?: 'h1' | 'h2';
}

/** What a Decision does not carry but a reviewer needs to see: the applicant as the application names it. */
export interface ApplicantInfo {
  id: string;
  name?: string;
  creditCode?: string;
  county?: string;
}

export interface BatchLike {
  decisions: readonly Decision[];
  budget: BudgetReport;
  /** The applicants, by id (the batch's applications' `applicant` objects will do). */
  applicants?: readonly ApplicantInfo[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const e = escapeHtml;

/*
 * Print: a page per applicant, table headers repeated on every page, headings
 * kept with what follows, and status shown by marks and borders as well as
 * colour, so a copy printed without background graphics loses nothing.
 */
const CSS = `
.hy-report{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1b1f24;line-height:1.45;max-width:64rem;margin:0 auto;padding:1rem}
.hy-report h1,.hy-report .title{font-size:1.35rem;margin:0 0 .25rem}
.hy-report h2{font-size:1.15rem;margin:1rem 0 .4rem}
.hy-report h3{font-size:1rem;margin:0 0 .4rem;display:flex;justify-content:space-between;gap:1rem}
.hy-report h4{font-size:.9rem;margin:.6rem 0 .2rem;color:#333}
.hy-report h1,.hy-report h2,.hy-report h3,.hy-report h4{break-after:avoid;page-break-after:avoid}
.hy-report .summary{color:#333;margin:.2rem 0}
.hy-report .total{font-size:1.15rem;margin:.4rem 0 1rem}
.hy-report .item{border:1px solid #8c96a3;border-left-width:6px;border-radius:4px;padding:.6rem .8rem;margin:.8rem 0}
.hy-report .status-paid{border-left-color:#1f7a3d}
.hy-report .status-reduced{border-left-color:#8a5a00;border-left-style:double}
.hy-report .status-not-paid{border-left-color:#8a5a00;border-left-style:dashed}
.hy-report .status-ineligible{border-left-color:#b3261e;border-left-style:dotted}
.hy-report .status{font-weight:normal;white-space:nowrap}
.hy-report ul{margin:.1rem 0;padding-left:1.2rem}
.hy-report li{margin:.1rem 0}
.hy-report li.tone-cut{list-style:"↓ "}
.hy-report li.tone-todo{list-style:"→ ";color:#a1221a}
.hy-report li.tone-check{list-style:"☐ "}
.hy-report li.tone-warn{list-style:"! ";color:#6b4500}
.hy-report table{border-collapse:collapse;width:100%;font-size:.85rem}
.hy-report thead{display:table-header-group}
.hy-report tr{break-inside:avoid;page-break-inside:avoid}
.hy-report th,.hy-report td{border-bottom:1px solid #c9ced6;padding:.2rem .4rem;text-align:left;vertical-align:top}
.hy-report th{white-space:nowrap}
.hy-report .kind-conditions td:first-child,.hy-report .kind-conditions td:last-child{white-space:nowrap}
.hy-report table.triage td:nth-child(3){white-space:nowrap}
.hy-report td.num,.hy-report th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.hy-report tr.fail td{color:#a1221a}
.hy-report tr.fail td:last-child{font-weight:bold}
.hy-report tr.alternative td{color:#444}
.hy-report tr.blocking td:first-child{font-weight:bold}
.hy-report .refusal{border:2px solid #a1221a;padding:.5rem .8rem;border-radius:4px;margin:.5rem 0}
.hy-report .warnings{border:1px solid #8a5a00;padding:.5rem .8rem;border-radius:4px}
.hy-report .source-note{color:#333;font-size:.85rem}
.hy-report footer,.hy-report .filing{color:#333;font-size:.8rem;word-break:break-all}
.hy-report .filing dt{font-weight:bold}
.hy-report .filing dd{margin:0 0 .2rem 0}
.hy-report .capital{font-size:.95rem}
.hy-report .signature{display:none}
.hy-report .st{white-space:nowrap}
.hy-report .st-refused,.hy-report .st-returned{color:#a1221a;font-weight:bold}
.hy-report .st-partly-refused{color:#a1221a}
.hy-report .st-reduced,.hy-report .st-prorated{color:#6b4500}
.hy-report .st-full{color:#1f6b36}
.hy-report .counts{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}
.hy-report svg{max-width:100%;height:auto}
@media print{
.hy-report{max-width:none;padding:0;font-size:10.5pt}
.hy-report table.triage{font-size:8.5pt}
.hy-report .item{border-left-width:4px;break-inside:auto}
.hy-report .item>section,.hy-report .warnings,.hy-report .refusal,.hy-report .review-panel{break-inside:avoid;page-break-inside:avoid}
.hy-report .decision{break-before:page;page-break-before:always}
.hy-report .signature{display:flex;gap:2.5rem;margin-top:1.2rem;break-inside:avoid;page-break-inside:avoid}
.hy-report .no-print,.hy-report .details-heading{display:none}
.hy-report a{color:inherit;text-decoration:none}
}
`;

function section(s: ExplanationSection, w: ExplainWording): string {
  if (s.kind === 'conditions') {
    const conditions = s.lines.filter((l): l is ConditionLine => 'id' in l);
    const notes = s.lines.filter((l) => !('id' in l));
    const result = (c: ConditionLine) => (c.passed ? `✓ ${e(w.html.passed)}` : c.alternative ? `○ ${e(w.html.notNeeded)}` : `✗ ${e(w.html.failed)}`);
    const rows = conditions
      .map(
        (c) =>
          `<tr class="${c.passed ? 'pass' : c.alternative ? 'alternative' : 'fail'}${c.blocking ? ' blocking' : ''}"><td>${e(c.id)}</td><td>${e(c.label)}</td>` +
          `<td>${e(c.expected)}</td><td>${e(c.actual)}</td><td>${result(c)}</td></tr>`,
      )
      .join('');
    const head = `<thead><tr>${w.html.conditionColumns.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>`;
    const after = notes.length ? `<ul>${notes.map((l) => `<li class="tone-${l.tone}">${e(l.text)}</li>`).join('')}</ul>` : '';
    return `<section class="kind-conditions"><h4>${e(s.heading)}</h4><table>${head}<tbody>${rows}</tbody></table>${after}</section>`;
  }
  const lines = s.lines.map((l) => `<li class="tone-${l.tone}">${e(l.text)}</li>`).join('');
  return `<section class="kind-${s.kind}"><h4>${e(s.heading)}</h4><ul>${lines}</ul></section>`;
}

function itemHtml(item: ItemExplanation, w: ExplainWording): string {
  return (
    `<article class="item status-${item.status}" data-clause="${e(item.clause)}" data-subject="${e(item.subject)}" data-part="${e(item.part)}">` +
    `<h3><span>${e(item.heading)}</span><span class="status">${e(item.statusText)}</span></h3>` +
    item.sections.map((s) => section(s, w)).join('') +
    `</article>`
  );
}

/** Where a row of the triage table links to. */
export function applicantAnchor(applicantId: string): string {
  return `applicant-${applicantId.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

interface DecisionContext {
  lang: ExplainLang;
  w: ExplainWording;
  level: 'h1' | 'h2';
  applicant?: ApplicantInfo;
  proration?: ProrationNotes;
  /** The filing copy of a batch: a page per applicant with the amount in capitals and a signature block. */
  filing: boolean;
  ctx: ReportContext;
}

function decisionBody(d: Decision, ctx: DecisionContext): string {
  const { w, lang, level } = ctx;
  const x = explain(d, { lang, applicantName: ctx.applicant?.name, proration: ctx.proration, context: ctx.ctx });
  const status = applicantStatus(d);
  const who = ctx.applicant;
  const facts = who
    ? `<p class="summary">${[
        who.creditCode ? `${e(w.html.creditCode)}${e(who.creditCode)}` : '',
        who.county ? `${e(w.html.county)}${e(ctx.ctx.countyLabel(who.county, lang))}` : '',
        `${e(w.html.statusLabel)}<span class="st st-${status}">${e(w.html.statuses[status])}</span>`,
      ]
        .filter((t) => t !== '')
        .join(e(w.html.separator))}</p>`
    : '';
  const capital = ctx.filing && lang === 'zh' ? `<p class="capital">${e(w.html.capital(capitalYuan(d.total)))}</p>` : '';
  const signature = ctx.filing ? `<div class="signature">${w.html.signature.map((s) => `<span>${e(s)}</span>`).join('')}</div>` : '';
  return (
    `<section class="decision" id="${applicantAnchor(d.applicantId)}" data-applicant="${e(d.applicantId)}" data-status="${status}">` +
    `<${level}>${e(x.heading)}</${level}>` +
    facts +
    `<p class="summary">${e(x.summary)}</p>` +
    `<p class="total">${e(w.html.total)}<strong data-total="${e(d.total)}">${e(w.yuan(d.total))}</strong></p>` +
    capital +
    (x.refusal ? `<div class="refusal" role="note">${section(x.refusal, w)}</div>` : '') +
    x.items.map((i) => itemHtml(i, w)).join('') +
    (x.excluded ? `<div class="excluded">${section(x.excluded, w)}</div>` : '') +
    (x.warnings ? `<div class="warnings">${section(x.warnings, w)}</div>` : '') +
    // A batch page states the source note once at its top; a page of one decision states it here.
    (!ctx.filing && x.sourceNote ? `<p class="source-note">${e(x.sourceNote)}</p>` : '') +
    `<footer>${e(x.footer)}</footer>` +
    signature +
    (ctx.filing ? `<p class="no-print"><a href="#triage">${e(w.html.backToTriage)}</a></p>` : '') +
    `</section>`
  );
}

const BAR_WIDTH = 420;

/** A bar's length in pixels: a drawing coordinate, never money. */
function barLength(value: string, max: string): string {
  const m = money(max);
  return m.isZero() ? '0' : money(value).div(m).times(BAR_WIDTH).toFixed(1);
}

function chart(parts: PartBudget[], title: (id: string) => string, w: ExplainWording): string {
  const series = [
    ['budget', '#5f6b7a'],
    ['requested', '#b35c00'],
    ['paid', '#1f5a99'],
  ] as const;
  const max = formatMoney(parts.reduce((m, p) => [p.budget, p.requested, p.paid].map(money).reduce((a, b) => (b.greaterThan(a) ? b : a), m), ZERO));
  // Each part: its title on one line, then its three bars, so long titles never overlap a bar.
  const labelWidth = 8;
  const bar = 14;
  const groupHeight = 18 + bar * 3 + 10;
  const top = 28;
  const height = top + groupHeight * parts.length;
  const width = labelWidth + BAR_WIDTH + 130;
  const legend = series
    .map(
      ([key, color], i) =>
        `<rect x="${labelWidth + i * 120}" y="6" width="12" height="12" fill="${color}"/><text x="${labelWidth + i * 120 + 16}" y="16">${e(w.html.chartSeries[key])}</text>`,
    )
    .join('');
  const groups = parts
    .map((p, g) => {
      const y0 = top + g * groupHeight;
      const bars = series
        .map(([key, color], i) => {
          const y = y0 + 18 + i * bar;
          const len = barLength(p[key], max);
          return (
            `<rect class="bar-${key}" data-part="${e(p.part)}" data-value="${e(p[key])}" x="${labelWidth}" y="${y}" width="${len}" height="${bar - 2}" fill="${color}"><title>${e(w.html.chartSeries[key])} ${e(groupedYuan(p[key]))}</title></rect>` +
            `<text x="${labelWidth + Number(len) + 4}" y="${y + bar - 4}" class="value">${e(groupedYuan(p[key]))}</text>`
          );
        })
        .join('');
      return `<text x="0" y="${y0 + 13}" font-weight="bold">${e(title(p.part))}</text>${bars}`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(w.html.chartLabel)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="11" font-family="inherit">` +
    `<title>${e(w.html.chartLabel)}</title>${legend}${groups}</svg>`
  );
}

function budgetTable(b: BudgetReport, title: (id: string) => string, w: ExplainWording): string {
  const [cPart, cBudget, cRequested, cPaid, cRatio, cCut] = w.html.budgetColumns;
  const cut = (requested: string, paid: string) => groupedYuan(formatMoney(money(requested).minus(money(paid))));
  const g = groupedYuan;
  const head = `<thead><tr><th scope="col">${e(cPart)}</th><th scope="col" class="num">${e(cBudget)}</th><th scope="col" class="num">${e(cRequested)}</th><th scope="col" class="num">${e(cPaid)}</th><th scope="col" class="num">${e(cRatio)}</th><th scope="col" class="num">${e(cCut)}</th></tr></thead>`;
  const rows = b.parts
    .map(
      (p) =>
        `<tr data-part="${e(p.part)}"${p.ratio === '1.000000' ? '' : ' class="fail"'}><td>${e(title(p.part))}</td><td class="num">${e(g(p.budget))}</td><td class="num">${e(g(p.requested))}</td>` +
        `<td class="num">${e(g(p.paid))}</td><td class="num">${e(p.ratio)}</td><td class="num">${e(cut(p.requested, p.paid))}</td></tr>`,
    )
    .join('');
  const total = `<tr><th scope="row">${e(w.html.budgetTotal)}</th><td class="num">${e(g(b.total))}</td><td class="num">${e(g(b.requested))}</td><td class="num">${e(g(b.paid))}</td><td></td><td class="num">${e(cut(b.requested, b.paid))}</td></tr>`;
  return `<table class="budget">${head}<tbody>${rows}${total}</tbody></table>`;
}

/** What an applicant was granted before the budget cut: each prorated item's amount before that step. */
function beforeProration(d: Decision): string {
  return formatMoney(sumMoney(d.items.map((i) => money(i.adjustments.find((a) => a.kind === 'budget-proration')?.before ?? i.amount))));
}

/** One row of the triage table; its data-* attributes are what the workbench filters and sorts on. */
function applicantRow(
  d: Decision,
  who: ApplicantInfo | undefined,
  lang: ExplainLang,
  w: ExplainWording,
  title: (id: string) => string,
  ctx: ReportContext,
): string {
  const status = applicantStatus(d);
  const parts = [...new Set(d.items.map((i) => i.part))];
  const clauses = [...new Set(d.items.map((i) => i.article))];
  const paidParts = [...new Set(d.items.filter((i) => i.amount !== '0.00').map((i) => i.part))];
  return (
    `<tr data-applicant="${e(d.applicantId)}" data-status="${status}" data-county="${e(who?.county ?? '')}" data-parts="${e(parts.join(' '))}" data-clauses="${e(clauses.join(' '))}" data-total="${e(d.total)}" data-name="${e(who?.name ?? d.applicantId)}">` +
    `<td><a href="#${applicantAnchor(d.applicantId)}">${e(who?.name ?? d.applicantId)}</a><br><span class="summary">${e(d.applicantId)}</span></td>` +
    `<td>${e(who?.creditCode ?? '')}</td>` +
    `<td>${e(who?.county ? ctx.countyLabel(who.county, lang) : '')}</td>` +
    `<td>${e(clauses.map((a) => w.html.article(a)).join(w.html.listSeparator))}</td>` +
    `<td>${e(paidParts.map(title).join(w.html.listSeparator))}</td>` +
    `<td class="num">${e(groupedYuan(beforeProration(d)))}</td>` +
    `<td class="num">${e(groupedYuan(d.total))}</td>` +
    `<td><span class="st st-${status}">${e(w.html.statuses[status])}</span></td></tr>`
  );
}

function returnedRow(who: ApplicantInfo, messages: readonly string[], lang: ExplainLang, w: ExplainWording, ctx: ReportContext): string {
  return (
    `<tr data-applicant="${e(who.id)}" data-status="returned" data-county="${e(who.county ?? '')}" data-parts="" data-clauses="" data-total="0.00" data-name="${e(who.name ?? who.id)}">` +
    `<td>${e(who.name ?? who.id)}<br><span class="summary">${e(who.id)}</span></td><td>${e(who.creditCode ?? '')}</td><td>${e(who.county ? ctx.countyLabel(who.county, lang) : '')}</td>` +
    `<td colspan="4"><ul>${messages.map((m) => `<li class="tone-todo">${e(m)}</li>`).join('')}</ul></td>` +
    `<td><span class="st st-returned">${e(w.html.statuses.returned)}</span></td></tr>`
  );
}

interface FilingHeader {
  decidedAt?: string;
  inputFingerprint?: string;
  rulesHash: string;
  guidelineHash: string;
  year: number;
}

function filingHeader(f: FilingHeader, w: ExplainWording): string {
  const rows: [string, string][] = [];
  rows.push([w.html.filing.rulesHash, e(f.rulesHash)], [w.html.filing.guidelineHash, e(f.guidelineHash)]);
  if (f.inputFingerprint) rows.push([w.html.filing.inputFingerprint, e(f.inputFingerprint)]);
  // On the reviewer's clock for the eye; the recorded instant stays machine-readable in the attribute.
  if (f.decidedAt) rows.unshift([w.html.filing.decidedAt, `<time datetime="${e(f.decidedAt)}">${e(w.html.decidedAtText(f.decidedAt))}</time>`]);
  return `<dl class="filing">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function batchBody(
  decisions: readonly Decision[],
  rows: readonly string[],
  details: readonly string[],
  counts: ReadonlyMap<ApplicantStatus, number>,
  budget: BudgetReport,
  options: RenderHtmlOptions,
  w: ExplainWording,
  title: (id: string) => string,
): string {
  const first = decisions[0];
  const year = first?.year ?? 0;
  const header = first
    ? filingHeader(
        { decidedAt: options.decidedAt, inputFingerprint: options.inputFingerprint, rulesHash: first.rulesHash, guidelineHash: first.guideline.hash, year },
        w,
      )
    : '';
  const countList =
    `<ul class="counts" aria-label="${e(w.html.countsLabel)}">` +
    APPLICANT_STATUSES.map(
      (s) => `<li data-status="${s}"><span class="st st-${s}">${e(w.html.statuses[s])}</span> <strong>${counts.get(s) ?? 0}</strong></li>`,
    ).join('') +
    `</ul>`;
  const cols = w.html.triageColumns
    .map(
      (c, i) =>
        `<th scope="col"${i >= 5 && i <= 6 ? ' class="num"' : ''} data-sort="${['name', 'creditCode', 'county', 'clauses', 'parts', 'before', 'total', 'status'][i]}">${e(c)}</th>`,
    )
    .join('');
  const note = (options.context ?? noContext).sourceNote(options.lang);
  return (
    `<${options.titleLevel ?? 'h1'} class="title">${e(w.html.batchTitle({ count: rows.length, year, policy: (options.context ?? noContext).policyTitle(options.lang) }))}</${options.titleLevel ?? 'h1'}>` +
    header +
    (note ? `<p class="source-note">${e(note)}</p>` : '') +
    `<section id="triage" aria-labelledby="triage-h"><h2 id="triage-h">${e(w.html.triageHeading)}</h2>${countList}` +
    `<div id="triage-controls" class="no-print"></div>` +
    `<table class="decisions triage"><caption>${e(w.html.triageCaption)}</caption><thead><tr>${cols}</tr></thead><tbody>${rows.join('')}</tbody></table></section>` +
    `<h2>${e(w.html.budgetHeading)}</h2>${budgetTable(budget, title, w)}` +
    `<h2>${e(w.html.chartHeading)}</h2>${chart(budget.parts, title, w)}` +
    `<h2 class="details-heading">${e(w.html.detailsHeading)}</h2>` +
    (details.length < rows.length ? `<p class="summary">${e(w.html.detailsOmitted({ shown: details.length, count: rows.length }))}</p>` : '') +
    details.join('')
  );
}

function page(body: string, title: string, options: RenderHtmlOptions): string {
  const report = `<div class="hy-report">${options.fragment ? `<style>${CSS}</style>` : ''}${body}</div>`;
  if (options.fragment) return report;
  return (
    `<!doctype html>\n<html lang="${options.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${CSS}</style></head>` +
    `<body><main>${report}</main></body></html>\n`
  );
}

/** The page's stylesheet, for a page that lays a report fragment out itself. */
export const REPORT_CSS = CSS;

/** Builds a batch page one decision at a time, for batches too large to hold: it keeps a table row per decision and only the first `detailLimit` in full. */
export interface BatchReportCollector {
  /** Decisions in input order, already prorated, with the applicant as the application names it. */
  add(decision: Decision, applicant?: ApplicantInfo): void;
  /** An application that could not be decided: listed as returned, with its problems. */
  addReturned(applicant: ApplicantInfo, messages: readonly string[]): void;
  render(budget: BudgetReport): string;
}

export function collectBatchReport(options: RenderHtmlOptions): BatchReportCollector {
  const w = explainWording(options.lang);
  const limit = options.detailLimit ?? 100;
  const ctx = options.context ?? noContext;
  const titles = new Map((options.parts ?? []).map((p) => [p.id, p.title[options.lang]]));
  const title = (id: string) => titles.get(id) ?? id;
  const rows: string[] = [];
  const kept: { d: Decision; who?: ApplicantInfo }[] = [];
  // Proration notes need every prorated item of the batch: only these few fields are kept of a decision not shown in full.
  const slim: Decision[] = [];
  const counts = new Map<ApplicantStatus, number>();
  return {
    add(d, who) {
      rows.push(applicantRow(d, who, options.lang, w, title, ctx));
      const status = applicantStatus(d);
      counts.set(status, (counts.get(status) ?? 0) + 1);
      if (kept.length < limit) kept.push({ d, who });
      slim.push({ ...d, items: d.items.map((i) => ({ ...i, conditions: [], figures: [], materials: [] })) });
    },
    addReturned(who, messages) {
      rows.push(returnedRow(who, messages, options.lang, w, ctx));
      counts.set('returned', (counts.get('returned') ?? 0) + 1);
    },
    render(budget) {
      const notes = prorationNotes(slim, budget);
      const details = kept.map(({ d, who }) => decisionBody(d, { lang: options.lang, w, level: 'h2', applicant: who, proration: notes, filing: true, ctx }));
      const year = slim[0]?.year ?? 0;
      return page(
        batchBody(slim, rows, details, counts, budget, options, w, title),
        w.html.batchTitle({ count: rows.length, year, policy: ctx.policyTitle(options.lang) }),
        options,
      );
    },
  };
}

function isBatch(x: Decision | BatchLike): x is BatchLike {
  return Array.isArray((x as BatchLike).decisions) && typeof (x as BatchLike).budget === 'object';
}

/**
 * A printable HTML page for one Decision or a batch result. For a batch: the
 * triage table (name, credit code, total, status; counts per status), the
 * budget per part, and a filing copy of each decision, a page each in print.
 *
 * @example
 * const batch = await policy.evaluateBatch(apps);
 * writeFileSync('report.html', renderHtml({ ...batch, applicants: apps.map((a) => a.applicant) }, { lang: 'zh' }));
 */
export function renderHtml(input: Decision | BatchLike, options: RenderHtmlOptions): string {
  const w = explainWording(options.lang);
  if (isBatch(input)) {
    const byId = new Map((input.applicants ?? []).map((a) => [a.id, a]));
    const collector = collectBatchReport(options);
    for (const d of input.decisions) collector.add(d, byId.get(d.applicantId));
    return collector.render(input.budget);
  }
  return page(
    decisionBody(input, { lang: options.lang, w, level: 'h1', filing: false, ctx: options.context ?? noContext }),
    w.html.title({ applicantId: input.applicantId, year: input.year }),
    options,
  );
}
