import type { Bilingual } from '../core/issue.js';
import type { Decision } from '../engine/decision.js';
import { type ExplainLang, type ExplainWording, type ExplanationSection, type ItemExplanation, type ConditionLine, explain, explainWording } from './explain.js';
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
  /** Part titles for the budget table (the public `renderHtml` defaults them to the bundled policy's). */
  parts?: readonly PartTitle[];
  /** A batch page explains at most this many decisions in full (default 100); the table lists them all. */
  detailLimit?: number;
}

export interface BatchLike {
  decisions: readonly Decision[];
  budget: BudgetReport;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const e = escapeHtml;

const CSS = `
.hy-report{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1b1f24;line-height:1.45;max-width:60rem;margin:0 auto;padding:1rem}
.hy-report h1{font-size:1.35rem;margin:0 0 .25rem}
.hy-report h2{font-size:1.05rem;margin:0 0 .4rem;display:flex;justify-content:space-between;gap:1rem}
.hy-report h3{font-size:.9rem;margin:.6rem 0 .2rem;color:#444}
.hy-report .summary{color:#444;margin:.2rem 0}
.hy-report .total{font-size:1.15rem;margin:.4rem 0 1rem}
.hy-report .item{border:1px solid #c9ced6;border-left-width:6px;border-radius:4px;padding:.6rem .8rem;margin:.8rem 0;break-inside:avoid}
.hy-report .status-paid{border-left-color:#1f7a3d}
.hy-report .status-reduced{border-left-color:#c27c0e}
.hy-report .status-not-paid{border-left-color:#8a5a00}
.hy-report .status-ineligible{border-left-color:#b3261e}
.hy-report .status{font-weight:normal;white-space:nowrap}
.hy-report ul{margin:.1rem 0;padding-left:1.2rem}
.hy-report li{margin:.1rem 0}
.hy-report li.tone-cut{list-style:"↓ "}
.hy-report li.tone-todo{list-style:"→ ";color:#b3261e}
.hy-report li.tone-check{list-style:"☐ "}
.hy-report li.tone-warn{list-style:"! ";color:#8a5a00}
.hy-report table{border-collapse:collapse;width:100%;font-size:.85rem}
.hy-report th,.hy-report td{border-bottom:1px solid #e1e4e8;padding:.2rem .4rem;text-align:left;vertical-align:top}
.hy-report td.num,.hy-report th.num{text-align:right;font-variant-numeric:tabular-nums}
.hy-report td:last-child{white-space:nowrap}
.hy-report tr.fail td{background:#fdecea}
.hy-report tr.blocking td:first-child{font-weight:bold}
.hy-report .warnings{border:1px solid #e0b252;background:#fff8e6;padding:.5rem .8rem;border-radius:4px}
.hy-report footer{color:#666;font-size:.75rem;margin-top:1rem;word-break:break-all}
.hy-report svg{max-width:100%;height:auto}
@media print{.hy-report{max-width:none;padding:0}.hy-report .item{border-left-width:4px}}
`;

function section(s: ExplanationSection, w: ExplainWording): string {
  if (s.kind === 'conditions') {
    const rows = (s.lines as ConditionLine[])
      .map(
        (c) =>
          `<tr class="${c.passed ? 'pass' : 'fail'}${c.blocking ? ' blocking' : ''}"><td>${e(c.id)}</td><td>${e(c.label)}</td>` +
          `<td>${e(c.expected)}</td><td>${e(c.actual)}</td><td>${c.passed ? `✓ ${e(w.html.passed)}` : `✗ ${e(w.html.failed)}`}</td></tr>`,
      )
      .join('');
    return `<section class="kind-conditions"><h3>${e(s.heading)}</h3><table>${rows}</table></section>`;
  }
  const lines = s.lines.map((l) => `<li class="tone-${l.tone}">${e(l.text)}</li>`).join('');
  return `<section class="kind-${s.kind}"><h3>${e(s.heading)}</h3><ul>${lines}</ul></section>`;
}

function itemHtml(item: ItemExplanation, w: ExplainWording): string {
  return (
    `<article class="item status-${item.status}" data-clause="${e(item.clause)}" data-subject="${e(item.subject)}">` +
    `<h2><span>${e(item.heading)}</span><span class="status">${e(item.statusText)}</span></h2>` +
    item.sections.map((s) => section(s, w)).join('') +
    `</article>`
  );
}

function decisionBody(d: Decision, lang: ExplainLang, w: ExplainWording, level: 'h1' | 'h2'): string {
  const x = explain(d, { lang });
  return (
    `<section class="decision" data-applicant="${e(d.applicantId)}">` +
    `<${level}>${e(x.heading)}</${level}>` +
    `<p class="summary">${e(x.summary)}</p>` +
    `<p class="total">${e(w.html.total)}<strong data-total="${e(d.total)}">${e(d.total)}</strong> ${e(w.html.yuan)}</p>` +
    x.items.map((i) => itemHtml(i, w)).join('') +
    (x.warnings ? `<div class="warnings">${section(x.warnings, w)}</div>` : '') +
    `<footer>${e(x.footer)}</footer>` +
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
    ['budget', '#8c96a3'],
    ['requested', '#d9822b'],
    ['paid', '#2f6fb5'],
  ] as const;
  const max = formatMoney(
    parts.reduce((m, p) => [p.budget, p.requested, p.paid].map(money).reduce((a, b) => (b.greaterThan(a) ? b : a), m), ZERO),
  );
  // Each part: its title on one line, then its three bars, so long titles never overlap a bar.
  const labelWidth = 8;
  const bar = 14;
  const groupHeight = 18 + bar * 3 + 10;
  const top = 28;
  const height = top + groupHeight * parts.length;
  const width = labelWidth + BAR_WIDTH + 110;
  const legend = series
    .map(([key, color], i) => `<rect x="${labelWidth + i * 120}" y="6" width="12" height="12" fill="${color}"/><text x="${labelWidth + i * 120 + 16}" y="16">${e(w.html.chartSeries[key])}</text>`)
    .join('');
  const groups = parts
    .map((p, g) => {
      const y0 = top + g * groupHeight;
      const bars = series
        .map(([key, color], i) => {
          const y = y0 + 18 + i * bar;
          const len = barLength(p[key], max);
          return (
            `<rect class="bar-${key}" data-part="${e(p.part)}" data-value="${e(p[key])}" x="${labelWidth}" y="${y}" width="${len}" height="${bar - 2}" fill="${color}"><title>${e(w.html.chartSeries[key])} ${e(p[key])}</title></rect>` +
            `<text x="${labelWidth + Number(len) + 4}" y="${y + bar - 4}" class="value">${e(p[key])}</text>`
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
  const cut = (requested: string, paid: string) => formatMoney(money(requested).minus(money(paid)));
  const head = `<tr><th>${e(cPart)}</th><th class="num">${e(cBudget)}</th><th class="num">${e(cRequested)}</th><th class="num">${e(cPaid)}</th><th class="num">${e(cRatio)}</th><th class="num">${e(cCut)}</th></tr>`;
  const rows = b.parts
    .map(
      (p) =>
        `<tr data-part="${e(p.part)}"${p.ratio === '1.000000' ? '' : ' class="fail"'}><td>${e(title(p.part))}</td><td class="num">${e(p.budget)}</td><td class="num">${e(p.requested)}</td>` +
        `<td class="num">${e(p.paid)}</td><td class="num">${e(p.ratio)}</td><td class="num">${e(cut(p.requested, p.paid))}</td></tr>`,
    )
    .join('');
  const total = `<tr><th>${e(w.html.budgetTotal)}</th><th class="num">${e(b.total)}</th><th class="num">${e(b.requested)}</th><th class="num">${e(b.paid)}</th><th></th><th class="num">${e(cut(b.requested, b.paid))}</th></tr>`;
  return `<table class="budget">${head}${rows}${total}</table>`;
}

/** What an applicant was granted before the budget cut: each prorated item's amount before that step. */
function beforeProration(d: Decision): string {
  return formatMoney(sumMoney(d.items.map((i) => money(i.adjustments.find((a) => a.kind === 'budget-proration')?.before ?? i.amount))));
}

function applicantRow(d: Decision): string {
  return (
    `<tr data-applicant="${e(d.applicantId)}"><td>${e(d.applicantId)}</td><td class="num">${d.items.filter((i) => i.amount !== '0.00').length}</td>` +
    `<td class="num">${e(beforeProration(d))}</td><td class="num">${e(d.total)}</td></tr>`
  );
}

function batchBody(rows: readonly string[], details: readonly string[], budget: BudgetReport, options: RenderHtmlOptions, w: ExplainWording): string {
  const { lang } = options;
  const titles = new Map((options.parts ?? []).map((p) => [p.id, p.title[lang]]));
  const title = (id: string) => titles.get(id) ?? id;
  const [cId, cItems, cBefore, cPaid] = w.html.decisionColumns;
  return (
    `<h1>${e(w.html.batchTitle({ count: rows.length }))}</h1>` +
    `<h2>${e(w.html.budgetHeading)}</h2>${budgetTable(budget, title, w)}` +
    `<h2>${e(w.html.chartHeading)}</h2>${chart(budget.parts, title, w)}` +
    `<h2>${e(w.html.decisionsHeading)}</h2>` +
    `<table class="decisions"><tr><th>${e(cId)}</th><th class="num">${e(cItems)}</th><th class="num">${e(cBefore)}</th><th class="num">${e(cPaid)}</th></tr>${rows.join('')}</table>` +
    `<h2>${e(w.html.detailsHeading)}</h2>` +
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
    `<body>${report}</body></html>\n`
  );
}

/** Builds a batch page one decision at a time, for batches too large to hold: it keeps a table row per decision and only the first `detailLimit` in full. */
export interface BatchReportCollector {
  /** Decisions in input order, already prorated. */
  add(decision: Decision): void;
  render(budget: BudgetReport): string;
}

export function collectBatchReport(options: RenderHtmlOptions): BatchReportCollector {
  const w = explainWording(options.lang);
  const limit = options.detailLimit ?? 100;
  const rows: string[] = [];
  const details: string[] = [];
  return {
    add(d) {
      rows.push(applicantRow(d));
      if (details.length < limit) details.push(decisionBody(d, options.lang, w, 'h2'));
    },
    render: (budget) => page(batchBody(rows, details, budget, options, w), w.html.batchTitle({ count: rows.length }), options),
  };
}

function isBatch(x: Decision | BatchLike): x is BatchLike {
  return Array.isArray((x as BatchLike).decisions) && typeof (x as BatchLike).budget === 'object';
}

/**
 * A printable HTML page for one Decision or a batch result.
 *
 * @example
 * writeFileSync('report.html', renderHtml(await policy.evaluateBatch(apps), { lang: 'zh' }));
 */
export function renderHtml(input: Decision | BatchLike, options: RenderHtmlOptions): string {
  const w = explainWording(options.lang);
  if (isBatch(input)) {
    const collector = collectBatchReport(options);
    for (const d of input.decisions) collector.add(d);
    return collector.render(input.budget);
  }
  return page(decisionBody(input, options.lang, w, 'h1'), w.html.title({ applicantId: input.applicantId, year: input.year }), options);
}
