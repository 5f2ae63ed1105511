import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../src/index.js';
import { cli, EXAMPLES, noStack, ROOT, tempDir } from '../cli/run-cli.js';
import { guideline2026 } from './fixtures.js';

/* `heyuan-ip simulate` end to end, on the built CLI (npm run build first; npm test does). */

const DRAFT = join(ROOT, 'tests/fixtures/guidelines/2027.json');
const JSONL = join(EXAMPLES, 'applications.jsonl');

describe('heyuan-ip simulate', () => {
  it('writes the JSON report (--out .json) and ends with a summary line; exit 0', async () => {
    const dir = tempDir();
    const out = join(dir, 'impact.json');
    const r = await cli(['simulate', JSONL, '--base', '2026', '--draft', DRAFT, '--shift-event-years', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(0);
    const sim = JSON.parse(readFileSync(out, 'utf8')) as Simulation;
    // The totals are worked out clause by clause from catalogue v2 in tests/simulate/example.test.ts.
    expect([sim.totals.base.paid, sim.totals.draft.paid, sim.counts.applicants, sim.shiftYears]).toEqual(['4783950.15', '4329125.13', 59, 1]);
    expect(r.stderr).toContain('simulate 2026 → 2027: 59 applications, paid 4783950.15 → 4329125.13 yuan (-454825.02); 3 gain, 14 lose, 42 unchanged');
    expect(readdirSync(dir)).toEqual(['impact.json']); // no temporary file left behind
  });

  it('writes the HTML report (--out .html) in Chinese by default, reconciled on both sides', async () => {
    const out = join(tempDir(), 'impact.html');
    const r = await cli(['simulate', JSONL, '--base', '2026', '--draft', DRAFT, '--shift-event-years', '--out', out]);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/data-reconciled="true"/g)).toHaveLength(2);
    expect(r.stderr).toContain('测算 2026年度 → 2027年度：59 份申报');
  });

  it('reads the CSV examples to the same result as the JSONL ones, and prints JSON on stdout without --out', async () => {
    const a = await cli(['simulate', join(EXAMPLES, 'applications.csv'), '--base', '2026', '--draft', DRAFT, '--shift-event-years']);
    const b = await cli(['simulate', JSONL, '--base', '2026', '--draft', DRAFT, '--shift-event-years']);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });

  it('writes one CSV row per applicant (--out .csv), with a BOM and CRLF, negative changes as numbers', async () => {
    const out = join(tempDir(), 'impact.csv');
    const r = await cli(['simulate', JSONL, '--base', '2026', '--draft', DRAFT, '--shift-event-years', '--out', out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeffapplicant_id,index,paid_2026_base,paid_2027_draft,change,base_eligible,draft_eligible\r\n')).toBe(true);
    const rows = text.trim().split('\r\n');
    expect(rows).toHaveLength(60); // the header and the 59 applicants
    // The largest loss first: HY-043's GI product (2.11, 200000) in a draft year that suspends 2.11.
    expect(rows[1]).toBe('HY-043,42,200000.00,0.00,-200000.00,true,false');
  });

  it('takes a base guideline file and a rules directory', async () => {
    const r = await cli([
      'simulate',
      JSONL,
      '--base',
      join(ROOT, 'rules/guidelines/2026.json'),
      '--draft',
      DRAFT,
      '--rules',
      join(ROOT, 'rules'),
      '--shift-event-years',
    ]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Simulation).totals.draft.paid).toBe('4329125.13');
  });

  it('exits 1 with the lint messages, both languages, naming the draft file, when the draft fails validation', async () => {
    const dir = tempDir();
    const bad = join(dir, 'draft.json');
    const g = guideline2026();
    writeFileSync(bad, JSON.stringify({ ...g, patches: [{ clause: 'pledge-loan-interest', lower: { clauseCap: '120000' } }] }));
    const out = join(dir, 'impact.html');
    const r = await cli(['simulate', JSONL, '--base', '2026', '--draft', bad, '--out', out, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} /patches/0/lower/clauseCap \\[above-ceiling\\] .*120000.* ｜ .*120000`, 'm'),
    );
    expect(existsSync(out)).toBe(false);
    expect(noStack(r.stderr)).toBe(true);
  });

  it('exits 1 on a draft file that is not JSON', async () => {
    const bad = join(tempDir(), 'draft.json');
    writeFileSync(bad, '{ "year": 2027, ');
    const r = await cli(['simulate', JSONL, '--base', '2026', '--draft', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[invalid-json]');
  });

  it('exits 1 but still writes the report when some applications are rejected, naming each row', async () => {
    const out = join(tempDir(), 'impact.json');
    const r = await cli(['simulate', join(EXAMPLES, 'applications-with-errors.csv'), '--base', '2026', '--draft', DRAFT, '--shift-event-years', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/applications-with-errors\.csv:6 \(event\.feePaid\): \[invalid-money\]/);
    const sim = JSON.parse(readFileSync(out, 'utf8')) as Simulation;
    // 11 applicants: 7 refused for the errors named on stderr; HY-005's only event is a patent grant, which v2 lists
    // in excludedEvents while deciding the rest (0.00) instead of refusing the application, so 4 are decided.
    expect([sim.counts.applicants, sim.counts.rejected]).toEqual([4, 7]);
  });

  it.each([
    ['an output extension it cannot write', ['--out', 'impact.pdf'], /unknown output format "\.pdf"/],
    ['a base year with no guideline', ['--base', '2031'], /\[no-guideline\]/],
    ['a draft file that does not exist', ['--draft', '/nonexistent/draft.json'], /ENOENT/],
    ['a rules directory that does not exist', ['--rules', '/nonexistent/rules'], /no such directory/],
    ['an unknown --lang', ['--lang', 'fr'], /zh or en/],
  ])('exits 2 on %s', async (_what, args, message) => {
    const base = ['simulate', JSONL, '--base', '2026', '--draft', DRAFT];
    const merged = [...base];
    for (let i = 0; i < args.length; i += 2) {
      const at = merged.indexOf(args[i]!);
      if (at >= 0) merged[at + 1] = args[i + 1]!;
      else merged.push(args[i]!, args[i + 1]!);
    }
    const r = await cli(merged, { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(noStack(r.stderr)).toBe(true);
  });

  it('exits 2 without --draft, and on an input file that does not exist', async () => {
    expect((await cli(['simulate', JSONL, '--base', '2026'])).status).toBe(2);
    expect((await cli(['simulate', '/nonexistent.jsonl', '--base', '2026', '--draft', DRAFT])).status).toBe(2);
  });
});
