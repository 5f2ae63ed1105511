import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/run-cli.js';
import { codeNumberOf, creditCode } from '../support/golden.js';
import { sampleApplication } from './fixtures.js';

/*
 * Outputs that cannot lie. Regressions: `batch current.jsonl --out
 * applications.jsonl` with current.jsonl a symlink to applications.jsonl
 * exited 0 and the applications were gone; a failing rename of the errors
 * file left the new results beside the old errors; two batches on one --out
 * could interleave their commits; temporary files of killed runs stayed.
 */

function applicationsFile(dir: string, n = 3, name = 'applications.jsonl'): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const app = sampleApplication();
    app.applicant.id = `A-${i}`;
    app.applicant.creditCode = creditCode(codeNumberOf(`A-${i}`));
    return JSON.stringify(app);
  });
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** A process that is certainly gone: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('close', r));
  return child.pid!;
}

describe('batch --out', () => {
  it('refuses an --out that is the input through a symlink, and leaves the input intact', async () => {
    const dir = tempDir();
    const input = applicationsFile(dir);
    const before = readFileSync(input, 'utf8');
    symlinkSync(input, join(dir, 'current.jsonl'));
    const r = await cli(['batch', 'current.jsonl', '--year', '2026', '--out', 'applications.jsonl'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out must not be the input file');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses an --out in a symlinked directory that is the input', async () => {
    const dir = tempDir();
    const input = applicationsFile(dir);
    symlinkSync(dir, join(dir, 'alias'));
    const r = await cli(['batch', input, '--year', '2026', '--out', join(dir, 'alias', 'applications.jsonl')], { cwd: dir });
    expect(r.status).toBe(2);
  });

  it('a second batch on an --out whose lock is held by a live process stops at once with exit 2 and writes nothing', async () => {
    const dir = tempDir();
    applicationsFile(dir);
    writeFileSync(join(dir, 'out.jsonl.lock'), `${process.pid}\n`);
    const r = await cli(['batch', 'applications.jsonl', '--year', '2026', '--out', 'out.jsonl', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`another batch (pid ${process.pid}) is writing out.jsonl`);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
    expect(existsSync(join(dir, 'out.jsonl.lock'))).toBe(true);
  });

  it('two batches started together on one --out: one writes, the other is refused (exit 2), never a mix', async () => {
    const dir = tempDir();
    applicationsFile(dir, 300);
    const [a, b] = await Promise.all([
      cli(['batch', 'applications.jsonl', '--year', '2026', '--out', 'out.jsonl'], { cwd: dir }),
      cli(['batch', 'applications.jsonl', '--year', '2026', '--out', 'out.jsonl'], { cwd: dir }),
    ]);
    const statuses = [a.status, b.status].sort();
    // Either they overlapped (one refused) or one finished before the other started (both 0).
    expect([
      [0, 2],
      [0, 0],
    ]).toContainEqual(statuses);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n')).toHaveLength(300);
    expect(existsSync(join(dir, 'out.jsonl.lock'))).toBe(false);
  });

  it('a lock and temporary files left by a killed run are cleaned, and the run completes', async () => {
    const dir = tempDir();
    applicationsFile(dir);
    const dead = await deadPid();
    writeFileSync(join(dir, 'out.jsonl.lock'), `${dead}\n`);
    writeFileSync(join(dir, `.out.jsonl.${dead}.tmp`), 'half');
    writeFileSync(join(dir, `.out.jsonl.errors.jsonl.${dead}.tmp`), 'half');
    const r = await cli(['batch', 'applications.jsonl', '--year', '2026', '--out', 'out.jsonl'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('when the errors file cannot be committed, no results file is left beside the old errors', async () => {
    const dir = tempDir();
    applicationsFile(dir);
    writeFileSync(join(dir, 'out.jsonl'), 'OLD RESULTS\n');
    // A non-empty directory where the errors file goes: its rename fails.
    mkdirSync(join(dir, 'out.jsonl.errors.jsonl'));
    writeFileSync(join(dir, 'out.jsonl.errors.jsonl', 'keep'), 'old');
    const r = await cli(['batch', 'applications.jsonl', '--year', '2026', '--out', 'out.jsonl'], { cwd: dir });
    expect(r.status).not.toBe(0);
    expect(existsSync(join(dir, 'out.jsonl'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });
});
