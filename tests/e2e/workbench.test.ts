import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';
import { applicantStatus } from '../../src/report/applicant-status.js';

/*
 * The reviewer's workbench (dist/workbench.html) in Debian's Chromium, opened
 * from disk as a reviewer would open a file they were sent: triage filters
 * and links on the 59-applicant example, review marks that survive a reload
 * and an export/import round trip, axe-core inside the page, and the printed
 * filing copy read back page by page with pdftotext. Every state is saved as a
 * screenshot under artifacts/screenshots/ (git-ignored; CI keeps it).
 */

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = `${ROOT}dist/workbench.html`;
const SHOTS = `${ROOT}artifacts/screenshots/`;
const JSONL = `${ROOT}examples/applications.jsonl`;
const haveChromium = existsSync(CHROMIUM);
const havePdftotext = existsSync('/usr/bin/pdftotext');
if (!havePdftotext && process.env.CI) {
  describe('the printed filing copy', () => {
    it('needs pdftotext', () => {
      throw new Error('/usr/bin/pdftotext is missing: CI must install poppler-utils (see .ci/run)');
    });
  });
}

if (!haveChromium && process.env.CI) {
  describe('workbench in Chromium', () => {
    it('needs /usr/bin/chromium', () => {
      throw new Error(`${CHROMIUM} is missing: CI must install it (see .ci/run)`);
    });
  });
}

const apps = readFileSync(JSONL, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));

describe.skipIf(!haveChromium)('the reviewer’s workbench from file://', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const policy = loadPolicy({ year: 2026 });
  let expected: Awaited<ReturnType<typeof policy.evaluateBatch>>;

  async function open(p: Page): Promise<void> {
    await p.goto(`file://${PAGE}`);
    await p.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  }

  async function loadBatch(p: Page): Promise<void> {
    await p.setInputFiles('#file', JSONL);
    await p.click('#decide');
    await p.waitForSelector('#total', { timeout: 30_000 });
  }

  const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: `${SHOTS}${name}.png`, fullPage });

  beforeAll(async () => {
    if (!existsSync(PAGE)) throw new Error('dist/workbench.html is missing: run npm run build first (npm test does)');
    mkdirSync(SHOTS, { recursive: true });
    expected = await policy.evaluateBatch(apps);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    // Far from UTC and in another locale: nothing a reviewer sees may depend on either.
    context = await browser.newContext({ timezoneId: 'Pacific/Kiritimati', locale: 'tr-TR', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (err) => problems.push(String(err)));
    await open(page);
    await shot(page, '01-opened-from-file');
    await loadBatch(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens from file:// and decides the 59 applications exactly as Node does', async () => {
    expect(page.url().startsWith('file://')).toBe(true);
    expect(problems).toEqual([]);
    expect(await page.getAttribute('#total', 'data-total')).toBe(expected.budget.paid);
    expect(apps.length).toBe(59);
    expect(await page.locator('table.triage tbody tr').count()).toBe(apps.length);
    // each row carries the applicant's name and credit code from the application
    const first = page.locator('table.triage tbody tr[data-applicant="HY-001"]');
    expect(await first.textContent()).toContain('河源市万绿湖电子科技有限公司');
    expect(await first.textContent()).toContain(apps[0].applicant.creditCode);
    await shot(page, '02-triage');
  });

  it('counts per status at the top match the engine’s decisions, and a status filter shows exactly those rows', async () => {
    const byStatus = new Map<string, string[]>();
    for (const d of expected.decisions) byStatus.set(applicantStatus(d), [...(byStatus.get(applicantStatus(d)) ?? []), d.applicantId]);
    // the 59-applicant example has something in each of these
    for (const s of ['full', 'reduced', 'partly-refused', 'refused']) expect(byStatus.get(s)?.length ?? 0).toBeGreaterThan(0);
    for (const [status, ids] of byStatus) {
      expect(await page.textContent(`.counts li[data-status="${status}"] strong`)).toBe(String(ids.length));
      await page.selectOption('#f-status', status);
      const visible = await page.$$eval('table.triage tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.applicant));
      expect(visible.sort()).toEqual([...ids].sort());
    }
    await page.selectOption('#f-status', 'partly-refused');
    expect(await page.textContent('#f-shown')).toBe(`显示${byStatus.get('partly-refused')!.length}份，共${apps.length}份`);
    await shot(page, '03-filter-partly-refused');
    await page.selectOption('#f-status', '');
  });

  it('filters by part, article and county, and sorts by amount', async () => {
    const want = (pred: (d: (typeof expected.decisions)[number], a: any) => boolean) =>
      expected.decisions
        .filter((d, i) => pred(d, apps[i]))
        .map((d) => d.applicantId)
        .sort();
    const visible = () => page.$$eval('table.triage tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.applicant!).sort());

    await page.selectOption('#f-part', 'protection');
    expect(await visible()).toEqual(want((d) => d.items.some((i) => i.part === 'protection')));
    await page.selectOption('#f-part', '');
    await page.selectOption('#f-clause', '2.6');
    expect(await visible()).toEqual(want((d) => d.items.some((i) => i.article === '2.6')));
    await page.selectOption('#f-county', 'dongyuan');
    expect(await visible()).toEqual(want((d, a) => a.applicant.county === 'dongyuan' && d.items.some((i) => i.article === '2.6')));
    expect((await visible()).length).toBeGreaterThan(0);
    await shot(page, '04-filter-article-county');
    await page.selectOption('#f-clause', '');
    await page.selectOption('#f-county', '');

    await page.selectOption('#f-sort', 'totalDesc');
    const order = await page.$$eval('table.triage tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.total!));
    const fen = (t: string) => BigInt(t.replace('.', ''));
    for (let i = 1; i < order.length; i++) expect(fen(order[i - 1]!) >= fen(order[i]!)).toBe(true);
    await page.selectOption('#f-sort', 'input');
  });

  it('each row links to its applicant’s details, where an applicant-level refusal is stated once', async () => {
    const refused = expected.decisions.find((d) => d.items.length > 1 && d.items.every((i) => i.conditions.some((c) => c.id === 'G2' && !c.passed)));
    const target = refused ?? expected.decisions.find((d) => applicantStatus(d) === 'partly-refused')!;
    await page.click(`table.triage tbody tr[data-applicant="${target.applicantId}"] a`);
    expect(new URL(page.url()).hash).toBe(`#applicant-${target.applicantId}`);
    const section = page.locator(`section.decision[data-applicant="${target.applicantId}"]`);
    await expect
      .poll(() =>
        section.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= -2 && r.top < 200;
        }),
      )
      .toBe(true);
    if (refused) {
      const text = (await section.textContent()) ?? '';
      expect(text.split('该主体已列入严重失信主体名单').length - 1).toBe(1);
    }
    await shot(page, '05-details-of-a-row');
  });

  it('keeps ticked materials and an opinion with its reason through a reload and an export/import round trip; the decision never changes', async () => {
    const id = 'HY-001';
    const section = page.locator(`section.decision[data-applicant="${id}"]`);
    const engineTotal = expected.decisions.find((d) => d.applicantId === id)!.total;
    await page.fill('#reviewer', '张审核');
    await page.dispatchEvent('#reviewer', 'change');
    const materials = section.locator('select[data-material]');
    expect(await materials.count()).toBeGreaterThan(2);
    await materials.nth(0).selectOption('checked');
    await materials.nth(1).selectOption('missing');
    const opinion = section.locator('select[data-opinion]').first();
    const item = (await opinion.getAttribute('data-opinion'))!;
    await opinion.selectOption('refuse');
    // no reason: refused, and said where a screen reader hears it
    await section.locator('button.save-review').click();
    expect(await page.textContent('#errors')).toBe('改变审核结论须写明理由');
    expect(await page.getAttribute('#errors', 'role')).toBe('alert');
    await section.locator(`input[data-reason="${item}"]`).fill('获奖证书与专利号不符');
    await section.locator('button.save-review').click();
    expect(await page.textContent('#errors')).toBe('');
    expect(await section.locator(`[data-recorded="${item}"]`).textContent()).toContain('复核意见：改为不予支持；理由：获奖证书与专利号不符；复核人：张审核');
    expect(await section.locator('strong[data-total]').getAttribute('data-total')).toBe(engineTotal);
    await section.scrollIntoViewIfNeeded();
    await shot(page, '06-review-recorded');

    const check = async (p: Page) => {
      const s = p.locator(`section.decision[data-applicant="${id}"]`);
      expect(await s.locator('select[data-material]').nth(0).inputValue()).toBe('checked');
      expect(await s.locator('select[data-material]').nth(1).inputValue()).toBe('missing');
      expect(await s.locator(`select[data-opinion="${item}"]`).inputValue()).toBe('refuse');
      expect(await s.locator(`input[data-reason="${item}"]`).inputValue()).toBe('获奖证书与专利号不符');
      expect(await s.locator('strong[data-total]').getAttribute('data-total')).toBe(engineTotal);
    };

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('#reviewer')).toBe('张审核');
    await loadBatch(page);
    await check(page);
    await page.locator(`section.decision[data-applicant="${id}"]`).scrollIntoViewIfNeeded();
    await shot(page, '07-after-reload');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toMatchObject({
      format: 'heyuan-ip-review/1',
      rulesHash: expected.decisions[0]!.rulesHash,
      guidelineHash: expected.decisions[0]!.guideline.hash,
    });
    expect(exported.inputFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const mine = exported.reviews.find((r: any) => r.applicantId === id);
    expect(mine.decision.total).toBe(engineTotal);
    expect(mine.review.opinions[item]).toEqual({ to: 'refuse', reason: '获奖证书与专利号不符', by: '张审核' });
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\ufeff申报主体编号,申报主体名称,条款,事项,核定金额（元）,审核结论,复核意见,理由')).toBe(true);
    expect(csv).toContain('改为不予支持,获奖证书与专利号不符');

    // a fresh browser profile: nothing stored; the import brings the marks back
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await other.newPage();
    await open(fresh);
    await loadBatch(fresh);
    expect(await fresh.locator(`section.decision[data-applicant="${id}"] select[data-material]`).nth(0).inputValue()).toBe('unchecked');
    const file = `${SHOTS}../review-export.json`;
    writeFileSync(file, JSON.stringify(exported));
    await fresh.setInputFiles('#import', file);
    await expect.poll(() => fresh.textContent('#status')).toBe(`已导入${apps.length}份申报的复核记录`);
    await check(fresh);
    await fresh.locator(`section.decision[data-applicant="${id}"]`).scrollIntoViewIfNeeded();
    await shot(fresh, '08-after-import');
    await other.close();
  });

  it('loads the CLI’s CSV format: what cannot be decided is listed as returned, with its problems announced', async () => {
    const csv = `${ROOT}examples/applications-with-errors.csv`;
    await page.setInputFiles('#file', csv);
    await page.click('#decide');
    await page.waitForSelector('#errors li', { timeout: 30_000 });
    const returned = await page.locator('table.triage tbody tr[data-status="returned"]').count();
    const decided = await page.locator('table.triage tbody tr:not([data-status="returned"])').count();
    // as `heyuan-ip batch` reads the same file: 11 applications, 4 decided, 7 returned (a patent grant is listed as excluded, no longer a reason to return the application)
    expect(returned).toBe(7);
    expect(decided).toBe(4);
    expect(await page.textContent('.counts li[data-status="returned"] strong')).toBe(String(returned));
    expect(await page.locator('#errors li[data-code="invalid-type"]').count()).toBeGreaterThan(0);
    // returned rows name fields by their labels, not by paths
    const returnedText = (await page.locator('table.triage tbody tr[data-status="returned"]').allTextContents()).join('\n');
    expect(returnedText).not.toMatch(/events\[\d+\]/);
    expect(returnedText).toContain('第1项事项');
    await page.selectOption('#f-status', 'returned');
    await shot(page, '09-csv-returned');
    await page.selectOption('#f-status', '');
  });

  it('decides one application typed into the form built from the field list, and announces errors', async () => {
    await page.click('summary');
    await page.fill('#applicant-id', 'F-1');
    await page.fill('#applicant-name', '河源市表单测试有限公司');
    await page.selectOption('#applicant-kind', 'enterprise');
    await page.fill('#applicant-creditCode', apps[0].applicant.creditCode);
    await page.selectOption('#applicant-county', 'heping');
    await page.check('#applicant-isSme');
    await page.selectOption('#event-type', 'award');
    await page.fill('#event-id', 'E-1');
    await page.fill('#event-date', '2025-07-15');
    await page.selectOption('#event-scheme', 'guangdong-patent-award');
    await page.selectOption('#event-level', 'silver');
    await page.selectOption('#event-role', 'patentee');
    // the patent number left out: the validator's message is announced
    await page.click('#decide-single');
    await page.waitForSelector('#errors li');
    // the field named by its label, the event by its number and kind: never the path events[0].patentNumber
    expect(await page.textContent('#errors')).toContain('F-1：第1项事项（专利奖）“专利号”：');
    expect(await page.textContent('#errors')).not.toContain('patentNumber');
    await shot(page, '10-form-error');
    await page.fill('#event-patentNumber', 'ZL202110000001.X');
    await page.click('#decide-single');
    await expect.poll(() => page.getAttribute('#total', 'data-total')).toBe('80000.00');
    expect(await page.textContent('#report')).toContain('广东专利奖银奖：80,000.00元');
    await shot(page, '11-form-decided');
  });

  it('has no serious or critical accessibility violations (axe-core in the page), with one h1', async () => {
    await open(page);
    await loadBatch(page);
    await page.addScriptTag({ content: readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, 'utf8') });
    const result = await page.evaluate(async () => {
      const r = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
    });
    const bad = result.filter((v: any) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad).toEqual([]);
    expect(await page.locator('h1').count()).toBe(1);
  }, 180_000);

  it.skipIf(!havePdftotext)(
    'prints the filing copy: a page per applicant, headings never last on a page, table headers repeated',
    async () => {
      await open(page);
      await loadBatch(page);
      await page.emulateMedia({ media: 'print' });
      await shot(page, '12-print-view');
      const pdf = `${SHOTS}../filing-copy.pdf`;
      await page.pdf({ path: pdf, format: 'A4', printBackground: false, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
      await page.emulateMedia({ media: 'screen' });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      const lines = (p: string) =>
        p
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '');
      // every applicant starts a page of its own: its heading is the first line of some page
      const firstLines = pages.map((p) => lines(p)[0] ?? '');
      for (const d of expected.decisions) {
        const starts = firstLines.filter((l) => l.includes(`（${d.applicantId}）`) || l.startsWith(`申报主体${d.applicantId}　`));
        expect(starts, d.applicantId).toHaveLength(1);
      }
      // no page holds two applicants
      for (const p of pages) expect(new Set(p.match(/（HY-\d{3}）　2026年度/g) ?? []).size).toBeLessThanOrEqual(1);
      // no heading is orphaned at the foot of a page
      const headings = await page.$$eval('#report h2, #report h3 span:first-child, #report h4', (hs) =>
        hs.map((h) => (h.textContent ?? '').trim()).filter((t) => t !== ''),
      );
      const headingSet = new Set(headings);
      pages.forEach((p, i) => {
        const last = lines(p).at(-1) ?? '';
        expect(
          headingSet.has(last) || [...headingSet].some((h) => h.length > 4 && last.startsWith(h) && last.length < h.length + 20),
          `page ${i + 1} ends with a heading: ${last}`,
        ).toBe(false);
      });
      // a conditions table that runs onto the next page repeats its header there
      pages.forEach((p, i) => {
        const ls = lines(p);
        const firstRow = ls.findIndex((l) => /^[GCY]\d+\s/.test(l));
        if (firstRow < 0) return;
        const header = ls.findIndex((l) => /序号\s+条件\s+要求\s+申报情况\s+结果/.test(l));
        expect(header >= 0 && header < firstRow, `page ${i + 1}: condition rows before a header`).toBe(true);
      });
      // the filing header and the signature block
      expect(pages[0]).toContain('规则哈希');
      expect(pages[0]).toContain('申报数据指纹');
      expect(text).toMatch(/经办人：/);
      expect(text).toMatch(/复核人：/);
      writeFileSync(`${SHOTS}../filing-copy.txt`, text);
    },
    120_000,
  );
});
