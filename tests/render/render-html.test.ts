import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectBatchReport, escapeHtml, loadPolicy, renderHtml } from '../../src/index.js';
import { groupedYuan } from '../../src/locales/format/money-text.js';
import { cli, EXAMPLES, tempDir } from '../cli/run-cli.js';
import { creditCode } from '../support/golden.js';

const policy = loadPolicy({ year: 2026 });
const example = () => JSON.parse(readFileSync(`${EXAMPLES}/01-enterprise.json`, 'utf8'));

/** Anything that would make the page fetch something or run code. */
const EXTERNAL = /<(script|link|img|iframe|object|embed)\b|<[^>]*\s(src|href)=(?!"#)|url\(|@import/i;

describe('renderHtml for one decision', () => {
  it('is a whole printable page with every reason, and nothing external', () => {
    const app = example();
    app.events[1].interestPaid = '300000';
    const d = policy.evaluateSync(app);
    const html = renderHtml(d, { lang: 'en' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Decision for A-001, 2026</title>');
    expect(html).toContain(`Total: <strong data-total="${d.total}">${groupedYuan(d.total)} yuan</strong>`);
    expect(html).toContain('90,000.00 yuan → 80,000.00 yuan: clause cap of 80,000.00 a year per applicant (the 2026 guideline lowered it from 100,000)');
    expect(html).toContain('clause cap 80,000.00 yuan: the 2026 guideline lowered the clause cap from 100,000.00 yuan to 80,000.00 yuan');
    expect(html).toContain('<li class="tone-check">notice of pledge registration</li>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(EXTERNAL);
  });

  it('escapes every text that came from the application', () => {
    const app = example();
    app.applicant.id = 'A-1 "<b>&';
    app.events[1].id = '<img src=x onerror=alert(1)>';
    const html = renderHtml(policy.evaluateSync(app), { lang: 'zh' });
    expect(html).not.toContain('<img');
    expect(html).toContain('data-subject="&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('A-1 &quot;&lt;b&gt;&amp;');
    expect(html).not.toContain('"<b>');
  });

  it('marks an ineligible item and states why, in Chinese', () => {
    const app = example();
    app.events[1].pledgeRegistered = false;
    const html = renderHtml(policy.evaluateSync(app), { lang: 'zh' });
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<article class="item status-ineligible" data-clause="pledge-loan-interest" data-subject="E-2" data-part="transformation">');
    expect(html).toContain('<li class="tone-todo">质押未办理登记</li>');
    expect(html).toMatch(/<tr class="fail blocking"><td>C1<\/td><td>质押已在国家知识产权局办理登记<\/td><td>是<\/td><td>否<\/td><td>✗ 不满足<\/td>/);
    // the header of the conditions table, repeated on each printed page
    expect(html).toContain(
      '<thead><tr><th scope="col">序号</th><th scope="col">条件</th><th scope="col">要求</th><th scope="col">申报情况</th><th scope="col">结果</th></tr></thead>',
    );
  });

  it('as a fragment: a <div> with its scoped style, no document around it', () => {
    const html = renderHtml(policy.evaluateSync(example()), { lang: 'en', fragment: true });
    expect(html.startsWith('<div class="hy-report"><style>')).toBe(true);
    expect(html.endsWith('</div>')).toBe(true);
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<body');
  });

  it('refuses an unknown language', () => {
    expect(() => renderHtml(policy.evaluateSync(example()), { lang: 'de' as 'en' })).toThrow(/lang must be/);
  });
});

describe('renderHtml for a batch', () => {
  const apps = Array.from({ length: 30 }, (_, i) => {
    const a = example();
    a.applicant.id = `B-${String(i).padStart(2, '0')}`;
    a.applicant.creditCode = creditCode(3000 + i); // each its own applicant (told apart by credit code)
    a.events[0].scheme = 'china-patent-award';
    a.events[0].level = 'gold';
    a.events[1].interestPaid = '260000';
    return a;
  });

  it('tables the budget per part, charts it, and lists each applicant before and after proration', async () => {
    const batch = await policy.evaluateBatch(apps);
    const innovation = batch.budget.parts.find((p) => p.part === 'innovation')!;
    // 30 gold awards of 300000 ask 9000000 of a 3000000 budget.
    expect(innovation).toMatchObject({ budget: '3000000.00', requested: '9000000.00', paid: '3000000.00', ratio: '0.333333' });
    const html = renderHtml(batch, { lang: 'en', detailLimit: 2 });
    expect(html).toContain(
      '<title>Heyuan City&#39;s Measures to Promote High-Quality Development of Intellectual Property: decisions under the 2026 guideline (30 applications)</title>',
    );
    expect(html).toContain(
      '<tr data-part="innovation" class="fail"><td>Innovation: energise every kind of innovator</td><td class="num">3,000,000.00</td><td class="num">9,000,000.00</td><td class="num">3,000,000.00</td><td class="num">0.333333</td><td class="num">6,000,000.00</td></tr>',
    );
    expect(html).toContain('<tr data-part="culture"><td>Culture: an environment that values IP</td><td class="num">200,000.00</td><td class="num">0.00</td>');
    // The longest bar is the largest figure of the chart: innovation's request, at the full 420 px.
    expect(html).toMatch(/<rect class="bar-requested" data-part="innovation" data-value="9000000.00" x="8" y="\d+" width="420.0"/);
    expect(html).toMatch(/<rect class="bar-paid" data-part="innovation" data-value="3000000.00" x="8" y="\d+" width="140.0"/);
    expect(html).toMatch(/<rect class="bar-budget" data-part="culture" data-value="200000.00" x="8" y="\d+" width="9.3"/);
    const b00 = batch.decisions[0]!;
    expect(html).toMatch(/<tr data-applicant="B-00" data-status="prorated"[^>]*><td><a href="#applicant-B-00">B-00<\/a>/);
    expect(html).toMatch(
      new RegExp(`<tr data-applicant="B-00" .*?<td class="num">${groupedYuan(b00.total)}</td><td><span class="st st-prorated">prorated</span></td></tr>`),
    );
    expect(html).toContain('<li data-status="prorated"><span class="st st-prorated">prorated</span> <strong>30</strong></li>');
    expect(html).toContain('Details of the first 2 of 30 applications are shown');
    expect(html.match(/<section class="decision"/g)).toHaveLength(2);
    expect(html).not.toMatch(EXTERNAL);
  });

  it('can be built one decision at a time, as the CLI streams a batch', async () => {
    const batch = await policy.evaluateBatch(apps);
    const collector = collectBatchReport({ lang: 'zh', detailLimit: 3 });
    for (const d of batch.decisions) collector.add(d);
    const html = collector.render(batch.budget);
    expect(html).toBe(renderHtml(batch, { lang: 'zh', detailLimit: 3 }));
    expect(html).toContain('仅列出前3份（共30份）申报的明细');
  });

  it('uses the part titles it is given, in Chinese', async () => {
    const batch = await policy.evaluateBatch(apps.slice(0, 2));
    const html = renderHtml(batch, { lang: 'zh', parts: [{ id: 'innovation', title: { zh: '创新', en: 'Innovation' } }] });
    expect(html).toContain('<tr data-part="innovation"><td>创新</td>');
    expect(html).toContain('<tr data-part="culture"><td>culture</td>');
    expect(html).toContain('各部分预算、申请与核拨金额');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('heyuan-ip check --format html', () => {
  it('prints the page for one application', async () => {
    const run = await cli(['check', `${EXAMPLES}/01-enterprise.json`, '--year', '2026', '--format', 'html', '--lang', 'en']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const d = policy.evaluateSync(example());
    expect(run.stdout).toBe(renderHtml(d, { lang: 'en' }));
  });
});

describe('heyuan-ip batch --out x.html', () => {
  it('writes the batch page: the same page renderHtml gives for the same batch', async () => {
    const out = `${tempDir()}/report.html`;
    const run = await cli(['batch', `${EXAMPLES}/applications.jsonl`, '--year', '2026', '--out', out, '--lang', 'zh']);
    expect(run.status).toBe(0);
    const apps = readFileSync(`${EXAMPLES}/applications.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l));
    const html = readFileSync(out, 'utf8');
    const batch = await policy.evaluateBatch(apps);
    // the same page but for the filing header, which names the run's time and the input file's hash
    // (shown on the reviewer's clock, 北京时间, the UTC instant kept in <time datetime>)
    const header = /<dt>审核时间<\/dt><dd><time datetime="([^"]+)">\d{4}年\d{1,2}月\d{1,2}日\d{2}时\d{2}分（北京时间）<\/time><\/dd>/.exec(html);
    expect(header?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const fingerprint = `sha256:${createHash('sha256')
      .update(readFileSync(`${EXAMPLES}/applications.jsonl`))
      .digest('hex')}`;
    expect(html).toBe(renderHtml({ ...batch, applicants: apps.map((a) => a.applicant) }, { lang: 'zh', decidedAt: header![1], inputFingerprint: fingerprint }));
    expect(html).toContain(`<title>2026年度《河源市促进知识产权高质量发展若干政策措施》专项资金审核结果（共${apps.length}份申报）</title>`);
    expect(html).toContain('<a href="#applicant-HY-001">河源市万绿湖电子科技有限公司</a>');
  });
});
