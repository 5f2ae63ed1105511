// The reviewer page: everything is decided in the browser by the library's
// browser build, so an application never leaves the reviewer's machine.
import { bundledRules, escapeHtml, loadPolicy, parseJsonText, PolicyError, renderHtml } from '../../dist/browser.js';

const $ = (id) => document.getElementById(id);

const WORDS = {
  zh: { total: (t) => `合计 ${t} 元`, batch: (n, t) => `${n} 份申报，合计核拨 ${t} 元`, invalid: '申报材料有误：', empty: '请载入或粘贴申报材料。' },
  en: { total: (t) => `Total ${t} yuan`, batch: (n, t) => `${n} applications, ${t} yuan paid in all`, invalid: 'The application has problems:', empty: 'Load or paste an application first.' },
};

const years = bundledRules.guidelines.map((g) => g.data.year).sort();
for (const y of years) $('year').add(new Option(String(y), String(y)));
$('year').value = years.includes(2026) ? '2026' : String(years.at(-1));

const policies = new Map();
function policyFor(year) {
  if (!policies.has(year)) policies.set(year, loadPolicy({ year }));
  return policies.get(year);
}

function showIssues(issues, lang) {
  $('errors').innerHTML =
    `<p>${escapeHtml(WORDS[lang].invalid)}</p><ul>` +
    issues.map((i) => `<li data-code="${escapeHtml(i.code)}">${escapeHtml(i.message[lang])}</li>`).join('') +
    '</ul>';
}

async function decide() {
  const lang = $('lang').value;
  const year = Number($('year').value);
  $('errors').textContent = '';
  $('report').textContent = '';
  $('status').textContent = '';
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const text = $('application').value.trim();
  if (text === '') {
    $('status').textContent = WORDS[lang].empty;
    return;
  }
  const parsed = parseJsonText(text, 'application');
  if (!parsed.ok) return showIssues(parsed.issues, lang);
  const policy = policyFor(year);
  if (Array.isArray(parsed.value)) {
    try {
      const batch = await policy.evaluateBatch(parsed.value);
      const paid = batch.budget.paid;
      $('status').innerHTML = `<span id="total" data-total="${escapeHtml(paid)}">${escapeHtml(WORDS[lang].batch(batch.decisions.length, paid))}</span>`;
      $('report').innerHTML = renderHtml(batch, { lang, fragment: true });
    } catch (err) {
      if (err instanceof PolicyError) return showIssues(err.issues, lang);
      throw err;
    }
    return;
  }
  const result = policy.safeEvaluate(parsed.value);
  if (!result.ok) return showIssues(result.issues, lang);
  const { total } = result.decision;
  $('status').innerHTML = `<span id="total" data-total="${escapeHtml(total)}">${escapeHtml(WORDS[lang].total(total))}</span>`;
  // renderHtml escapes every text it writes, so its fragment is safe to insert.
  $('report').innerHTML = renderHtml(result.decision, { lang, fragment: true });
}

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  decide().catch((err) => {
    $('errors').textContent = String(err);
  });
});
$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (file) $('application').value = await file.text();
});
$('print').addEventListener('click', () => window.print());
document.body.dataset.ready = 'true';
