import type { Decision } from '../engine/decision.js';
import { bundledVocabulary } from '../heyuan/application.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import * as report from '../report/explain.js';
import type { Explanation, ExplainOptions } from '../report/explain.js';
import { type ReportContext, reportContext } from '../report/labels.js';

// The report layer knows no policy: the public explain hands it the bundled
// policy's vocabulary and clauses, so labels replace codes.

let bundled: ReportContext | undefined;

/** Labels and clause facts of the bundled rules, made once. */
export function bundledReportContext(): ReportContext {
  bundled ??= reportContext({ vocabulary: bundledVocabulary, clauses: bundledRules.clauses, policy: bundledRules.policy });
  return bundled;
}

/**
 * Explains a Decision in one language.
 *
 * @example
 * const d = loadPolicy({ year: 2026 }).evaluateSync(application);
 * console.log(explain(d, { lang: 'en' }).text);
 */
export function explain(decision: Decision, options: ExplainOptions): Explanation {
  return report.explain(decision, options.context ? options : { ...options, context: bundledReportContext() });
}
