import { fieldPlace } from './field-place.js';
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Decision } from '../engine/decision.js';
import { sha256Hex } from '../core/hash.js';
import type { Issue } from '../core/issue.js';
import { loadPolicy, type Policy } from '../api/load-policy.js';
import { workbenchEn } from '../locales/en/workbench.js';
import { workbenchZh } from '../locales/zh/workbench.js';
import { groupedYuan } from '../locales/format/money-text.js';
import { renderHtml } from '../api/render-html.js';
import { type ApplicantInfo, escapeHtml as e } from '../report/render-html.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import { buildApplicationForm, readApplicationForm } from './application-form.js';
import { readBatch } from './read-batch.js';
import {
  type ApplicantReview,
  emptyReview,
  exportReviews,
  importReviews,
  type Opinion,
  parseReview,
  reviewKey,
  reviewsCsv,
  withOpinion,
} from './review-record.js';
import { setUpTriage } from './triage-controls.js';
import type { WorkbenchWording } from '../locales/workbench-wording.js';

/*
 * The reviewer's workbench: one HTML file (scripts/build-workbench.mjs inlines
 * this bundle), so it opens from disk. It decides in the page with the
 * library, lays the result out with renderHtml, and adds what only a person
 * can do: filter the round, tick materials, record an opinion with a reason.
 * Every sentence comes from src/locales/<lang>/workbench.ts.
 */

type Lang = 'zh' | 'en';
const WORDING: Record<Lang, WorkbenchWording> = { zh: workbenchZh, en: workbenchEn };

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

interface Round {
  decisions: Decision[];
  applicants: Map<string, ApplicantInfo>;
  rulesHash: string;
  guidelineHash: string;
  inputFingerprint: string;
}

let round: Round | null = null;
const policies = new Map<number, Policy>();

function lang(): Lang {
  return ($<HTMLSelectElement>('lang').value as Lang) ?? 'zh';
}

function words(): WorkbenchWording {
  return WORDING[lang()];
}

function policyFor(year: number): Policy {
  let p = policies.get(year);
  if (!p) {
    p = loadPolicy({ year });
    policies.set(year, p);
  }
  return p;
}

/** Fills every element that carries data-w="key.path" with that sentence. */
function applyWording(): void {
  const w = words();
  document.documentElement.lang = w.htmlLang;
  document.title = w.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const text = el.dataset.w!.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], w);
    if (typeof text === 'string') el.textContent = text;
  }
  buildApplicationForm($('single-fields'), lang(), w);
}

function say(text: string): void {
  $('status').textContent = text;
}

function showIssues(entries: { label: string; issues: Issue[]; application?: unknown }[]): void {
  const w = words();
  const l = lang();
  $('errors').innerHTML =
    `<p>${e(w.invalid)}</p><ul>` +
    entries
      .flatMap((x) =>
        x.issues.map(
          (i) =>
            `<li data-code="${e(i.code)}">${e(x.label)}：${i.path.length > 0 ? `${e(fieldPlace(i.path, x.application, l, w))}：` : ''}${e(i.message[l])}</li>`,
        ),
      )
      .join('') +
    '</ul>';
}

async function decideAll(apps: { application: unknown; issues: Issue[]; label: string }[], fingerprint: string): Promise<void> {
  const w = words();
  const l = lang();
  $('errors').textContent = '';
  const policy = policyFor(Number($<HTMLSelectElement>('year').value));
  const decided: unknown[] = [];
  const returned: { label: string; issues: Issue[]; applicant: ApplicantInfo; application: unknown }[] = [];
  for (const a of apps) {
    const checked = a.issues.length > 0 ? { ok: false as const, issues: a.issues } : policy.safeEvaluate(a.application);
    if (checked.ok) decided.push(a.application);
    else returned.push({ label: a.label, issues: checked.issues, applicant: applicantOf(a.application) ?? { id: a.label }, application: a.application });
  }
  const batch = await policy.evaluateBatch(decided);
  const applicants = new Map<string, ApplicantInfo>();
  for (const a of decided) {
    const info = applicantOf(a);
    if (info) applicants.set(info.id, info);
  }
  const first = batch.decisions[0];
  round = {
    decisions: batch.decisions,
    applicants,
    rulesHash: first?.rulesHash ?? '',
    guidelineHash: first?.guideline.hash ?? '',
    inputFingerprint: fingerprint,
  };
  const html = renderHtml(
    { ...batch, applicants: [...applicants.values()] },
    { lang: l, fragment: true, titleLevel: 'h2', decidedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), inputFingerprint: fingerprint },
  );
  $('report').innerHTML = html;
  markReturned(returned);
  setUpTriage($('report'), l, w);
  attachReviews();
  const total = groupedYuan(batch.budget.paid);
  $('status').innerHTML =
    `<span id="total" data-total="${e(batch.budget.paid)}">${e(w.decided({ count: batch.decisions.length, total }))}</span>` +
    (returned.length ? `；${e(w.returned({ count: returned.length }))}` : '');
  if (returned.length) showIssues(returned);
}

/** Returned applications go into the triage table too, so the counts at the top add up to what was loaded. */
function markReturned(returned: { issues: Issue[]; applicant: ApplicantInfo; application: unknown }[]): void {
  const body = document.querySelector('#report table.triage tbody');
  if (!body || returned.length === 0) return;
  const w = words();
  for (const r of returned) {
    const tr = document.createElement('tr');
    tr.dataset.applicant = r.applicant.id;
    tr.dataset.status = 'returned';
    tr.dataset.county = r.applicant.county ?? '';
    tr.dataset.parts = '';
    tr.dataset.clauses = '';
    tr.dataset.total = '0.00';
    tr.dataset.name = r.applicant.name ?? r.applicant.id;
    tr.innerHTML = `<td>${e(r.applicant.name ?? r.applicant.id)}</td><td>${e(r.applicant.creditCode ?? '')}</td><td></td><td colspan="4"><ul>${r.issues.map((i) => `<li class="tone-todo">${i.path.length > 0 ? `${e(fieldPlace(i.path, r.application, lang(), w))}：` : ''}${e(i.message[lang()])}</li>`).join('')}</ul></td><td><span class="st st-returned">${e(w.statuses.returned)}</span></td>`;
    body.appendChild(tr);
  }
  const count = document.querySelector('#report .counts li[data-status="returned"] strong');
  if (count) count.textContent = String(Number(count.textContent) + returned.length);
}

function applicantOf(app: unknown): ApplicantInfo | undefined {
  const a = (app as { applicant?: Record<string, unknown> } | null | undefined)?.applicant;
  if (!a || typeof a.id !== 'string') return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { id: a.id, name: text(a.name), creditCode: text(a.creditCode), county: text(a.county) };
}

function loadReview(applicantId: string): ApplicantReview {
  return round ? parseReview(localStorage.getItem(reviewKey(round.rulesHash, applicantId))) : emptyReview();
}

function storeReview(applicantId: string, review: ApplicantReview): void {
  if (round) localStorage.setItem(reviewKey(round.rulesHash, applicantId), JSON.stringify(review));
}

let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

/** The reviewer's controls on each applicant's details, filled from what is stored. */
function attachReviews(): void {
  const w = words();
  for (const section of document.querySelectorAll<HTMLElement>('#report section.decision')) {
    const applicantId = section.dataset.applicant!;
    const review = loadReview(applicantId);
    for (const article of section.querySelectorAll<HTMLElement>('article.item')) {
      const item = `${article.dataset.clause}|${article.dataset.subject}`;
      article.querySelectorAll<HTMLLIElement>('section.kind-materials li').forEach((li, index) => {
        const key = `${item}|${index}`;
        const id = nextId('m');
        const select = document.createElement('select');
        select.id = id;
        select.dataset.material = key;
        select.className = 'no-print';
        for (const s of ['unchecked', 'checked', 'missing'] as const) select.add(new Option(w.review.materialStates[s], s));
        select.value = review.materials[key] ?? 'unchecked';
        const label = document.createElement('label');
        label.htmlFor = id;
        label.className = 'visually-hidden';
        label.textContent = `${w.review.material}：${li.textContent}`;
        const mark = document.createElement('span');
        mark.className = 'mark';
        mark.dataset.markFor = key;
        mark.textContent = review.materials[key] ? `（${w.review.materialStates[review.materials[key]!]}）` : '';
        li.append(' ', label, select, mark);
      });
      const op = review.opinions[item];
      const box = document.createElement('div');
      box.className = 'opinion';
      const sid = nextId('o');
      const rid = nextId('r');
      box.innerHTML =
        `<label for="${sid}">${e(w.review.override)}</label> <select id="${sid}" data-opinion="${e(item)}">` +
        (['none', 'support', 'refuse'] as const).map((k) => `<option value="${k}">${e(w.review.overrides[k])}</option>`).join('') +
        `</select> <label for="${rid}">${e(w.review.reason)}</label> <input id="${rid}" data-reason="${e(item)}" size="40">` +
        `<p class="recorded" data-recorded="${e(item)}">${op ? e(w.review.recorded({ to: w.review.overrides[op.to], reason: op.reason, by: op.by })) + '；' + e(w.review.engineUnchanged) : ''}</p>`;
      article.appendChild(box);
      (box.querySelector('select') as HTMLSelectElement).value = op?.to ?? 'none';
      (box.querySelector('input') as HTMLInputElement).value = op?.reason ?? '';
    }
    const panel = document.createElement('div');
    panel.className = 'review-panel';
    const nid = nextId('n');
    panel.innerHTML =
      `<h3>${e(w.review.heading)}</h3><label for="${nid}">${e(w.review.notes)}</label><br><textarea id="${nid}" data-notes rows="2" cols="60"></textarea><br>` +
      `<button type="button" class="save-review no-print">${e(w.review.save)}</button>`;
    (panel.querySelector('textarea') as HTMLTextAreaElement).value = review.notes;
    panel.querySelector('button')!.addEventListener('click', () => saveReview(section));
    section.querySelector('footer')?.before(panel);
  }
}

function saveReview(section: HTMLElement): void {
  const w = words();
  const applicantId = section.dataset.applicant!;
  const reviewer = $<HTMLInputElement>('reviewer').value.trim();
  let review: ApplicantReview | null = {
    ...loadReview(applicantId),
    reviewer,
    notes: (section.querySelector('[data-notes]') as HTMLTextAreaElement).value,
    materials: {},
  };
  for (const s of section.querySelectorAll<HTMLSelectElement>('select[data-material]')) {
    if (s.value === 'checked' || s.value === 'missing') review.materials[s.dataset.material!] = s.value;
  }
  for (const s of section.querySelectorAll<HTMLSelectElement>('select[data-opinion]')) {
    const item = s.dataset.opinion!;
    const reason = (section.querySelector(`input[data-reason="${CSS.escape(item)}"]`) as HTMLInputElement).value;
    const next: ApplicantReview | null = withOpinion(review!, item, s.value === 'none' ? null : (s.value as Opinion), reason, reviewer);
    if (!next) {
      $('errors').textContent = w.review.reasonRequired;
      (section.querySelector(`input[data-reason="${CSS.escape(item)}"]`) as HTMLInputElement).focus();
      return;
    }
    review = next;
  }
  storeReview(applicantId, review);
  $('errors').textContent = '';
  for (const p of section.querySelectorAll<HTMLElement>('[data-recorded]')) {
    const op = review.opinions[p.dataset.recorded!];
    p.textContent = op ? `${w.review.recorded({ to: w.review.overrides[op.to], reason: op.reason, by: op.by })}；${w.review.engineUnchanged}` : '';
  }
  for (const m of section.querySelectorAll<HTMLElement>('[data-mark-for]')) {
    const v = review.materials[m.dataset.markFor!];
    m.textContent = v ? `（${w.review.materialStates[v]}）` : '';
  }
  say(w.review.saved({ applicant: applicantId }));
}

function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function currentExport() {
  if (!round) return null;
  const r = round;
  return exportReviews(
    { rulesHash: r.rulesHash, guidelineHash: r.guidelineHash, inputFingerprint: r.inputFingerprint },
    r.decisions.map((d) => ({ decision: d, name: r.applicants.get(d.applicantId)?.name ?? d.applicantId, review: loadReview(d.applicantId) })),
  );
}

async function onImport(file: File): Promise<void> {
  const w = words();
  if (!round) return say(w.empty);
  const result = importReviews(await file.text(), round.rulesHash);
  if (!result.ok) {
    $('errors').textContent = w.importMismatch({ expected: round.rulesHash, got: result.got });
    return;
  }
  for (const [id, review] of result.reviews) storeReview(id, review);
  // Lay the page out again so every control shows what was imported.
  document
    .querySelectorAll('#report .opinion, #report .review-panel, #report [data-material], #report [data-mark-for], #report label.visually-hidden')
    .forEach((n) => n.remove());
  attachReviews();
  say(w.imported({ count: result.reviews.size }));
}

function start(): void {
  const years = bundledRules.guidelines.map((g) => (g.data as { year: number }).year).sort();
  for (const y of years) $<HTMLSelectElement>('year').add(new Option(String(y), String(y)));
  $<HTMLSelectElement>('year').value = years.includes(2026) ? '2026' : String(years.at(-1));
  applyWording();
  $('reviewer').addEventListener('change', () => localStorage.setItem('heyuan-ip-review/reviewer', $<HTMLInputElement>('reviewer').value));
  $<HTMLInputElement>('reviewer').value = localStorage.getItem('heyuan-ip-review/reviewer') ?? '';
  $('lang').addEventListener('change', () => {
    applyWording();
    if (lastLoad) void lastLoad();
  });
  $('load-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const file = $<HTMLInputElement>('file').files?.[0];
    if (!file) return say(words().empty);
    lastLoad = async () => {
      const text = await file.text();
      const entries = await readBatch(file.name, text);
      say(words().loaded({ name: file.name, count: entries.length }));
      await decideAll(entries, sha256Hex(text));
    };
    lastLoad().catch(fail);
  });
  $('single').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const app = readApplicationForm($('single-fields'));
    const text = JSON.stringify(app);
    lastLoad = () => decideAll([{ application: app, issues: [], label: String(app.applicant.id || '—') }], sha256Hex(text));
    lastLoad().catch(fail);
  });
  $('print').addEventListener('click', () => window.print());
  $('export-json').addEventListener('click', () => {
    const x = currentExport();
    if (x) download('review.json', 'application/json', JSON.stringify(x, null, 2));
  });
  $('export-csv').addEventListener('click', () => {
    const x = currentExport();
    if (x) download('review.csv', 'text/csv;charset=utf-8', reviewsCsv(x, words()));
  });
  $('import').addEventListener('change', () => {
    const f = $<HTMLInputElement>('import').files?.[0];
    if (f) onImport(f).catch(fail);
  });
  document.body.dataset.ready = 'true';
}

let lastLoad: (() => Promise<void>) | null = null;

function fail(err: unknown): void {
  $('errors').textContent = String(err);
}

/** Test hooks: what the page would export, without going through a download. */
(globalThis as { heyuanWorkbench?: unknown }).heyuanWorkbench = {
  currentExport,
  reviewsCsv: () => {
    const x = currentExport();
    return x ? reviewsCsv(x, words()) : '';
  },
};

start();
