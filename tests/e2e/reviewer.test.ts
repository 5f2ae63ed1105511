import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, loadPolicy, renderHtml } from '../../src/index.js';
import { creditCode } from '../support/golden.js';

/*
 * The reviewer page and the browser build in real headless Chromium (Debian's
 * package, installed by .ci/run). The page is served by a tiny static server
 * on 127.0.0.1; the browser's decisions must be byte-identical to Node's.
 */

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = `${ROOT}examples/`;
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium && process.env.CI) {
  describe('reviewer page in Chromium', () => {
    it('needs /usr/bin/chromium', () => {
      throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y --no-install-recommends chromium, see .ci/run)`);
    });
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** Serves only the reviewer page and the browser build, as a static server would. */
function serve(): Promise<http.Server> {
  const files = new Map<string, string>([
    ['/dist/browser.js', `${ROOT}dist/browser.js`],
    ['/examples/reviewer/', `${ROOT}examples/reviewer/index.html`],
  ]);
  for (const name of readdirSync(`${EXAMPLES}reviewer`)) files.set(`/examples/reviewer/${name}`, `${EXAMPLES}reviewer/${name}`);
  const server = http.createServer((req, res) => {
    const file = files.get((req.url ?? '/').split('?')[0]!);
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type Json = Record<string, any>;
const example = (): Json => JSON.parse(readFileSync(`${EXAMPLES}01-enterprise.json`, 'utf8'));

function variant(name: string, change: (app: Json) => void): [string, Json] {
  const app = example();
  change(app);
  return [name, app];
}

/** The golden scenarios: every example application plus variants that reach each kind of outcome. */
function scenarios(): [string, Json][] {
  const out: [string, Json][] = [];
  for (const name of readdirSync(EXAMPLES)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(`${EXAMPLES}${name}`, 'utf8'));
    for (const [i, app] of (Array.isArray(data) ? data : [data]).entries()) out.push([`${name}#${i}`, app]);
  }
  readFileSync(`${EXAMPLES}applications.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .forEach((line, i) => out.push([`applications.jsonl#${i}`, JSON.parse(line)]));
  out.push(
    variant('capped at the 2026 clause cap', (a) => {
      a.events[1].interestPaid = '300000';
    }),
    variant('two awards for one patent', (a) => {
      a.events.push({
        id: 'E-3',
        type: 'award',
        role: 'patentee',
        date: '2025-09-01',
        scheme: 'china-patent-award',
        level: 'excellent',
        patentNumber: 'ZL202110000001.X',
      });
    }),
    variant('unregistered pledge, award before the period', (a) => {
      a.events[1].pledgeRegistered = false;
      a.events[0].date = '2024-12-31';
      a.events[0].predecessorFunded = false;
    }),
    variant('outside Heyuan with a recent violation', (a) => {
      a.applicant.county = 'other';
      a.applicant.ipViolationDates = ['2025-05-01'];
    }),
    variant('higher-level funding and a suspended clause', (a) => {
      a.events[1].higherLevelInterestSubsidy = '1000.00';
      a.events.push({ id: 'E-9', type: 'ip-securitization', date: '2025-06-01', predecessorFunded: false, settled: true, financingCost: '1000' });
    }),
    variant('clawback in 2024', (a) => {
      a.history.push({ clause: 'patent-award', year: 2024, subjectKey: 'X', amount: '1.00', clawedBack: true });
    }),
    variant('money as a JSON number (refused)', (a) => {
      a.events[1].interestPaid = 180000;
    }),
  );
  return out;
}

/** Enough applications to make two parts prorate. */
function batch(): Json[] {
  return Array.from({ length: 30 }, (_, i) => {
    const a = example();
    a.applicant.id = `B-${String(i).padStart(3, '0')}`;
    a.applicant.creditCode = creditCode(3000 + i); // each its own applicant (told apart by credit code)
    a.events[0].scheme = 'china-patent-award';
    a.events[0].level = i % 3 === 0 ? 'gold' : 'silver';
    a.events[1].interestPaid = `${250000 + i * 1111}.${String(i % 100).padStart(2, '0')}`;
    return a;
  });
}

describe.skipIf(!haveChromium)('reviewer page in Chromium', () => {
  let server: http.Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  const policy = loadPolicy({ year: 2026 });

  beforeAll(async () => {
    if (!existsSync(`${ROOT}dist/browser.js`)) throw new Error('dist/browser.js is missing: run npm run build first (npm test does)');
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    // A time zone far from Node's and another locale: the decision must not depend on either.
    page = await browser.newPage({ timezoneId: 'Pacific/Kiritimati', locale: 'tr-TR' });
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(String(err)));
    await page.goto(`${base}/examples/reviewer/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 }).catch(() => {
      throw new Error(`the reviewer page did not start: ${problems.join('; ') || 'no error reported'}`);
    });
    // The library itself, as another page's script would import it (vitest rewrites import() in this file).
    await page.addScriptTag({ type: 'module', content: "import * as lib from '/dist/browser.js'; window.heyuanLib = lib;" });
    await page.waitForFunction(() => (globalThis as any).heyuanLib !== undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('decides an uploaded application and shows the total and the reasons', async () => {
    const expected = policy.evaluateSync(example());
    await page.setInputFiles('#file', `${EXAMPLES}01-enterprise.json`);
    await expect.poll(() => page.inputValue('#application')).toContain('"A-001"');
    await page.selectOption('#year', '2026');
    await page.selectOption('#lang', 'en');
    await page.click('#decide');
    await page.waitForSelector('#total');
    expect(await page.textContent('#total')).toBe(`Total ${expected.total} yuan`);
    const report = await page.textContent('#report');
    expect(report).toContain('[2.6] Interest subsidy for IP pledge loans — E-2');
    expect(report).toContain('the pledge is registered with CNIPA');
    expect(report).toContain('30% × interest paid 180,000.00 yuan = 54,000.00 yuan');
    expect(await page.textContent('[data-clause="pledge-loan-interest"][data-subject="E-2"] .status')).toBe('subsidy of 54,000.00 yuan');
  });

  it('shows a cap and what is missing for a pasted application, in Chinese', async () => {
    const app = example();
    app.events[1].interestPaid = '300000';
    app.events[0].date = '2024-12-31';
    app.events[0].predecessorFunded = false;
    const expected = policy.evaluateSync(app);
    await page.fill('#application', JSON.stringify(app, null, 2));
    await page.selectOption('#lang', 'zh');
    await page.click('#decide');
    await expect.poll(() => page.textContent('#total')).toBe(`合计 ${expected.total} 元`);
    const report = (await page.textContent('#report')) ?? '';
    expect(report).toContain('2026年度申报指南将本条款年度上限由100,000.00元调低至80,000.00元');
    expect(report).toContain('事项发生日期2024年12月31日，早于本年度事项期间2025年1月1日至2025年12月31日');
  });

  it('lists the problems of an invalid application instead of a decision', async () => {
    const app = example();
    app.events[1].interestPaid = 180000;
    await page.fill('#application', JSON.stringify(app));
    await page.selectOption('#lang', 'en');
    await page.click('#decide');
    await page.waitForSelector('#errors li');
    expect(await page.getAttribute('#errors li', 'data-code')).toBe('money-as-number');
    expect(await page.textContent('#errors')).toContain('money must be a decimal string');
    expect(await page.$('#total')).toBeNull();
  });

  it("gives decisions byte-identical to Node's for every golden scenario, with both evaluators", async () => {
    const cases = scenarios();
    expect(cases.length).toBeGreaterThanOrEqual(9);
    const node = cases.map(([, app]) => JSON.stringify(policy.safeEvaluate(app)));
    // The scenarios reach every kind of outcome, so agreement means something.
    const items = cases.flatMap(([, app]) => {
      const r = policy.safeEvaluate(app);
      return r.ok ? r.decision.items : [];
    });
    expect(items.some((i) => !i.eligible)).toBe(true);
    expect(items.some((i) => i.eligible && i.amount === '0.00')).toBe(true);
    expect(items.some((i) => i.adjustments.some((a) => a.kind === 'clause-cap'))).toBe(true);
    const nodeText = cases.map(([, app]) => {
      const r = policy.safeEvaluate(app);
      return r.ok ? explain(r.decision, { lang: 'zh' }).text + explain(r.decision, { lang: 'en' }).text + renderHtml(r.decision, { lang: 'en' }) : '';
    });
    const inBrowser = await page.evaluate(
      async (apps) => {
        const lib = (globalThis as any).heyuanLib;
        const compiled = lib.loadPolicy({ year: 2026 });
        const jre = lib.loadPolicy({ year: 2026, engine: 'json-rules-engine' });
        const out: { compiled: string; jre: string; text: string }[] = [];
        for (const app of apps) {
          const r = compiled.safeEvaluate(app);
          let viaJre: string;
          try {
            viaJre = JSON.stringify({ ok: true, decision: await jre.evaluate(app) });
          } catch (err: any) {
            viaJre = JSON.stringify({ ok: false, issues: err.issues, errors: err.issues });
          }
          const text = r.ok
            ? lib.explain(r.decision, { lang: 'zh' }).text + lib.explain(r.decision, { lang: 'en' }).text + lib.renderHtml(r.decision, { lang: 'en' })
            : '';
          out.push({ compiled: JSON.stringify(r), jre: viaJre, text });
        }
        return out;
      },
      cases.map(([, app]) => app),
    );
    cases.forEach(([name], i) => {
      expect(inBrowser[i]!.compiled, name).toBe(node[i]);
      expect(inBrowser[i]!.jre, `${name} (json-rules-engine)`).toBe(node[i]);
      expect(inBrowser[i]!.text, `${name} (explanation and page)`).toBe(nodeText[i]);
    });
    expect(node.filter((n) => n.startsWith('{"ok":false')).length).toBe(1);
  });

  it('prorates a batch exactly as Node does and charts it on the page', async () => {
    const apps = batch();
    const expected = await policy.evaluateBatch(apps);
    expect(expected.budget.parts.some((p) => p.ratio !== '1.000000')).toBe(true);
    const got = await page.evaluate(async (list) => {
      const lib = (globalThis as any).heyuanLib;
      return JSON.stringify(await lib.loadPolicy({ year: 2026 }).evaluateBatch(list));
    }, apps);
    expect(got).toBe(JSON.stringify(expected));

    await page.fill('#application', JSON.stringify(apps));
    await page.selectOption('#lang', 'en');
    await page.click('#decide');
    await expect.poll(() => page.getAttribute('#total', 'data-total')).toBe(expected.budget.paid);
    const innovation = expected.budget.parts.find((p) => p.part === 'innovation')!;
    expect(await page.getAttribute('rect.bar-requested[data-part="innovation"]', 'data-value')).toBe(innovation.requested);
    expect(await page.textContent('table.budget tr[data-part="innovation"]')).toContain(innovation.ratio);
  });
});
