import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, EXAMPLES, noStack, ROOT, tempDir } from './run-cli.js';

/*
 * Every exit code docs/cli.md pins, and every I/O error as one line in both
 * languages with exit 2. A full and a read-only file system are small tmpfs
 * mounts when the tests run as root (CI does); otherwise those two cases are
 * skipped and a full stdout is still `> /dev/full`. A file no one may read
 * needs a user other than root: the CLI then runs as `nobody`.
 */

const root = process.getuid?.() === 0;
const NOBODY = 65534;

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { asNobody?: boolean; input?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: opts.input ?? '',
    timeout: 30_000,
    ...(opts.asNobody && root ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, both languages (the `｜` between them), the errno code named, no stack trace. */
function expectOneIoLine(r: Ran, code: string, file: string): void {
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`(${code})`);
  expect(lines[0]).toContain(`（${code}）`);
  expect(lines[0]).toContain('｜');
  expect(lines[0]).toContain(file);
  expect(noStack(r.stderr)).toBe(true);
}

const example = join(EXAMPLES, '01-enterprise.json');
const csv = join(EXAMPLES, 'applications.csv');
let dir = '';
const mounts: string[] = [];

function tryMount(target: string, options: string): boolean {
  if (!root) return false;
  mkdirSync(target, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target]);
  if (r.status !== 0) return false;
  mounts.push(target);
  return true;
}

let full = false;
let readOnly = false;

beforeAll(() => {
  dir = tempDir();
  full = tryMount(join(dir, 'full'), 'size=16k');
  readOnly = tryMount(join(dir, 'ro'), 'size=16k,ro');
});

afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
  rmSync(dir, { recursive: true, force: true });
});

describe.runIf(existsSync(CLI))('exit codes (docs/cli.md)', () => {
  it('0: decided', () => {
    const r = run(['check', example, '--year', '2026', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe('144000.00');
  });

  it('1: an application rejected, the field named', () => {
    const bad = JSON.parse(readFileSync(example, 'utf8'));
    bad.events[0].interestPaid = 180000;
    const r = run(['check', '-', '--year', '2026', '--lang', 'en'], { input: JSON.stringify(bad) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/events\[\d\]\.interestPaid/);
  });

  it('2: an unknown option, a year with no guideline, check without --year or --guideline', () => {
    expect(run(['check', example, '--year', '2026', '--nope']).status).toBe(2);
    expect(run(['check', example, '--year', '2031']).status).toBe(2);
    const r = run(['check', example, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('give --year <year> or --guideline <file>');
  });

  it('--version prints the package version and exits 0', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-V']) {
      const r = run([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  describe('diff: 0 the same, 1 different, 2 error', () => {
    it('0 when both sides are the same', () => {
      const r = run(['diff', '2026', '2026']);
      expect(r.status).toBe(0);
    });
    it('1 when they differ, the table still printed', () => {
      const r = run(['diff', 'base', '2026', '--lang', 'en']);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('base → 2026');
    });
    it('2 for a year with no guideline, a missing file, an invalid guideline file or an unknown format', () => {
      expect(run(['diff', 'base', '2031']).status).toBe(2);
      expect(run(['diff', 'base', join(dir, 'missing.json')]).status).toBe(2);
      const invalid = join(dir, 'invalid-guideline.json');
      writeFileSync(invalid, JSON.stringify({ year: 2027 }));
      expect(run(['diff', 'base', invalid]).status).toBe(2);
      expect(run(['diff', 'base', '2026', '--format', 'xml']).status).toBe(2);
    });
  });
});

describe.runIf(existsSync(CLI))('I/O errors: one line in both languages, exit 2', () => {
  it('EPIPE: `batch … | head -1` ends quietly with exit 0', () => {
    const errFile = join(dir, 'epipe.stderr');
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${CLI}" batch "${csv}" --year 2026 2>"${errFile}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stdout.trim()).toBe('0');
    // The rejections of examples/applications.csv would be on stderr: it has none, so anything here is the EPIPE.
    expect(readFileSync(errFile, 'utf8')).not.toMatch(/EPIPE|internal error/);
  });

  it('ENOENT: an input that does not exist (check, batch, --rules, --guideline)', () => {
    const missing = join(dir, 'no-such.json');
    let r = run(['check', missing, '--year', '2026', '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'ENOENT', missing);
    r = run(['batch', join(dir, 'no-such.csv'), '--year', '2026', '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'ENOENT', 'no-such.csv');
    r = run(['check', example, '--year', '2026', '--guideline', missing, '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'ENOENT', missing);
    r = run(['check', example, '--year', '2026', '--rules', join(dir, 'no-rules'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such directory');
  });

  it('EISDIR: a directory given as the input, or where the output should go', () => {
    let r = run(['check', EXAMPLES, '--year', '2026', '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'EISDIR', EXAMPLES);
    const outDir = join(dir, 'taken.jsonl');
    mkdirSync(outDir, { recursive: true });
    r = run(['batch', csv, '--year', '2026', '--out', outDir, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toContain('(EISDIR)');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.runIf(root)('EACCES: an input no one may read, an output directory no one may write (run as nobody)', () => {
    const locked = join(dir, 'locked.csv');
    copyFileSync(csv, locked);
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    let r = run(['batch', locked, '--year', '2026', '--lang', 'en'], { asNobody: true });
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'EACCES', locked);
    const lockedJson = join(dir, 'locked.json');
    copyFileSync(example, lockedJson);
    chmodSync(lockedJson, 0o000);
    r = run(['check', lockedJson, '--year', '2026', '--lang', 'en'], { asNobody: true });
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'EACCES', lockedJson);
    const out = join(dir, 'results.jsonl');
    r = run(['batch', csv, '--year', '2026', '--out', out, '--lang', 'en'], { asNobody: true });
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'EACCES', out);
    expect(existsSync(out)).toBe(false);
  });

  it('ENOSPC: stdout on a full device (`> /dev/full`)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check "${example}" --year 2026 --lang en > /dev/full`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'ENOSPC', '(stdout)');
  });

  it('ENOSPC: --out on a full file system (a 16 KB tmpfs), nothing left behind', (ctx) => {
    if (!full) ctx.skip();
    const out = join(dir, 'full', 'results.jsonl');
    const r = run(['batch', csv, '--year', '2026', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'ENOSPC', out);
    expect(readdirSync(join(dir, 'full'))).toEqual([]);
  });

  it('EROFS: --out on a read-only file system', (ctx) => {
    if (!readOnly) ctx.skip();
    const out = join(dir, 'ro', 'results.csv');
    const r = run(['batch', csv, '--year', '2026', '--out', out, '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneIoLine(r, 'EROFS', out);
  });
});
