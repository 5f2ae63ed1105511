import type { Command } from 'commander';
import { describeClause } from '../report/describe-clause.js';
import { safeLoadPolicy } from '../api/load-policy.js';
import { validateRules } from '../api/rules.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { parseLang, parseYear } from './options.js';
import { terminalText } from '../report/terminal-text.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('a clause in words, with a year\'s figures | 用文字说明一个条款')
    .argument('<clause-id>', 'clause id, e.g. pledge-loan-interest')
    .option('--year <year>', 'guideline year (default: the latest bundled guideline)', parseYear)
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .action((clauseId: string, opts: { year?: number; lang: Lang }) => {
      const rules = validateRules(bundledRules);
      if (!rules.ok) {
        printIssues(rules.issues, opts.lang);
        process.exitCode = EXIT.usage;
        return;
      }
      const year = opts.year ?? Math.max(...rules.value.guidelines.keys());
      const loaded = safeLoadPolicy({ year });
      if (!loaded.ok) {
        printIssues(loaded.issues, opts.lang);
        process.exitCode = EXIT.usage;
        return;
      }
      const policy = loaded.value;
      const described = describeClause({ policy: rules.value.policy, guideline: policy.guideline, clauses: policy.clauses }, clauseId, opts.lang);
      if (!described.ok) {
        printIssues(described.issues, opts.lang);
        const ids = policy.clauses.map((c) => c.clause.id).join(', ');
        process.stderr.write(opts.lang === 'zh' ? `有效的条款编号：${ids}\n` : `valid clause ids: ${ids}\n`);
        process.exitCode = EXIT.invalidInput;
        return;
      }
      // Rule files may be a draft from anywhere (--rules): each line with its control characters shown as codes.
      process.stdout.write(described.value.map(terminalText).join('\n') + '\n');
      process.exitCode = EXIT.decided;
    });
}
