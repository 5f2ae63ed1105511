import type { Command } from 'commander';
import { cliBoth, cliWording } from './cli-wording.js';
import { applyGuideline, policyClauses } from '../rules/apply-guideline.js';
import { diffYears, type GuidelineDiff, type YearView } from '../rules/diff.js';
import { enFigures } from '../locales/en/issues.js';
import { zhFigures } from '../locales/zh/issues.js';
import { makeIssue } from '../locales/issue.js';
import { parseWith, type ValidatedRules } from '../rules/load-rules.js';
import { validateRules } from '../api/rules.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import { guidelineSchema } from '../schema/guideline.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { renderTable } from './format-table.js';
import { readJson } from './io.js';
import { parseLang } from './options.js';
import { printUsage } from './usage-message.js';

type Side = { ok: true; view: YearView } | { ok: false; code: number };

/** `base`, a bundled year, or a guideline JSON file (a draft kept outside rules/). */
function resolveSide(arg: string, rules: ValidatedRules, lang: Lang): Side {
  if (arg === 'base') return { ok: true, view: { label: 'base', guideline: null, clauses: policyClauses(rules.clauses) } };
  let guideline;
  let file: string;
  if (/^[0-9]{4}$/.test(arg)) {
    const found = rules.guidelines.get(Number.parseInt(arg, 10));
    if (!found) {
      const years = [...rules.guidelines.keys()].sort().join(', ');
      printIssues([makeIssue('no-guideline', [], { received: arg, detail: years })], lang);
      return { ok: false, code: EXIT.usage };
    }
    ({ guideline, file } = found);
  } else {
    const read = readJson(arg);
    if (!read.ok) {
      printIssues(read.issues, lang);
      return { ok: false, code: EXIT.usage };
    }
    const parsed = parseWith(guidelineSchema, read.value, arg);
    if (!parsed.ok) {
      printIssues(parsed.issues, lang);
      return { ok: false, code: EXIT.usage };
    }
    guideline = parsed.value;
    file = arg;
  }
  const applied = applyGuideline(rules.policy, rules.clauses, guideline, file);
  if (!applied.ok) {
    printIssues(applied.issues, lang);
    return { ok: false, code: EXIT.usage };
  }
  return { ok: true, view: { label: String(guideline.year), guideline, clauses: applied.value.clauses } };
}

export function diffTable(diff: GuidelineDiff, lang: Lang): string {
  const w = lang === 'zh' ? zhFigures : enFigures;
  const rows: string[][] = [w.head];
  const v = (x: string | null) => x ?? w.none;
  for (const f of diff.frame) rows.push(['', cliWording(lang).diffGuidelineRow, w.frame(f.field), v(f.from), v(f.to), '']);
  for (const c of diff.clauses) {
    for (const ch of c.changes) {
      const head = [c.article, c.title[lang]];
      switch (ch.kind) {
        case 'figure':
          rows.push([...head, w.name(ch.name), v(ch.from), v(ch.to), w.standing[c.provenance]]);
          break;
        case 'suspended':
          rows.push([...head, w.suspended, ch.from ? ch.from[lang] : w.open, ch.to ? ch.to[lang] : w.open, '']);
          break;
        case 'conditions':
        case 'materials': {
          const what = ch.kind === 'conditions' ? w.addedConditions : w.materials;
          rows.push([...head, what, ch.removed.map((x) => x[lang]).join('; ') || w.none, ch.added.map((x) => x[lang]).join('; ') || w.none, '']);
          break;
        }
      }
    }
  }
  if (rows.length === 1) return w.noChange(diff.from, diff.to);
  return `${diff.from} → ${diff.to}\n\n${renderTable(rows)}`;
}

/** `diff`'s own exit codes (docs/cli.md): what a script asks of it is "did anything change?". */
export const DIFF_EXIT = { same: 0, different: 1, error: EXIT.usage } as const;

export function hasChanges(diff: GuidelineDiff): boolean {
  return diff.frame.length > 0 || diff.clauses.some((c) => c.changes.length > 0);
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('what changed between two guideline years (base = the policy itself) | 比较两个年度的申报指南')
    .argument('<a>', 'base, a year, or a guideline JSON file')
    .argument('<b>', 'base, a year, or a guideline JSON file')
    .option('--format <format>', 'table | json', 'table')
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .action((a: string, b: string, opts: { format: string; lang: Lang }) => {
      if (opts.format !== 'table' && opts.format !== 'json') {
        printUsage(
          cliBoth((w) => w.unknownOption({ option: '--format', value: opts.format, allowed: ['table', 'json'] })),
          opts.lang,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      const validated = validateRules(bundledRules);
      if (!validated.ok) {
        printIssues(validated.issues, opts.lang);
        process.exitCode = EXIT.usage;
        return;
      }
      const left = resolveSide(a, validated.value, opts.lang);
      if (!left.ok) return void (process.exitCode = left.code);
      const right = resolveSide(b, validated.value, opts.lang);
      if (!right.ok) return void (process.exitCode = right.code);
      const diff = diffYears(left.view, right.view);
      process.stdout.write(opts.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : diffTable(diff, opts.lang) + '\n');
      // Like diff(1): 0 the same, 1 different, 2 trouble; a script can test for change without reading the table.
      process.exitCode = hasChanges(diff) ? DIFF_EXIT.different : DIFF_EXIT.same;
    });
}
