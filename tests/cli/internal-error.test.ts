import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, EXAMPLES, noStack, tempDir } from './run-cli.js';

/*
 * Exit 70 is the CLI's word for a bug of its own (docs/cli.md). A fault is
 * injected from outside the package, as a preload that makes renameSync
 * throw a plain TypeError (no errno code, so no I/O problem of the caller's),
 * and the CLI is run as scripts run it.
 */
function runWithBrokenRename(lang: 'zh' | 'en') {
  const dir = tempDir();
  const preload = join(dir, 'break-rename.cjs');
  writeFileSync(
    preload,
    "const fs = require('node:fs');\nfs.renameSync = () => { throw new TypeError('rename refused by the test'); };\nrequire('node:module').syncBuiltinESMExports();\n",
  );
  const outDir = join(dir, 'out');
  mkdirSync(outDir);
  const args = ['-r', preload, CLI, 'batch', join(EXAMPLES, 'applications.jsonl'), '--year', '2026', '--out', join(outDir, 'results.csv'), '--lang', lang];
  return { run: spawnSync(process.execPath, args, { encoding: 'utf8', cwd: dir }), outDir };
}

describe('an internal error', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`exits 70 with one line in both languages (${lang} first), no stack, and leaves no output or temporary file`, () => {
      const { run, outDir } = runWithBrokenRename(lang);
      expect(run.status).toBe(70);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      const zh = '内部错误（程序缺陷，请连同命令行一并报告）：rename refused by the test';
      const en = 'internal error (a bug; please report it with the command line): rename refused by the test';
      expect(lines[0]!.split(' ｜ ')).toEqual(lang === 'zh' ? [zh, en] : [en, zh]);
      expect(noStack(run.stderr)).toBe(true);
      expect(readdirSync(outDir)).toEqual([]);
    });
  }
});
