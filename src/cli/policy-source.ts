import type { Bilingual, Issue } from '../core/issue.js';
import { cliBoth } from './cli-wording.js';
import { type Policy, safeLoadPolicy } from '../api/load-policy.js';
import { validateRules } from '../api/rules.js';
import type { RuleFiles, ValidatedRules } from '../rules/load-rules.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import { readJson } from './io.js';
import { isDirectory, readRuleDirectory } from './rules-dir.js';

/*
 * The rules and guideline a command decides with: the bundled ones, or a
 * rules directory (`--rules`, corrected clause files) and a guideline file
 * (`--guideline`, next year's draft) before they are bundled. Whatever goes
 * wrong here stops the run before anything is decided: exit 2.
 */

export interface SourceOptions {
  year?: number;
  rules?: string;
  guideline?: string;
}

export type Source = { ok: true; policy: Policy; rules: ValidatedRules } | { ok: false; issues: Issue[] };

// Built by hand, as io.ts does: the `usage` wording carries one language, these carry two.
const usageIssue = (path: string, message: Bilingual): Issue => ({ code: 'usage', path: [path], message });

/** The rule files, validated: the bundled ones or those of `--rules <dir>`. */
export function loadRuleFiles(rulesDir: string | undefined): { ok: true; files: RuleFiles; rules: ValidatedRules } | { ok: false; issues: Issue[] } {
  let files = bundledRules;
  if (rulesDir !== undefined) {
    if (!isDirectory(rulesDir))
      return {
        ok: false,
        issues: [
          usageIssue(
            'rules',
            cliBoth((w) => w.noRulesDirectory({ dir: rulesDir })),
          ),
        ],
      };
    const read = readRuleDirectory(rulesDir);
    if (read.problems.length > 0) return { ok: false, issues: read.problems };
    files = read.files;
  }
  const validated = validateRules(files);
  return validated.ok ? { ok: true, files, rules: validated.value } : validated;
}

/**
 * `year` may be left out when a guideline file is given (its own year), or
 * when `latest` is set (explain, clauses): the latest guideline of the rules.
 */
export function loadCliPolicy(opts: SourceOptions, { latest = false } = {}): Source {
  const ruleFiles = loadRuleFiles(opts.rules);
  if (!ruleFiles.ok) return ruleFiles;
  let guideline: unknown;
  if (opts.guideline !== undefined) {
    const read = readJson(opts.guideline);
    if (!read.ok) return { ok: false, issues: read.issues.map((i) => ({ ...i, file: i.file ?? opts.guideline })) };
    guideline = read.value;
  }
  let year = opts.year;
  if (year === undefined && guideline === undefined) {
    const years = [...ruleFiles.rules.guidelines.keys()];
    if (!latest || years.length === 0)
      return {
        ok: false,
        issues: [
          usageIssue(
            'year',
            cliBoth((w) => w.giveYearOrGuideline),
          ),
        ],
      };
    year = Math.max(...years);
  }
  const loaded = safeLoadPolicy({
    ...(year !== undefined ? { year } : {}),
    ...(guideline !== undefined ? { guideline: guideline as never } : {}),
    ...(opts.rules !== undefined ? { rules: ruleFiles.files } : {}),
  });
  if (!loaded.ok) return { ok: false, issues: loaded.issues.map((i) => (i.file === '(guideline)' && opts.guideline ? { ...i, file: opts.guideline } : i)) };
  return { ok: true, policy: loaded.value, rules: ruleFiles.rules };
}
