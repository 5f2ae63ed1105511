// The public API: re-exports only.
export { loadPolicy, safeLoadPolicy } from './load-policy.js';
export type { EngineName, LoadOptions, Policy, SafeResult } from './load-policy.js';
export type { BatchEntry, BatchResult } from './batch.js';
export type { Adjustment, AdjustmentKind, ConditionTrace, Decision, Item, Warning } from './decision.js';
export type { Computation } from './amount.js';
export type { Figure, YearClause, YearPolicy } from './apply-guideline.js';
export { applyGuideline } from './apply-guideline.js';
export type { BudgetReport, PartBudget } from './prorate.js';
export { PolicyError, formatPath, jsonPointer } from './issues.js';
export type { Bilingual, Issue, IssueCode, PathSegment } from './issues.js';
export { validateRules } from './load-rules.js';
export type { Result, RuleFile, RuleFiles, ValidatedRules } from './load-rules.js';
export { bundledRules } from './rules.generated.js';
export {
  applicationSchema,
  lenientApplicationSchema,
  eventSchemas,
  APPLICANT_KINDS,
  COUNTIES,
  EVENT_TYPES,
} from './schemas/application.js';
export type { Application, ApplicationInput, ApplicationEvent, Applicant, EventType, HistoryEntry, UnknownFields } from './schemas/application.js';
export { clauseSchema } from './schemas/clause.js';
export type { Amount, Clause, ClauseInput } from './schemas/clause.js';
export { guidelineSchema } from './schemas/guideline.js';
export type { Guideline, GuidelineInput } from './schemas/guideline.js';
export { policySchema } from './schemas/policy.js';
export type { PolicyFile } from './schemas/policy.js';
export type { Condition, Leaf } from './schemas/condition.js';
export { parseApplication } from './validate-application.js';
export { isValidCreditCode } from './credit-code.js';
export { OPERATOR_NAMES } from './operators.js';
export { parseJsonText, stripBom } from './json-text.js';
export { explain, type Explanation, type ExplainOptions, type ExplainLang, type ItemExplanation, type ExplanationSection, type ExplanationLine, type ConditionLine, type ItemStatus } from './explain.js';
export { renderHtml, collectBatchReport, escapeHtml, type RenderHtmlOptions, type BatchLike, type BatchReportCollector, type PartTitle } from './render-html.js';
export { lintRules } from './lint.js';
export { describeClause, type DescribeInput, type DescribeLang, type DescribeWording } from './describe-clause.js';
export type { RequiredFact } from './required-facts.js';
