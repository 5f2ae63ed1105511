import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/cli/bounded-lines.js';
import { MAX_APPLICATION_BYTES } from '../../src/cli/io.js';
import { jsonlApplications } from '../../src/cli/jsonl-applications.js';
import { CLI, tempDir } from '../cli/run-cli.js';
import { codeNumberOf, creditCode } from '../support/golden.js';
import { sampleApplication } from './fixtures.js';

/*
 * Bytes are bounded before anything is parsed. Regressions: 50 MB of
 * token-heavy JSON ran `check` out of memory (4.5 GB, exit 134); one 80 MB
 * JSONL row killed a whole batch and left its .tmp files.
 */

const hostile = (bytes: number) => `{"x":[${'1,'.repeat(Math.floor(bytes / 2) - 4)}1]}`;

function good(id: string): string {
  const app = sampleApplication();
  app.applicant.id = id;
  app.applicant.creditCode = creditCode(codeNumberOf(id));
  return JSON.stringify(app);
}

describe('bounded lines', () => {
  it('skip a line over the bound without holding it, and keep the rest', async () => {
    const big = 'x'.repeat(1000);
    const out = [];
    for await (const l of boundedLines(Readable.from([Buffer.from(`a\r\n${big.slice(0, 300)}`), Buffer.from(`${big.slice(300)}\nb\n`)]), 100)) out.push(l);
    expect(out).toEqual([
      { line: 'a', bytes: 1 },
      { tooLong: true, bytes: 1000 },
      { line: 'b', bytes: 1 },
    ]);
  });

  it('a JSONL row over the limit is one rejected entry (too-large), before any parse', async () => {
    const text = [good('A-1'), hostile(MAX_APPLICATION_BYTES + 1000), good('A-2')].join('\n') + '\n';
    const entries = [];
    for await (const e of jsonlApplications(Readable.from([text]), 'in.jsonl')) entries.push(e);
    expect(entries.map((e) => e.issues.map((i) => i.issue.code))).toEqual([[], ['too-large'], []]);
    expect(entries.map((e) => e.locate([]).row)).toEqual([1, 2, 3]);
  });
});

describe.runIf(existsSync(CLI))('the CLI with hostile sizes', () => {
  it('check refuses a 50 MB file before reading it: exit 1, too-large, no crash', () => {
    const dir = tempDir();
    const file = join(dir, 'big.json');
    writeFileSync(file, hostile(50 * 1024 * 1024));
    const r = spawnSync(process.execPath, [CLI, 'check', file, '--year', '2026', '--lang', 'en'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[too-large]');
  });

  it('a batch with an 80 MB row: that row rejected, the others decided, no .tmp left', () => {
    const dir = tempDir();
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [good('A-1'), hostile(80 * 1024 * 1024), good('A-2')].join('\n') + '\n');
    const r = spawnSync(process.execPath, [CLI, 'batch', file, '--year', '2026', '--out', join(dir, 'out.jsonl'), '--lang', 'en'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2 decided, 1 rejected');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
