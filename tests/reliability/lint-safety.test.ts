import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../src/api/rules.js';
import type { RuleFiles } from '../../src/rules/load-rules.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { CLI, tempDir } from '../cli/run-cli.js';
import { ROOT } from './fixtures.js';

/*
 * Lint guards the limits of a year and its own reading. Regressions: a
 * guideline whose window ran into the next year, or without the per-applicant
 * cap, or with a higher cap than the year before, passed lint; lint followed a
 * symlink out of the rules directory and blocked for ever on a FIFO.
 */

function withGuidelines(edit: (g: Record<string, any>) => void, extra: { file: string; data: unknown }[] = []): RuleFiles {
  const rules = structuredClone(bundledRules) as RuleFiles & { guidelines: { file: string; data: Record<string, any> }[] };
  edit(rules.guidelines.find((g) => g.file.endsWith('2026.json'))!.data as Record<string, any>);
  return { ...rules, guidelines: [...rules.guidelines, ...extra] } as RuleFiles;
}

const codes = (files: RuleFiles) => lintRules(files).map((i) => `${i.code} ${i.path.join('.')}`);

describe('lint: a guideline may not loosen the year', () => {
  it('the bundled rules pass', () => {
    expect(codes(bundledRules)).toEqual([]);
  });

  it('refuses a window outside the guideline’s own year', () => {
    expect(codes(withGuidelines((g) => (g.window.to = '2027-01-15')))).toContain('window-outside-year window');
    expect(codes(withGuidelines((g) => (g.window.from = '2025-12-01')))).toContain('window-outside-year window');
    const outside = lintRules(withGuidelines((g) => (g.window.to = '2027-01-15'))).find((i) => i.code === 'window-outside-year')!;
    expect(outside.message.zh).toBe('申报窗口（2026年3月1日至2027年1月15日）须在本指南所属年度2026年内');
  });

  it('refuses a guideline that removes the per-applicant cap', () => {
    expect(codes(withGuidelines((g) => delete g.applicantCap))).toContain('applicant-cap-removed applicantCap');
    const removed = lintRules(withGuidelines((g) => delete g.applicantCap)).find((i) => i.code === 'applicant-cap-removed')!;
    expect(removed.message.zh).toBe('不得取消单个申报主体年度资助上限（每个年度申报指南均须载明）');
  });

  it('refuses a cap above the nearest earlier year’s', () => {
    const y2025 = structuredClone(bundledRules.guidelines.find((g) => g.file.endsWith('2026.json'))!.data) as Record<string, any>;
    Object.assign(y2025, {
      year: 2025,
      window: { from: '2025-03-01', to: '2025-04-30' },
      eventPeriod: { from: '2024-01-01', to: '2024-12-31' },
      applicantCap: '500000',
    });
    const found = codes(withGuidelines(() => {}, [{ file: 'rules/guidelines/2025.json', data: y2025 }]));
    expect(found).toContain('applicant-cap-raised applicantCap');
    // worded from its params in each language: the zh message has no English in it
    const raised = lintRules(withGuidelines(() => {}, [{ file: 'rules/guidelines/2025.json', data: y2025 }])).find((i) => i.code === 'applicant-cap-raised')!;
    expect(raised.params).toEqual({ received: '600000', ceiling: '500000', key: '2025' });
    expect(raised.message.zh).toBe('单个申报主体年度资助上限600000元高于2025年度申报指南的500000元；年度指南只可调低，不得调高');
    expect(raised.message.en).toBe('the per-applicant annual cap 600000 is above 500000 (the 2025 guideline): a guideline may lower it, never raise it');
    // lowering it is fine
    const lower = codes(withGuidelines((g) => (g.applicantCap = '400000'), [{ file: 'rules/guidelines/2025.json', data: y2025 }]));
    expect(lower.filter((c) => c.startsWith('applicant-cap'))).toEqual([]);
  });
});

describe.runIf(existsSync(CLI))('lint reads only regular files inside the rules directory', () => {
  function copyRules(): string {
    const dir = join(tempDir(), 'rules');
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    return dir;
  }
  const lint = (dir: string) => spawnSync(process.execPath, [CLI, 'lint', dir, '--lang', 'en'], { encoding: 'utf8', timeout: 30_000 });

  it('does not follow a symlink out of the rules directory', () => {
    const dir = copyRules();
    const outside = join(dir, '..', 'secret.json');
    cpSync(join(dir, 'clauses', 'gi-product.json'), outside);
    symlinkSync(outside, join(dir, 'clauses', 'zz-link.json'));
    const r = lint(dir);
    expect(r.status).toBe(1);
    // Each language words it whole, naming where the link leads: no Chinese tail on the English line, no English in the Chinese.
    expect(r.stdout).toContain(
      `[unsafe-rule-file] not read: ${join(dir, 'clauses', 'zz-link.json')} leads outside the rules directory (${realpathSync(outside)}) ｜ 未读取：`,
    );
    expect(r.stdout).toContain(`未读取：${join(dir, 'clauses', 'zz-link.json')} 指向规则目录之外（${realpathSync(outside)}）`);
  });

  it('does not block on a FIFO: it is reported and lint finishes', () => {
    const dir = copyRules();
    const made = spawnSync('mkfifo', [join(dir, 'clauses', 'zz-fifo.json')]);
    if (made.status !== 0) return; // no mkfifo here
    const r = lint(dir);
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /zz-fifo\.json \(root\) \[unsafe-rule-file\] not read: .* is not a regular file \(a FIFO, device or directory\) ｜ 未读取：.* 不是普通文件（命名管道、设备文件或目录）\n/,
    );
  });
});
