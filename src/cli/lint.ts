import { type Issue, jsonPointer } from '../core/issue.js';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { lintRules } from '../api/rules.js';
import { POLICY_FILE } from '../rules/load-rules.js';
import { EXIT, type Lang } from './exit.js';
import { parseLang } from './options.js';
import { defaultRulesDir, readRuleDirectory, shownPath } from './rules-dir.js';

/** `file /json/pointer [code] message ｜ message`: one problem per line, greppable by file and pointer. */
export function lintLine(issue: Issue, lang: Lang): string {
  const [first, second] = lang === 'zh' ? [issue.message.zh, issue.message.en] : [issue.message.en, issue.message.zh];
  // The root's pointer is the empty string; a word keeps the line's columns.
  return `${issue.file ?? '-'} ${jsonPointer(issue.path) || '(root)'} [${issue.code}] ${first} ｜ ${second}`;
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('check rule files: schema, labels, field paths, operator types, tables, guidelines | 检查规则文件')
    .argument('[rules-dir]', "rules directory holding policy.json, clauses/ and guidelines/ (default: the package's own rules)")
    .option('--lang <lang>', 'zh | en: which language comes first', parseLang, 'zh' as Lang)
    .action((dirArg: string | undefined, opts: { lang: Lang }) => {
      const dir = resolve(dirArg ?? defaultRulesDir());
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        process.stderr.write(`heyuan-ip lint: no such directory: ${dir} ｜ 目录不存在：${dir}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      const read = readRuleDirectory(dir);
      const problems: Issue[] = [...read.problems];
      const { clauses, guidelines } = read.files;
      const found = lintRules(read.files)
        // Without a readable policy.json, what is said about its stand-in is noise.
        .filter((i) => read.policyRead || i.file !== POLICY_FILE)
        .map((i) => (i.file === POLICY_FILE ? { ...i, file: read.policyFile } : i));
      problems.push(...found);

      if (problems.length > 0) {
        for (const p of problems) process.stdout.write(lintLine(p, opts.lang) + '\n');
        process.stderr.write(`${problems.length} problem(s) ｜ 共 ${problems.length} 处问题\n`);
        process.exitCode = EXIT.invalidInput;
        return;
      }
      const n = clauses.length;
      const years =
        guidelines
          .map((g) =>
            g.file
              .split('/')
              .pop()!
              .replace(/\.json$/, ''),
          )
          .join(', ') || '-';
      process.stdout.write(
        opts.lang === 'zh'
          ? `规则检查通过：${shownPath(dir)}，${n} 个条款，年度指南 ${years} ｜ lint passed: ${n} clauses, guidelines ${years}\n`
          : `lint passed: ${shownPath(dir)}, ${n} clauses, guidelines ${years} ｜ 规则检查通过：${n} 个条款，年度指南 ${years}\n`,
      );
      process.exitCode = EXIT.decided;
    });
}
