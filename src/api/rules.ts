import type { Issue, Result } from '../core/issue.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import * as lint from '../rules/lint.js';
import * as load from '../rules/load-rules.js';
import type { RuleFiles, ValidatedRules } from '../rules/load-rules.js';

// A rule set handed in without a vocabulary file is checked against the
// bundled vocabulary, as loadPolicy decides it (docs/rule-format.md).

export function validateRules(files: RuleFiles): Result<ValidatedRules> {
  return load.validateRules(files, bundledRules.vocabulary);
}

export function lintRules(files: RuleFiles): Issue[] {
  return lint.lintRules(files, bundledRules.vocabulary);
}
