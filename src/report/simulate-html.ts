import type { ClauseChange } from '../rules/diff.js';
import type { Simulation, SideTotals } from '../engine/simulate.js';
import { enFigures } from '../locales/en/issues.js';
import { simulateEn } from '../locales/en/simulate.js';
import { simulateZh } from '../locales/zh/simulate.js';
import { zhFigures } from '../locales/zh/issues.js';
import { Money as D } from '../core/money.js';
import { escapeHtml as e } from './render-html.js';
import { groupThousands as g, signedAmount } from './group-thousands.js';
import type { SimulateWording } from '../locales/simulate-wording.js';

/*
 * A simulation as one printable HTML page: the per-part table and an inline
 * SVG chart of budget, requested and paid under both sides, the figures the
 * draft changes beside the money they move, the clauses, the biggest movers
 * and the reconciliation. Inline CSS, no scripts, every text escaped; the
 * words come from the locale modules.
 */

export type SimulateLang = 'zh' | 'en';

export interface SimulateHtmlOptions {
  lang: SimulateLang;
  /** How many applicants the movers table lists (default 20). */
  moverLimit?: number;
}

const WORDING: Record<SimulateLang, SimulateWording> = { zh: simulateZh, en: simulateEn };
const FIGURES = { zh: zhFigures, en: enFigures };

export function simulateWording(lang: SimulateLang): SimulateWording {
  const w = WORDING[lang];
  if (!w) throw new TypeError(`lang must be "zh" or "en", got ${JSON.stringify(lang)}`);
  return w;
}

const CSS = `
.hy-sim{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1b1f24;line-height:1.5;max-width:64rem;margin:0 auto;padding:1rem}
.hy-sim h1{font-size:1.35rem;margin:0 0 .5rem;text-align:center}
.hy-sim h2{font-size:1.05rem;margin:1.2rem 0 .4rem}
.hy-sim p{margin:.3rem 0}
.hy-sim .findings p{text-indent:2em}
.hy-sim table{border-collapse:collapse;width:100%;font-size:.82rem;margin:.3rem 0}
.hy-sim th,.hy-sim td{border:1px solid #c9ced6;padding:.2rem .35rem;text-align:left;vertical-align:top}
.hy-sim th{background:#f3f5f8}
.hy-sim td.num,.hy-sim th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.hy-sim td.article,.hy-sim th.article{white-space:nowrap}
.hy-sim tr.cut td{background:#fff4e5}
.hy-sim td.down{color:#b3261e}
.hy-sim td.up{color:#1f7a3d}
.hy-sim tfoot td,.hy-sim tfoot th{font-weight:bold}
.hy-sim svg{max-width:100%;height:auto}
.hy-sim footer{color:#666;font-size:.75rem;margin-top:1rem;word-break:break-all}
@page{size:A4;margin:15mm}
@media print{.hy-sim{max-width:none;padding:0}.hy-sim h2{break-after:avoid}.hy-sim tr,.hy-sim svg{break-inside:avoid}.hy-sim th{background:none}}
`;

const tone = (change: string) => (change.startsWith('-') ? ' down' : /^0(\.0+)?$/.test(change) ? '' : ' up');
const num = (text: string, extra = '') => `<td class="num${extra}">${e(text)}</td>`;
const changeCell = (change: string) => num(signedAmount(change), tone(change));

function partTable(sim: Simulation, w: SimulateWording, partName: (id: string) => string): string {
  const c = w.partColumns;
  const sides = [w.side.base(sim.base.year), w.side.draft(sim.draft.year)];
  const head =
    `<thead><tr><th rowspan="2">${e(c.part)}</th>${sides.map((s) => `<th colspan="4">${e(s)}</th>`).join('')}<th rowspan="2" class="num">${e(c.change)}</th></tr>` +
    `<tr>${[0, 1].map(() => [c.budget, c.requested, c.paid, c.ratio].map((x) => `<th class="num">${e(x)}</th>`).join('')).join('')}</tr></thead>`;
  const rows = sim.parts
    .map((p) => {
      const cut = p.base.ratio !== '1.000000' || p.draft.ratio !== '1.000000';
      const side = (b: typeof p.base) => num(g(b.budget)) + num(g(b.requested)) + num(g(b.paid)) + num(b.ratio);
      return `<tr data-part="${e(p.part)}"${cut ? ' class="cut"' : ''}><td>${e(partName(p.part))}</td>${side(p.base)}${side(p.draft)}${changeCell(p.change)}</tr>`;
    })
    .join('');
  const t = (s: SideTotals) => num(g(s.budget)) + num(g(s.requested)) + num(g(s.paid)) + '<td></td>';
  const foot = `<tfoot><tr><th>${e(w.total)}</th>${t(sim.totals.base)}${t(sim.totals.draft)}${changeCell(sim.totals.change)}</tr></tfoot>`;
  return `<table class="parts">${head}<tbody>${rows}</tbody>${foot}</table>`;
}

const BAR_WIDTH = 480;

/** A bar's length in pixels: a drawing coordinate computed from the exact amounts, never money itself. */
function barLength(value: string, max: D): string {
  return max.isZero() ? '0' : new D(value).div(max).times(BAR_WIDTH).toFixed(1);
}

function chart(sim: Simulation, w: SimulateWording, partName: (id: string) => string): string {
  const series = [
    ['budget', '#b9c0c9', '#6b7683'],
    ['requested', '#f2c18d', '#c8691b'],
    ['paid', '#9cc2ea', '#1f5fa8'],
  ] as const;
  let max = new D(0);
  for (const p of sim.parts)
    for (const s of [p.base, p.draft]) for (const k of ['budget', 'requested', 'paid'] as const) if (new D(s[k]).greaterThan(max)) max = new D(s[k]);
  const sideNames = [w.side.base(sim.base.year), w.side.draft(sim.draft.year)];
  const bar = 11;
  const groupHeight = 20 + bar * 6 + 12;
  const top = 48;
  const width = BAR_WIDTH + 130;
  const height = top + groupHeight * sim.parts.length;
  const legend = series
    .flatMap(([key, light, dark], i) =>
      [light, dark].map(
        (color, j) =>
          `<rect x="${i * 205}" y="${6 + j * 18}" width="12" height="12" fill="${color}"/><text x="${i * 205 + 16}" y="${16 + j * 18}">${e(`${w.chartSeries[key]} · ${sideNames[j]}`)}</text>`,
      ),
    )
    .join('');
  const groups = sim.parts
    .map((p, gi) => {
      const y0 = top + gi * groupHeight;
      const bars = series
        .flatMap(([key, light, dark], i) =>
          [p.base, p.draft].map((side, j) => {
            const y = y0 + 20 + (i * 2 + j) * bar;
            const len = barLength(side[key], max);
            const label = `${w.chartSeries[key]} · ${sideNames[j]} ${g(side[key])}`;
            return (
              `<rect class="bar-${key} side-${j === 0 ? 'base' : 'draft'}" data-part="${e(p.part)}" data-value="${e(side[key])}" x="0" y="${y}" width="${len}" height="${bar - 2}" fill="${j === 0 ? light : dark}"><title>${e(label)}</title></rect>` +
              `<text x="${Number(len) + 4}" y="${y + bar - 3}" font-size="9">${e(g(side[key]))}</text>`
            );
          }),
        )
        .join('');
      return `<text x="0" y="${y0 + 14}" font-weight="bold">${e(partName(p.part))}</text>${bars}`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(w.chartLabel)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="11" font-family="inherit">` +
    `<title>${e(w.chartLabel)}</title>${legend}${groups}</svg>`
  );
}

/** A figure as the diff gives it ("60000", a period), grouped for reading where it is an amount. */
function figureText(name: string, value: string | null, none: string): string {
  if (value === null) return none;
  return name === 'rate' ? value : g(value);
}

function changeRows(ch: ClauseChange, lang: SimulateLang, provenance: 'reference' | 'published'): { what: string; from: string; to: string }[] {
  const f = FIGURES[lang];
  switch (ch.kind) {
    case 'figure':
      // Where a figure appears, so does its standing: a reference figure is not the published text, whatever a draft sets.
      return [
        {
          what: `${f.name(ch.name)}${f.standingNote(f.standing[provenance])}`,
          from: figureText(ch.name, ch.from, f.none),
          to: figureText(ch.name, ch.to, f.none),
        },
      ];
    case 'suspended':
      return [{ what: f.suspended, from: ch.from ? ch.from[lang] : f.open, to: ch.to ? ch.to[lang] : f.open }];
    case 'conditions':
    case 'materials':
      return [
        {
          what: ch.kind === 'conditions' ? f.addedConditions : f.materials,
          from: ch.removed.map((x) => x[lang]).join(lang === 'zh' ? '；' : '; ') || f.none,
          to: ch.added.map((x) => x[lang]).join(lang === 'zh' ? '；' : '; ') || f.none,
        },
      ];
  }
}

function changesTable(sim: Simulation, w: SimulateWording, lang: SimulateLang, partName: (id: string) => string): string {
  const f = FIGURES[lang];
  const c = w.changeColumns;
  if (sim.changes.frame.length === 0 && sim.changes.clauses.length === 0) return `<p>${e(w.noChanges)}</p>`;
  const head = `<thead><tr><th class="article">${e(c.article)}</th><th>${e(c.clause)}</th><th>${e(c.what)}</th><th>${e(c.from)}</th><th>${e(c.to)}</th><th class="num">${e(c.basePaid)}</th><th class="num">${e(c.draftPaid)}</th><th class="num">${e(c.change)}</th></tr></thead>`;
  const parts = new Map(sim.parts.map((p) => [p.part, p]));
  const frame = sim.changes.frame
    .map((fc) => {
      // A part's budget moves that part's payments: shown beside it. Other frame figures move no single sum.
      const part = fc.field.startsWith('budget.parts.') ? parts.get(fc.field.slice('budget.parts.'.length)) : undefined;
      const what = part ? budgetOf(lang, partName(part.part)) : f.frame(fc.field);
      const money = part ? num(g(part.base.paid)) + num(g(part.draft.paid)) + changeCell(part.change) : '<td></td><td></td><td></td>';
      return `<tr data-field="${e(fc.field)}"><td></td><td>${e(w.guidelineRow)}</td><td>${e(what)}</td><td>${e(figureText('', fc.from, f.none))}</td><td>${e(figureText('', fc.to, f.none))}</td>${money}</tr>`;
    })
    .join('');
  const clauses = sim.changes.clauses
    .map((cl) => {
      const rows = cl.changes.flatMap((ch) => changeRows(ch, lang, cl.provenance));
      const span = rows.length > 1 ? ` rowspan="${rows.length}"` : '';
      return rows
        .map(
          (r, i) =>
            `<tr data-clause="${e(cl.clause)}">` +
            (i === 0 ? `<td class="article"${span}>${e(cl.article)}</td><td${span}>${e(cl.title[lang])}</td>` : '') +
            `<td>${e(r.what)}</td><td>${e(r.from)}</td><td>${e(r.to)}</td>` +
            (i === 0
              ? `<td class="num"${span}>${e(g(cl.base))}</td><td class="num"${span}>${e(g(cl.draft))}</td><td class="num${tone(cl.change)}"${span}>${e(signedAmount(cl.change))}</td>`
              : '') +
            `</tr>`,
        )
        .join('');
    })
    .join('');
  return `<table class="changes">${head}<tbody>${frame}${clauses}</tbody></table>`;
}

/** "预算：第二部分（…）" / "budget: Part 2 — …": the frame wording's own prefix, with the part named as in the tables. */
function budgetOf(lang: SimulateLang, part: string): string {
  return FIGURES[lang].frame('budget.parts.' + part);
}

function clauseTable(sim: Simulation, w: SimulateWording, lang: SimulateLang): string {
  const c = w.clauseColumns;
  const sides = [w.side.base(sim.base.year), w.side.draft(sim.draft.year)];
  const head =
    `<thead><tr><th rowspan="2" class="article">${e(c.article)}</th><th rowspan="2">${e(c.clause)}</th>${sides.map((s) => `<th colspan="3">${e(s)}</th>`).join('')}<th rowspan="2" class="num">${e(c.change)}</th></tr>` +
    `<tr>${[0, 1].map(() => [c.applicants, c.items, c.money].map((x) => `<th class="num">${e(x)}</th>`).join('')).join('')}</tr></thead>`;
  const rows = sim.clauses
    .filter((cl) => cl.base.items + cl.draft.items > 0)
    .map((cl) => {
      const side = (s: typeof cl.base) => num(String(s.applicants)) + num(String(s.items)) + num(g(s.money));
      return `<tr data-clause="${e(cl.clause)}"><td class="article">${e(cl.article)}</td><td>${e(cl.title[lang])}</td>${side(cl.base)}${side(cl.draft)}${changeCell(cl.change)}</tr>`;
    })
    .join('');
  const foot = `<tfoot><tr><th colspan="2">${e(w.total)}</th><td></td><td></td>${num(g(sim.totals.base.clauses))}<td></td><td></td>${num(g(sim.totals.draft.clauses))}${changeCell(sim.totals.change)}</tr></tfoot>`;
  return `<table class="clauses">${head}<tbody>${rows}</tbody>${foot}</table>`;
}

function moversTable(sim: Simulation, w: SimulateWording, limit: number): string {
  const moved = sim.applicants.filter((a) => a.change !== '0.00');
  if (moved.length === 0) return `<p>${e(w.noMovers)}</p>`;
  const abs = (s: string) => BigInt(s.replace('-', '').replace('.', ''));
  // Largest absolute change first; the input order breaks ties (sort is stable over input order).
  const top = moved
    .slice()
    .sort((a, b) => a.index - b.index)
    .sort((a, b) => (abs(b.change) > abs(a.change) ? 1 : abs(b.change) < abs(a.change) ? -1 : 0))
    .slice(0, limit);
  const c = w.moverColumns;
  const head = `<thead><tr><th class="num">${e(c.rank)}</th><th>${e(c.applicant)}</th><th class="num">${e(c.base)}</th><th class="num">${e(c.draft)}</th><th class="num">${e(c.change)}</th><th>${e(c.note)}</th></tr></thead>`;
  const rows = top
    .map((a, i) => {
      const note = !a.baseEligible && a.draftEligible ? w.becameEligible : a.baseEligible && !a.draftEligible ? w.becameIneligible : '';
      return `<tr data-applicant="${e(a.applicantId)}">${num(String(i + 1))}<td>${e(a.applicantId)}</td>${num(g(a.base))}${num(g(a.draft))}${changeCell(a.change)}<td>${e(note)}</td></tr>`;
    })
    .join('');
  const note = top.length < moved.length ? w.moversNote({ shown: top.length, moved: moved.length }) : w.moversAll({ moved: moved.length });
  return `<p>${e(note)}</p><table class="movers">${head}<tbody>${rows}</tbody></table>`;
}

function reconciliation(sim: Simulation, w: SimulateWording): string {
  const c = w.reconciliationColumns;
  const head = `<thead><tr><th>${e(c.side)}</th><th class="num">${e(c.parts)}</th><th class="num">${e(c.applicants)}</th><th class="num">${e(c.clauses)}</th><th>${e(c.result)}</th></tr></thead>`;
  const row = (name: string, key: 'base' | 'draft', t: SideTotals) => {
    const ok = t.paid === t.applicants && t.paid === t.clauses;
    return `<tr data-side="${key}" data-reconciled="${ok}"><td>${e(name)}</td>${num(g(t.paid))}${num(g(t.applicants))}${num(g(t.clauses))}<td>${e(ok ? w.reconciled : w.notReconciled)}</td></tr>`;
  };
  return `<table class="reconciliation">${head}<tbody>${row(w.side.base(sim.base.year), 'base', sim.totals.base)}${row(w.side.draft(sim.draft.year), 'draft', sim.totals.draft)}</tbody></table>`;
}

function rejectedList(sim: Simulation, w: SimulateWording, lang: SimulateLang): string {
  if (sim.rejected.length === 0) return '';
  const items = sim.rejected
    .map(
      (r) =>
        `<li data-index="${r.index}">${e(w.rejectedItem({ position: r.index + 1, applicantId: r.applicantId ?? '' }))}${e(r.errors.map((x) => x.message[lang]).join(lang === 'zh' ? '；' : '; '))}</li>`,
    )
    .join('');
  return `<h2>${e(w.headings.rejected)}</h2><p>${e(w.rejectedNote({ count: sim.rejected.length }))}</p><ul>${items}</ul>`;
}

function findings(sim: Simulation, w: SimulateWording, lang: SimulateLang, partName: (id: string) => string): string {
  const change = sim.totals.change;
  const direction = change === '0.00' ? 'same' : change.startsWith('-') ? 'down' : 'up';
  const out = [
    w.summary({
      baseYear: sim.base.year,
      draftYear: sim.draft.year,
      draftTitle: sim.draft.title[lang],
      applicants: sim.counts.applicants,
      basePaid: g(sim.totals.base.paid),
      draftPaid: g(sim.totals.draft.paid),
      change: g(change.replace('-', '')),
      direction,
    }),
    w.counts(sim.counts),
  ];
  const cuts: string[] = [];
  for (const p of sim.parts) {
    for (const [key, side] of [
      ['base', p.base],
      ['draft', p.draft],
    ] as const) {
      if (side.ratio === '1.000000') continue;
      const sideName = key === 'base' ? w.side.base(sim.base.year) : w.side.draft(sim.draft.year);
      cuts.push(w.proration({ part: partName(p.part), side: sideName, budget: g(side.budget), requested: g(side.requested), ratio: side.ratio }));
    }
  }
  out.push(...(cuts.length > 0 ? cuts : [w.noProration]));
  out.push(sim.shiftYears !== 0 ? w.shifted({ years: sim.shiftYears, draftYear: sim.draft.year }) : w.notShifted({ draftYear: sim.draft.year }));
  return `<div class="findings">${out.map((s) => `<p>${e(s)}</p>`).join('')}</div>`;
}

/**
 * The simulation as a printable page, in Chinese or English.
 *
 * @example
 * writeFileSync('impact.html', renderSimulationHtml(await simulate(apps, 2026, draft), { lang: 'zh' }));
 */
export function renderSimulationHtml(sim: Simulation, options: SimulateHtmlOptions): string {
  const { lang } = options;
  const w = simulateWording(lang);
  const titles = new Map(sim.parts.map((p) => [p.part, w.partName({ number: p.number, title: p.title[lang] })]));
  const partName = (id: string) => titles.get(id) ?? id;
  const title = w.title({ baseYear: sim.base.year, draftYear: sim.draft.year });
  const body =
    `<h1>${e(title)}</h1>` +
    findings(sim, w, lang, partName) +
    `<h2>${e(w.headings.parts)}</h2>${partTable(sim, w, partName)}` +
    `<h2>${e(w.headings.chart)}</h2>${chart(sim, w, partName)}` +
    `<h2>${e(w.headings.changes)}</h2>${changesTable(sim, w, lang, partName)}` +
    `<h2>${e(w.headings.clauses)}</h2>${clauseTable(sim, w, lang)}` +
    `<h2>${e(w.headings.movers)}</h2>${moversTable(sim, w, options.moverLimit ?? 20)}` +
    `<h2>${e(w.headings.reconciliation)}</h2>${reconciliation(sim, w)}` +
    rejectedList(sim, w, lang) +
    `<footer>${e(w.footer({ baseYear: sim.base.year, draftYear: sim.draft.year, baseHash: sim.base.rulesHash, draftHash: sim.draft.rulesHash }))}</footer>`;
  return (
    `<!doctype html>\n<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${CSS}</style></head>` +
    `<body><div class="hy-sim">${body}</div></body></html>\n`
  );
}
