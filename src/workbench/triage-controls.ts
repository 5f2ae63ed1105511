/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { bundledReportContext } from '../api/explain.js';
import { APPLICANT_STATUSES } from '../report/applicant-status.js';
import type { WorkbenchWording } from '../locales/workbench-wording.js';

/*
 * Filter and sort the triage table by the data-* attributes renderHtml puts on
 * each row (status, parts, articles, county, total, name). Rows are hidden,
 * never removed, so a link to an applicant's details always has a target.
 */

type Lang = 'zh' | 'en';

const STATUS_ORDER = new Map<string, number>(['returned', 'refused', 'partly-refused', 'reduced', 'prorated', 'full'].map((s, i) => [s, i]));

function select(id: string, label: string, options: [string, string][]): string {
  const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<label for="${id}">${esc(label)}</label> <select id="${id}">${options.map(([v, t]) => `<option value="${esc(v)}">${esc(t)}</option>`).join('')}</select>`;
}

export function setUpTriage(root: HTMLElement, lang: Lang, w: WorkbenchWording): void {
  const labels = bundledReportContext();
  const host = root.querySelector<HTMLElement>('#triage-controls');
  const body = root.querySelector<HTMLTableSectionElement>('table.triage tbody');
  if (!host || !body) return;
  const rows = () => [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  const original = rows();
  const values = (attr: string) => [...new Set(original.flatMap((r) => (r.dataset[attr] ?? '').split(' ').filter((x) => x !== '')))];
  const articleSort = (a: string, b: string) => {
    const [a1, a2] = a.split('.').map(Number);
    const [b1, b2] = b.split('.').map(Number);
    return a1! - b1! || a2! - b2!;
  };
  const all: [string, string] = ['', w.filters.all];
  host.innerHTML =
    `<div class="filters" role="group">` +
    select('f-status', w.filters.status, [all, ...APPLICANT_STATUSES.map((s): [string, string] => [s, w.statuses[s]])]) +
    ' ' +
    select('f-part', w.filters.part, [all, ...values('parts').map((p): [string, string] => [p, labels.partLabel(p, lang)])]) +
    ' ' +
    select('f-clause', w.filters.clause, [
      all,
      ...values('clauses')
        .sort(articleSort)
        .map((a): [string, string] => [a, w.filters.article(a)]),
    ]) +
    ' ' +
    select('f-county', w.filters.county, [all, ...values('county').map((c): [string, string] => [c, labels.countyLabel(c, lang)])]) +
    ' ' +
    select(
      'f-sort',
      w.filters.sort,
      (['input', 'name', 'totalDesc', 'totalAsc', 'status'] as const).map((k): [string, string] => [k, w.sorts[k]]),
    ) +
    `</div><p id="f-shown" role="status" aria-live="polite"></p>`;
  const get = (id: string) => (host.querySelector(`#${id}`) as HTMLSelectElement).value;
  const apply = () => {
    const status = get('f-status');
    const part = get('f-part');
    const clause = get('f-clause');
    const county = get('f-county');
    let shown = 0;
    for (const r of original) {
      const d = r.dataset;
      const ok =
        (status === '' || d.status === status) &&
        (part === '' || (d.parts ?? '').split(' ').includes(part)) &&
        (clause === '' || (d.clauses ?? '').split(' ').includes(clause)) &&
        (county === '' || d.county === county);
      r.hidden = !ok;
      if (ok) shown++;
    }
    const sort = get('f-sort');
    const sorted = original.slice();
    const cents = (r: HTMLTableRowElement) => BigInt((r.dataset.total ?? '0.00').replace('.', ''));
    if (sort === 'name') sorted.sort((a, b) => (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', lang === 'zh' ? 'zh-CN' : 'en'));
    if (sort === 'totalDesc' || sort === 'totalAsc')
      sorted.sort((a, b) => (cents(a) === cents(b) ? 0 : cents(a) < cents(b) === (sort === 'totalAsc') ? -1 : 1));
    if (sort === 'status') sorted.sort((a, b) => (STATUS_ORDER.get(a.dataset.status ?? '') ?? 9) - (STATUS_ORDER.get(b.dataset.status ?? '') ?? 9));
    for (const r of sorted) body.appendChild(r);
    (host.querySelector('#f-shown') as HTMLElement).textContent = w.filters.shown({ shown, count: original.length });
  };
  for (const id of ['f-status', 'f-part', 'f-clause', 'f-county', 'f-sort']) host.querySelector(`#${id}`)!.addEventListener('change', apply);
  // A click on a status count filters by it.
  for (const li of root.querySelectorAll<HTMLElement>('.counts li[data-status]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'count-filter no-print';
    button.textContent = w.filterBy;
    button.setAttribute('aria-label', `${w.filterBy}：${li.textContent}`);
    button.addEventListener('click', () => {
      (host.querySelector('#f-status') as HTMLSelectElement).value = li.dataset.status!;
      apply();
    });
    li.appendChild(button);
  }
  apply();
}
