import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, EXAMPLES, ROOT, tempDir } from './run-cli.js';

/*
 * A policy officer deciding with corrected clause files (`--rules`) or next
 * year's draft guideline (`--guideline`) before either is bundled; `explain`
 * by article number; `clauses` listing them; lint naming the clause a
 * guideline patch is about.
 */

const example = join(EXAMPLES, '01-enterprise.json');
let dir = '';
let rules = '';
let draft = '';

beforeAll(() => {
  dir = tempDir();
  rules = join(dir, 'rules');
  cpSync(join(ROOT, 'rules'), rules, { recursive: true });
  // The corrected clause: article 1.5's silver award from 80000 down to 60000.
  const awardFile = join(rules, 'clauses', 'patent-award.json');
  const award = JSON.parse(readFileSync(awardFile, 'utf8'));
  award.amount.table['guangdong-patent-award:silver'] = '60000';
  writeFileSync(awardFile, JSON.stringify(award, null, 2));
  // Next year's draft: the 2026 guideline as 2027, with the pledge-loan clause cap lowered again.
  const g = JSON.parse(readFileSync(join(ROOT, 'rules', 'guidelines', '2026.json'), 'utf8'));
  const shift = (d: string) => d.replace(/^2026/, '2027').replace(/^2025/, '2026');
  g.year = 2027;
  g.window = { from: shift(g.window.from), to: shift(g.window.to) };
  g.eventPeriod = { from: shift(g.eventPeriod.from), to: shift(g.eventPeriod.to) };
  const patch = g.patches.find((p: { clause: string }) => p.clause === 'pledge-loan-interest');
  patch.lower = { ...patch.lower, clauseCap: '50000' };
  draft = join(dir, 'draft-2027.json');
  writeFileSync(draft, JSON.stringify(g, null, 2));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const items = (stdout: string) =>
  Object.fromEntries((JSON.parse(stdout) as { items: { clause: string; amount: string }[] }).items.map((i) => [i.clause, i.amount]));

describe("a rules directory's own vocabulary labels what the command line shows", () => {
  let relabelled = '';
  beforeAll(() => {
    // The same rules, but their vocabulary words Yuancheng differently and the policy titles part 1 differently.
    relabelled = join(dir, 'relabelled');
    cpSync(join(ROOT, 'rules'), relabelled, { recursive: true });
    const vocabFile = join(relabelled, 'vocabulary.json');
    const vocab = JSON.parse(readFileSync(vocabFile, 'utf8'));
    vocab.valueSets.county.values.yuancheng = { zh: '源城区（本目录标签）', en: 'Yuancheng District (this directory)' };
    vocab.eventTypes.award.fields.scheme.values['china-patent-award'] = { zh: '中国专利奖（本目录标签）', en: 'China Patent Award (this directory)' };
    writeFileSync(vocabFile, JSON.stringify(vocab, null, 2));
    const policyFile = join(relabelled, 'policy.json');
    const policy = JSON.parse(readFileSync(policyFile, 'utf8'));
    policy.parts[0].title = { zh: '创新主体（本目录标题）', en: 'Innovators (this directory)' };
    writeFileSync(policyFile, JSON.stringify(policy, null, 2));
  });

  it('check --format text, table and html, in both languages', async () => {
    for (const format of ['text', 'html']) {
      const zh = await cli(['check', example, '--year', '2026', '--format', format, '--rules', relabelled]);
      expect(zh.status, zh.stderr).toBe(0);
      expect(zh.stdout).toContain('源城区（本目录标签）');
      const bundled = await cli(['check', example, '--year', '2026', '--format', format]);
      expect(bundled.stdout).not.toContain('本目录标签');
    }
    const en = await cli(['check', example, '--year', '2026', '--format', 'text', '--lang', 'en', '--rules', relabelled]);
    expect(en.stdout).toContain('Yuancheng District (this directory)');
  });

  it("explain <clause>: the amount table by the directory's labels", async () => {
    const zh = await cli(['explain', 'patent-award', '--rules', relabelled]);
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('    中国专利奖（本目录标签） · 金奖 → 300000 元');
    expect(zh.stdout).toContain('第1部分 创新主体（本目录标题）');
    const en = await cli(['explain', 'patent-award', '--rules', relabelled, '--lang', 'en']);
    expect(en.stdout).toContain('    China Patent Award (this directory) · Gold award → 300000 yuan');
    const bundled = await cli(['explain', 'patent-award']);
    expect(bundled.stdout).toContain('    中国专利奖 · 金奖 → 300000 元');
  });

  it("batch: the summary names the parts by the directory's titles, and its HTML report uses its labels", async () => {
    const out = join(dir, 'relabelled-report.html');
    const r = await cli(['batch', join(EXAMPLES, 'applications.jsonl'), '--year', '2026', '--rules', relabelled, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('创新主体（本目录标题）');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('源城区（本目录标签）');
  });
});

describe('--rules and --guideline', () => {
  it('check --rules decides with the corrected clause files', async () => {
    const bundled = await cli(['check', example, '--year', '2026', '--format', 'json']);
    const corrected = await cli(['check', example, '--year', '2026', '--format', 'json', '--rules', rules]);
    expect(corrected.status).toBe(0);
    expect(items(bundled.stdout)['patent-award']).toBe('80000.00');
    expect(items(corrected.stdout)['patent-award']).toBe('60000.00');
  });

  it("check --guideline decides with next year's draft, its year taken from the file", async () => {
    const app = JSON.parse(readFileSync(example, 'utf8'));
    for (const e of app.events) e.date = e.date.replace(/^2025/, '2026');
    const r = await cli(['check', '-', '--guideline', draft, '--format', 'json'], { input: JSON.stringify(app) });
    expect(r.status, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.year).toBe(2027);
    expect(items(r.stdout)['pledge-loan-interest']).toBe('50000.00');
  });

  it('batch takes both, and a --year that contradicts the guideline file is a usage error', async () => {
    const out = await cli(['batch', join(EXAMPLES, 'applications.jsonl'), '--rules', rules, '--guideline', draft]);
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^批量审核2027年度/m);
    const clash = await cli(['batch', join(EXAMPLES, 'applications.jsonl'), '--year', '2026', '--guideline', draft]);
    expect(clash.status).toBe(2);
  });

  it('explain --guideline shows the draft’s figures', async () => {
    const r = await cli(['explain', 'pledge-loan-interest', '--guideline', draft, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('the 2027 guideline lowered the clause cap from 100000 to 50000');
  });

  it('invalid rule files stop the run with exit 2, each problem named by file', async () => {
    const broken = join(dir, 'broken-rules');
    cpSync(rules, broken, { recursive: true });
    writeFileSync(join(broken, 'clauses', 'patent-award.json'), '{ "id": ');
    const r = await cli(['check', example, '--year', '2026', '--rules', broken, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('patent-award.json');
  });
});

describe('explain by article number', () => {
  it('`explain 2.6` is `explain pledge-loan-interest`', async () => {
    const byArticle = await cli(['explain', '2.6', '--year', '2026', '--lang', 'en']);
    const byId = await cli(['explain', 'pledge-loan-interest', '--year', '2026', '--lang', 'en']);
    expect(byArticle.status).toBe(0);
    expect(byArticle.stdout).toBe(byId.stdout);
    expect(byArticle.stdout.split('\n')[0]).toBe('2.6 Interest subsidy for IP pledge loans (pledge-loan-interest)');
  });

  it('an unknown article exits 1 and lists article and id of each clause', async () => {
    const r = await cli(['explain', '9.9', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/valid clause ids: .*2\.6 pledge-loan-interest/);
  });
});

describe('heyuan-ip clauses', () => {
  it('--format json lists every clause in article order with id, title, nature and applicants', async () => {
    const r = await cli(['clauses', '--format', 'json']);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { article: string; id: string; title: { zh: string; en: string }; nature: string; applicants: string[] }[];
    expect(list).toHaveLength(readdirSync(join(ROOT, 'rules', 'clauses')).length);
    expect(list).toHaveLength(31); // catalogue v2: 4.4 removed, 2.14 and 2.15 added
    const pledge = list.find((c) => c.article === '2.6')!;
    expect(pledge).toEqual({
      article: '2.6',
      id: 'pledge-loan-interest',
      part: 'transformation',
      title: { zh: expect.stringContaining('质押'), en: 'Interest subsidy for IP pledge loans' },
      nature: 'subsidy',
      applicants: ['enterprise', 'university', 'research-institute', 'public-institution'], // v2: 企事业单位
    });
    const articles = list.map((c) => c.article.split('.').map(Number));
    const sorted = [...articles].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(articles).toEqual(sorted);
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
  });

  it('the table in Chinese by default, in English with --lang en', async () => {
    const zh = await cli(['clauses']);
    expect(zh.stdout.split('\n')[0]).toMatch(/^条款\s+编号\s+名称\s+类别\s+申报主体$/);
    expect(zh.stdout).toMatch(/^2\.6\s+pledge-loan-interest\s+\S*质押\S*\s+资助类\s+企业、高等学校、科研院所、事业单位$/m);
    const en = await cli(['clauses', '--lang', 'en']);
    expect(en.stdout).toMatch(
      /^2\.6\s+pledge-loan-interest\s+Interest subsidy for IP pledge loans\s+subsidy\s+enterprise, university, research-institute, public-institution$/m,
    );
  });

  it('an unknown --format exits 2', async () => {
    expect((await cli(['clauses', '--format', 'xml'])).status).toBe(2);
  });
});

describe('lint names the clause a guideline patch is about', () => {
  it('`patches[i].lower.clauseCap` comes with the clause id and article', async () => {
    const bad = join(dir, 'lint-rules');
    cpSync(rules, bad, { recursive: true });
    const file = join(bad, 'guidelines', '2026.json');
    const g = JSON.parse(readFileSync(file, 'utf8'));
    const i = g.patches.findIndex((p: { clause: string }) => p.clause === 'pledge-loan-interest');
    g.patches[i].lower = { ...g.patches[i].lower, clauseCap: '99999999' };
    writeFileSync(file, JSON.stringify(g, null, 2));
    const r = await cli(['lint', bad, '--lang', 'en']);
    expect(r.status).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes(`/patches/${i}/lower/clauseCap`))!;
    expect(line).toContain('(in the patch of clause pledge-loan-interest, article 2.6)');
    expect(line).toContain('（所调整条款：第 2.6 条 pledge-loan-interest）');
  });
});
