import type { Command } from 'commander';
import { cliWording } from './cli-wording.js';
import { describeClause } from '../report/describe-clause.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { parseLang, parseYear } from './options.js';
import { loadCliPolicy, type SourceOptions } from './policy-source.js';
import { terminalText } from '../report/terminal-text.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description("a clause in words, with a year's figures | 用文字说明一个条款")
    .argument('<clause>', 'clause id or article number, e.g. pledge-loan-interest or 2.6')
    .option('--year <year>', 'guideline year (default: the latest guideline of the rules)', parseYear)
    .option('--rules <dir>', "rules directory (policy.json, clauses/, guidelines/) instead of the package's own")
    .option('--guideline <file>', "a guideline JSON file (e.g. next year's draft) instead of a bundled year")
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .action((wanted: string, opts: SourceOptions & { lang: Lang }) => {
      const loaded = loadCliPolicy(opts, { latest: true });
      if (!loaded.ok) {
        printIssues(loaded.issues, opts.lang);
        process.exitCode = EXIT.usage;
        return;
      }
      const { policy, rules } = loaded;
      // An article number (`2.6`) is what the published measures and a reviewer's form use; the id is what rule files use.
      const byArticle = policy.clauses.find((c) => c.clause.article === wanted);
      const clauseId = byArticle ? byArticle.clause.id : wanted;
      const described = describeClause(
        { policy: rules.policy, guideline: policy.guideline, clauses: policy.clauses, vocabulary: rules.vocabulary },
        clauseId,
        opts.lang,
      );
      if (!described.ok) {
        printIssues(described.issues, opts.lang);
        const known = policy.clauses.map((c) => `${c.clause.article} ${c.clause.id}`).join(', ');
        process.stderr.write(cliWording(opts.lang).validClauseIds({ known }) + '\n');
        process.exitCode = EXIT.invalidInput;
        return;
      }
      // Rule files may be a draft from anywhere (--rules): each line with its control characters shown as codes.
      process.stdout.write(described.value.map(terminalText).join('\n') + '\n');
      process.exitCode = EXIT.decided;
    });
}
