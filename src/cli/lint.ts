import { type Issue, jsonPointer } from '../core/issue.js';
import { cliWording } from './cli-wording.js';
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
        process.stderr.write(`heyuan-ip lint: ${cliWording('en').noSuchDirectory({ dir })} ｜ ${cliWording('zh').noSuchDirectory({ dir })}\n`);
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
        process.stderr.write(`${cliWording('en').lintProblems({ count: problems.length })} ｜ ${cliWording('zh').lintProblems({ count: problems.length })}\n`);
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
      // The language shown first names the directory; the second repeats only the counts.
      const other = opts.lang === 'zh' ? 'en' : 'zh';
      const first = cliWording(opts.lang).lintPassed({ at: shownPath(dir), clauses: n, years });
      process.stdout.write(`${first} ｜ ${cliWording(other).lintPassed({ at: null, clauses: n, years })}\n`);
      process.exitCode = EXIT.decided;
    });
}
