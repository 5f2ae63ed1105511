import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test as prop } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import type { BatchEntry } from '../../src/engine/batch.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { applicationArb } from '../properties/arbitraries.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { applicantIdentity } from '../../src/core/identity.js';
import { creditCode } from '../support/golden.js';
import { ROOT, sampleApplication, sampleApplicationOf } from './fixtures.js';
import { mutate, mutationsArb } from '../fuzz/targets.js';

guardGlobals();

/*
 * Nothing lost: every row of a batch comes out exactly once, decided or
 * rejected, in input order; and a batch killed half-way leaves no output file
 * (the CLI writes a hidden temporary file and renames it at the end).
 */

const policy = loadPolicy({ year: 2026 });
const CLI = join(ROOT, 'dist/cli.js');

describe('rows in = decided + rejected', () => {
  const N = runs(60);
  prop.prop(
    [
      fc.array(
        fc.oneof(
          applicationArb(policy),
          fc.tuple(applicationArb(policy), mutationsArb).map(([a, m]) => mutate(a, m)),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        { maxLength: 25 },
      ),
    ],
    {
      numRuns: N,
    },
  )('evaluateStream gives each row exactly once, in order, then the budget', async (rows) => {
    const entries: BatchEntry[] = [];
    for await (const e of policy.evaluateStream(() => rows)) entries.push(e);
    const budget = entries.pop()!;
    expect(budget.kind).toBe('budget');
    expect(entries.map((e) => (e.kind === 'budget' ? -1 : e.index))).toEqual(rows.map((_, i) => i));
    const decided = entries.filter((e) => e.kind === 'decision').length;
    const rejected = entries.filter((e) => e.kind === 'rejected').length;
    expect(decided + rejected).toBe(rows.length);
    // A row is decided exactly when it is valid and its applicant (credit code, else id) is new.
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const v = policy.validate(row);
      const fresh = v.ok && !seen.has(applicantIdentity(v.value.applicant));
      if (v.ok) seen.add(applicantIdentity(v.value.applicant));
      expect(entries[i]!.kind).toBe(fresh ? 'decision' : 'rejected');
    });
  });
  record('batch: rows in = decided + rejected (streams)', N);
});

describe('a source that changes between the two passes of evaluateStream', () => {
  const app = (id: string, interest: string) => {
    const a = sampleApplicationOf(id);
    a.events[1].interestPaid = interest;
    return a;
  };
  test.each([
    ['an extra row', [app('A', '180000'), app('B', '180000')], [app('A', '180000'), app('B', '180000'), app('C', '180000')], 2],
    ['a changed amount', [app('A', '180000'), app('B', '180000')], [app('A', '1000'), app('B', '180000')], 0],
    ['a missing row', [app('A', '180000'), app('B', '180000')], [app('A', '180000')], 1],
    ['a row that became valid', [{ applicant: {} }, app('B', '180000')], [app('A', '180000'), app('B', '180000')], 0],
  ])('%s: a source-changed PolicyError, never shares applied to other amounts', async (_name, first, second, at) => {
    let pass = 0;
    const run = async () => {
      for await (const _ of policy.evaluateStream(() => (pass++ === 0 ? first : second))) void _;
    };
    await expect(run()).rejects.toMatchObject({ name: 'PolicyError', issues: [{ code: 'source-changed', path: [at] }] });
  });
});

const cliReady = existsSync(CLI) && !readFileSync(CLI, 'utf8').includes('is not available yet');

describe.runIf(cliReady)('the CLI batch', () => {
  function run(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => resolve({ status, stderr }));
    });
  }

  function bigInput(dir: string, n: number): string {
    const app = sampleApplication();
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(JSON.stringify({ ...app, applicant: { ...app.applicant, id: `A-${i}`, creditCode: creditCode(5000 + i) } }));
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  }

  async function killWhenTempAppears(args: string[], dir: string, signal: NodeJS.Signals): Promise<{ sawTemp: boolean; code: number | null }> {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: 'ignore' });
    let sawTemp = false;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
        sawTemp = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill(signal);
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    return { sawTemp, code };
  }

  test('killed with SIGKILL half-way: no output file, and an earlier output is left as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heyuan-kill-'));
    const input = bigInput(dir, 20_000);
    const { sawTemp } = await killWhenTempAppears(['batch', input, '--year', '2026', '--out', 'out.jsonl'], dir, 'SIGKILL');
    expect(sawTemp).toBe(true);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);

    writeFileSync(join(dir, 'kept.csv'), 'previous run\n');
    await killWhenTempAppears(['batch', input, '--year', '2026', '--out', 'kept.csv'], dir, 'SIGKILL');
    expect(readFileSync(join(dir, 'kept.csv'), 'utf8')).toBe('previous run\n');
  });

  test('interrupted with SIGINT: no output file and no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heyuan-int-'));
    const input = bigInput(dir, 20_000);
    const { sawTemp, code } = await killWhenTempAppears(['batch', input, '--year', '2026', '--out', 'out.jsonl'], dir, 'SIGINT');
    expect(sawTemp).toBe(true);
    expect(code).not.toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['big.jsonl']);
  });

  test('a finished batch: one output line per decided row, and the rejected rows are counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heyuan-rows-'));
    const good = sampleApplication();
    const rows = [good, sampleApplicationOf('B'), { nope: 1 }, { ...good }, JSON.parse('{"__proto__":{"x":1}}')];
    writeFileSync(join(dir, 'in.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\nnot json\n');
    const r = spawnSync(process.execPath, [CLI, 'batch', 'in.jsonl', '--year', '2026', '--out', 'out.jsonl', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n');
    expect(out.map((l) => JSON.parse(l).applicantId)).toEqual(['A-001', 'B']);
    expect(r.stderr).toMatch(/6 rows read/);
    expect(r.stderr).toMatch(/2 decided, 4 rejected/);
  });

  test('a CSV header column __proto__, constructor or prototype (alone or as a field) stops the run before anything is decided: exit 1, the column named, nothing written', async () => {
    const columns = ['__proto__', 'constructor', 'prototype', 'applicant.__proto__', 'event.constructor', 'history.prototype'];
    await Promise.all(
      columns.map(async (column) => {
        const dir = mkdtempSync(join(tmpdir(), 'heyuan-csv-'));
        const header = `applicant.id,applicant.name,applicant.kind,applicant.creditCode,applicant.county,applicant.isSme,applicant.seriousDishonesty,${column}`;
        writeFileSync(join(dir, 'in.csv'), `${header}\nA-1,x,enterprise,9144030071526726XG,yuancheng,true,false,{"isSme":true}\n`);
        const r = await run([CLI, 'batch', 'in.csv', '--year', '2026', '--out', 'out.csv', '--lang', 'en'], dir);
        expect(r.status, column).toBe(1);
        expect(r.stderr).toContain(column);
        expect(r.stderr).toMatch(/\[(reserved-key|csv-unknown-column)\]/);
        expect(readdirSync(dir)).toEqual(['in.csv']);
      }),
    );
  });
});

describe.runIf(cliReady)('duplicate keys and a BOM through the CLI', () => {
  test('check: a file with a duplicate key is refused (exit 1, duplicate-key, its path); with a BOM it is decided', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heyuan-dup-'));
    const text = readFileSync(join(ROOT, 'examples/01-enterprise.json'), 'utf8');
    writeFileSync(join(dir, 'dup.json'), text.replace('"isSme": true,', '"isSme": true, "isSme": false,'));
    writeFileSync(join(dir, 'bom.json'), '\uFEFF' + text);
    const dup = spawnSync(process.execPath, [CLI, 'check', 'dup.json', '--year', '2026', '--format', 'json', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(dup.status).toBe(1);
    expect(dup.stderr).toContain('duplicate-key');
    expect(dup.stderr).toContain('applicant.isSme');
    const bom = spawnSync(process.execPath, [CLI, 'check', 'bom.json', '--year', '2026', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(bom.status).toBe(0);
    expect(JSON.parse(bom.stdout).applicantId).toBe('A-001');
  });

  test('batch: a JSONL line with a duplicate key is that row rejected, the others decided', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heyuan-dupl-'));
    const a = JSON.stringify(sampleApplication());
    const b = JSON.stringify(sampleApplicationOf('B')).replace('"kind":"enterprise"', '"kind":"enterprise","kind":"university"');
    writeFileSync(join(dir, 'in.jsonl'), `${a}\n${b}\n`);
    const r = spawnSync(process.execPath, [CLI, 'batch', 'in.jsonl', '--year', '2026', '--out', 'out.jsonl', '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(
      r.stderr +
        readdirSync(dir)
          .filter((f) => f.includes('errors'))
          .map((f) => readFileSync(join(dir, f), 'utf8'))
          .join(''),
    ).toContain('duplicate-key');
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  test('lint: a clause file with a figure written twice is refused with duplicate-key; a BOM alone is fine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heyuan-lint-'));
    cpSync(join(ROOT, 'rules'), join(dir, 'rules'), { recursive: true });
    const clause = join(dir, 'rules/clauses/gi-product.json');
    writeFileSync(clause, '\uFEFF' + readFileSync(clause, 'utf8'));
    const clean = spawnSync(process.execPath, [CLI, 'lint', join(dir, 'rules'), '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(clean.status).toBe(0);
    writeFileSync(clause, readFileSync(clause, 'utf8').replace('"id": "gi-product",', '"id": "gi-product", "id": "gi-product",'));
    const dup = spawnSync(process.execPath, [CLI, 'lint', join(dir, 'rules'), '--lang', 'en'], { cwd: dir, encoding: 'utf8' });
    expect(dup.status).not.toBe(0);
    expect(dup.stdout + dup.stderr).toContain('duplicate-key');
  });
});
