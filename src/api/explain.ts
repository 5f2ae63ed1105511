import type { Decision } from '../engine/decision.js';
import { bundledVocabulary } from '../heyuan/application.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import * as report from '../report/explain.js';
import type { Explanation, ExplainOptions } from '../report/explain.js';
import { type ReportContext, reportContext } from '../report/labels.js';
import { type Policy, policyInternals } from './load-policy.js';

// The report layer knows no policy: the public explain hands it the bundled
// policy's vocabulary and clauses, so labels replace codes.

let bundled: ReportContext | undefined;

/** Labels and clause facts of the bundled rules, made once. */
export function bundledReportContext(): ReportContext {
  bundled ??= reportContext({ vocabulary: bundledVocabulary, clauses: bundledRules.clauses, policy: bundledRules.policy });
  return bundled;
}

const ofPolicy = new WeakMap<Policy, ReportContext>();

/**
 * Labels and clause facts of a loaded policy: its own vocabulary, clauses and
 * policy file, so that rules read from a directory (`--rules`, `serve
 * --rules`) are labelled by their own vocabulary. The bundled policy's
 * context is the one `explain` uses by default.
 */
export function policyReportContext(policy: Policy): ReportContext {
  let c = ofPolicy.get(policy);
  if (c === undefined) {
    const { rt, vocabulary } = policyInternals(policy);
    c = reportContext({ vocabulary, clauses: rt.clauses.map((rc) => ({ data: rc.yc.clause })), policy: rt.policy });
    ofPolicy.set(policy, c);
  }
  return c;
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
