import type { Command } from 'commander';
import { cliBoth } from './cli-wording.js';
import { explain, policyReportContext } from '../api/explain.js';
import { renderHtml } from '../api/render-html.js';
import { issuesBody } from '../core/issues-body.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { decisionTable } from './format-table.js';
import { readJson } from './io.js';
import { parseLang, parseYear } from './options.js';
import { loadCliPolicy, type SourceOptions } from './policy-source.js';
import { printUsage } from './usage-message.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('decide one application (JSON file, or - for stdin) | 审核一份申报')
    .argument('<application>', 'application JSON file, or - for stdin')
    .option('--year <year>', 'guideline year, e.g. 2026 (or give --guideline)', parseYear)
    .option('--rules <dir>', "rules directory (policy.json, clauses/, guidelines/) instead of the package's own")
    .option('--guideline <file>', "a guideline JSON file (e.g. next year's draft) instead of a bundled year")
    .option('--format <format>', 'table | text | json | html', 'table')
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .action((file: string, opts: SourceOptions & { format: string; lang: Lang }) => {
      if (!['table', 'text', 'json', 'html'].includes(opts.format)) {
        printUsage(
          cliBoth((w) => w.unknownOption({ option: '--format', value: opts.format, allowed: ['table', 'text', 'json', 'html'] })),
          opts.lang,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      const loaded = loadCliPolicy(opts);
      if (!loaded.ok) {
        printIssues(loaded.issues, opts.lang);
        process.exitCode = EXIT.usage;
        return;
      }
      const input = readJson(file);
      if (!input.ok) {
        if (opts.format === 'json' && input.issues[0]?.code !== 'usage') process.stdout.write(JSON.stringify(issuesBody(input.issues), null, 2) + '\n');
        printIssues(input.issues, opts.lang);
        process.exitCode = input.issues[0]?.code === 'usage' ? EXIT.usage : EXIT.invalidInput;
        return;
      }
      const result = loaded.policy.safeEvaluate(input.value);
      if (!result.ok) {
        // A program asked for JSON: it gets the problems as JSON too, as the service sends them.
        if (opts.format === 'json') process.stdout.write(JSON.stringify(issuesBody(result.issues), null, 2) + '\n');
        printIssues(
          result.issues.map((e) => ({ ...e, file: file === '-' ? '(stdin)' : file })),
          opts.lang,
        );
        process.exitCode = EXIT.invalidInput;
        return;
      }
      // Labelled by the loaded rules' own vocabulary (a --rules directory may bring its own).
      const context = policyReportContext(loaded.policy);
      if (opts.format === 'json') process.stdout.write(JSON.stringify(result.decision, null, 2) + '\n');
      else if (opts.format === 'table') process.stdout.write(decisionTable(result.decision, opts.lang, context) + '\n');
      else if (opts.format === 'text')
        process.stdout.write(
          explain(result.decision, {
            lang: opts.lang,
            context,
            applicantName:
              result.decision.applicantId === (input.value as { applicant?: { id?: unknown } })?.applicant?.id
                ? String((input.value as { applicant: { name?: unknown } }).applicant.name ?? '') || undefined
                : undefined,
          }).text + '\n',
        );
      else process.stdout.write(renderHtml(result.decision, { lang: opts.lang, context }));
      process.exitCode = EXIT.decided;
    });
}
