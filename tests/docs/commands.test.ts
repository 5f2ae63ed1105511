import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Every command a reader of README.md or docs/*.md may copy is run, and the
 * output a document shows is compared with what the command prints
 * (docs/doc-tests.md says how blocks are read and how one is kept from running):
 * - a fenced block (untagged, sh, bash, shell or console) with `$ <command>`
 *   lines is a transcript: each command runs and the lines under it, up to the
 *   next `$` or the fence, are its output (stdout, then stderr). A line `…`
 *   stands for lines left out: the others must then appear in that order
 *   (runs of spaces compared as one, since a table excerpt keeps its rows but
 *   not its column widths); without one the output must match exactly;
 * - in such a block without `$`, every line that runs `heyuan-ip` or
 *   `node dist/cli.js` (alone, in a pipe, after `&&`) is run;
 * - a line ending in `\` continues on the next;
 * - `<!-- doc-test: skip -->` on the line before a fence keeps that block
 *   from running (a synopsis with placeholders, a command with a made-up file).
 * Commands run with bash in a scratch directory that links examples/, rules/,
 * tests/, dist/ and package.json, with `heyuan-ip` on the PATH as the built CLI.
 * A command must exit 0 or 1 (decided, or input rejected / sides differ):
 * never a usage error (2) or an internal error (70).
 */

const root = join(__dirname, '..', '..');
const cliBuilt = existsSync(join(root, 'dist', 'cli.js'));
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

const SHELL = new Set(['', 'sh', 'bash', 'shell', 'console']);
const RUNS = /(^|[|&;]\s*)(heyuan-ip|node dist\/cli\.js)\s/;
const SKIP = '<!-- doc-test: skip -->';

interface Command {
  doc: string;
  line: number;
  command: string;
  /** The output the document shows, or null when it shows none. */
  expected: string[] | null;
}

function commandsOf(doc: string): Command[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const out: Command[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    // A command continued with a trailing `\` is one command.
    const body: string[] = [];
    for (const l of lines.slice(i + 1, end)) {
      const last = body.at(-1);
      if (last !== undefined && last.endsWith('\\')) body[body.length - 1] = `${last.slice(0, -1)} ${l.trim()}`;
      else body.push(l);
    }
    const skipped = lines[i - 1]?.trim() === SKIP || (lines[i - 2]?.trim() === SKIP && lines[i - 1]!.trim() === '');
    const lang = open[1]!;
    i = end;
    if (skipped || !SHELL.has(lang)) continue;
    if (body.some((l) => l.startsWith('$ '))) {
      body.forEach((l, k) => {
        if (!l.startsWith('$ ') || !RUNS.test(l.slice(2))) return;
        let stop = k + 1;
        while (stop < body.length && !body[stop]!.startsWith('$ ')) stop++;
        out.push({ doc, line: i - body.length + k, command: l.slice(2), expected: body.slice(k + 1, stop) });
      });
    } else {
      body.forEach((l, k) => {
        if (RUNS.test(l)) out.push({ doc, line: i - body.length + k, command: l, expected: null });
      });
    }
  }
  return out;
}

/** `…` lines are gaps: the rest must appear in order. Otherwise the whole output, trailing spaces aside. */
function matches(actual: string, expected: string[]): { ok: boolean; missing?: string } {
  const got = actual.split('\n').map((l) => l.trimEnd());
  while (got.length > 0 && got.at(-1) === '') got.pop();
  const want = expected.map((l) => l.trimEnd());
  while (want.length > 0 && want.at(-1) === '') want.pop();
  if (!want.includes('…')) return got.join('\n') === want.join('\n') ? { ok: true } : { ok: false };
  // An excerpt of a table keeps its rows but not the widths the left-out rows gave its columns.
  const loose = (l: string) => l.replace(/\s+/g, ' ').trim();
  const gotLoose = got.map(loose);
  let at = 0;
  for (const line of want) {
    if (line === '…') continue;
    const found = gotLoose.indexOf(loose(line), at);
    if (found < 0) return { ok: false, missing: line };
    at = found + 1;
  }
  return { ok: true };
}

let scratch = '';
let bin = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'heyuan-doc-commands-'));
  for (const name of ['examples', 'rules', 'tests', 'dist', 'docs', 'package.json', 'node_modules']) symlinkSync(join(root, name), join(scratch, name));
  bin = join(scratch, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'heyuan-ip'), `#!/bin/sh\nexec "${process.execPath}" "${join(scratch, 'dist', 'cli.js')}" "$@"\n`);
  chmodSync(join(bin, 'heyuan-ip'), 0o755);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const all = docs.flatMap(commandsOf);

describe.runIf(cliBuilt)('the commands in README.md and docs/*.md', () => {
  it('finds the commands to run (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((c) => c.doc === 'README.md' && c.expected !== null)).toBe(true);
    expect(all.some((c) => c.doc === 'docs/cli.md')).toBe(true);
  });

  it.each(all.map((c) => [`${c.doc}:${c.line + 1} ${c.command}`, c] as const))('%s', (_, c) => {
    // `npm ci && npm run build && node dist/cli.js …`: the install and the build are this suite's own setup.
    const command = c.command.replace(/^npm ci && npm run build && /, '');
    // pipefail: `cat missing.json | heyuan-ip check -` must fail on the missing file, not pass on the CLI's exit.
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], {
      cwd: scratch,
      encoding: 'utf8',
      timeout: 60_000,
      // The CLI finds its own rules/ beside dist/: through the scratch directory's links, so paths print as in the docs.
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1', NODE_OPTIONS: '--preserve-symlinks --preserve-symlinks-main' },
    });
    expect([0, 1], `exit ${r.status}\n${r.stderr}`).toContain(r.status);
    expect(r.stderr).not.toMatch(/internal error/);
    if (c.expected !== null) {
      const m = matches(r.stdout + r.stderr, c.expected);
      if (!m.ok) {
        expect(r.stdout + r.stderr, m.missing ? `missing line: ${m.missing}` : 'the output the document shows').toBe(c.expected.join('\n'));
      }
    }
  });
});
