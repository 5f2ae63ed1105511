import type { Command } from 'commander';
import { cliBoth, cliWording } from './cli-wording.js';
import { NATURE as ZH_NATURE } from '../locales/zh/describe.js';
import { valueLabel, type Vocabulary } from '../schema/vocabulary.js';
import type { Clause } from '../schema/clause.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { renderTable } from './format-table.js';
import { parseLang } from './options.js';
import { loadRuleFiles } from './policy-source.js';
import { printUsage } from './usage-message.js';

/** The clauses as a list a policy officer or a form can use: article, id, title, nature, applicants. */
export interface ClauseSummary {
  article: string;
  id: string;
  part: Clause['part'];
  title: Clause['title'];
  nature: Clause['nature'];
  applicants: Clause['applicants'];
}

/** `1.5` before `1.10` before `2.1`: articles compared number by number. */
function byArticle(a: { article: string }, b: { article: string }): number {
  const x = a.article.split('.').map(Number);
  const y = b.article.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export function clauseSummaries(clauses: readonly Clause[]): ClauseSummary[] {
  return clauses
    .map((c) => ({ article: c.article, id: c.id, part: c.part, title: { zh: c.title.zh, en: c.title.en }, nature: c.nature, applicants: [...c.applicants] }))
    .sort(byArticle);
}

/** In Chinese the kinds are the vocabulary's labels; in English their codes, which read as words. */
export function clausesTable(list: readonly ClauseSummary[], lang: Lang, vocabulary: Vocabulary): string {
  const rows = [[...cliWording(lang).clausesHead]];
  for (const c of list) {
    const nature = lang === 'zh' ? ZH_NATURE[c.nature] : c.nature;
    const applicants = lang === 'zh' ? c.applicants.map((k) => valueLabel(vocabulary, 'applicant', 'kind', k)?.zh ?? k).join('、') : c.applicants.join(', ');
    rows.push([c.article, c.id, c.title[lang], nature, applicants]);
  }
  return renderTable(rows);
}

export function registerClauses(program: Command): void {
  program
    .command('clauses')
    .description('list the clauses: article, id, title, nature, applicants | 列出全部条款')
    .option('--format <format>', 'table | json', 'table')
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .option('--rules <dir>', "rules directory (policy.json, clauses/, guidelines/) instead of the package's own")
    .action((opts: { format: string; lang: Lang; rules?: string }) => {
      if (opts.format !== 'table' && opts.format !== 'json') {
        printUsage(
          cliBoth((w) => w.unknownOption({ option: '--format', value: opts.format, allowed: ['table', 'json'] })),
          opts.lang,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      const loaded = loadRuleFiles(opts.rules);
      if (!loaded.ok) {
        printIssues(loaded.issues, opts.lang);
        process.exitCode = EXIT.usage;
        return;
      }
      const list = clauseSummaries(loaded.rules.clauses);
      process.stdout.write(opts.format === 'json' ? JSON.stringify(list, null, 2) + '\n' : clausesTable(list, opts.lang, loaded.rules.vocabulary) + '\n');
      process.exitCode = EXIT.decided;
    });
}
