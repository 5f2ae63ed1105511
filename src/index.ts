// The public API: re-exports, after the import shield (src/core/import-shield.ts) and before its end.
import { endImportShield } from './core/import-shield.js';
export { loadPolicy, safeLoadPolicy } from './api/load-policy.js';
export type { EngineName, LoadOptions, Policy, SafeResult } from './api/load-policy.js';
export type { BatchEntry, BatchRejection, BatchResult, StreamSource } from './engine/batch.js';
export type { Adjustment, AdjustmentKind, ConditionTrace, Decision, Item, Warning } from './engine/decision.js';
export type { Computation } from './engine/amount.js';
export type { Figure, YearClause, YearPolicy } from './rules/apply-guideline.js';
export { applyGuideline } from './rules/apply-guideline.js';
export type { BudgetReport, PartBudget } from './engine/prorate.js';
export { PolicyError, formatPath, jsonPointer } from './locales/issue.js';
export type { Bilingual, Issue, IssueCode, PathSegment } from './locales/issue.js';
export { validateRules } from './api/rules.js';
export type { Result, RuleFile, RuleFiles, ValidatedRules } from './rules/load-rules.js';
export { bundledRules } from './heyuan/rules.generated.js';
export type { ClauseId } from './heyuan/rules.generated.js';
export { applicationSchema, lenientApplicationSchema, eventSchemas, APPLICANT_KINDS, COUNTIES, EVENT_TYPES, bundledVocabulary } from './heyuan/application.js';
export type * from './heyuan/vocabulary.generated.js';
export type { UnknownFields } from './schema/application.js';
export { vocabularySchema, fieldLabel, valueLabel, eventTypeLabel } from './schema/vocabulary.js';
export type { Vocabulary, VocabularyField } from './schema/vocabulary.js';
export { clauseSchema } from './schema/clause.js';
export type { Amount, Clause, ClauseInput } from './schema/clause.js';
export { guidelineSchema } from './schema/guideline.js';
export type { Guideline, GuidelineInput } from './schema/guideline.js';
export { policySchema } from './schema/policy.js';
export type { PolicyFile } from './schema/policy.js';
export type { Condition, Leaf } from './schema/condition.js';
export { parseApplication } from './api/parse-application.js';
export { isValidCreditCode } from './core/credit-code.js';
export { OPERATOR_NAMES } from './engine/operators.js';
export { parseJsonText, stripBom } from './schema/json-text.js';
export { explain } from './api/explain.js';
export type {
  Explanation,
  ExplainOptions,
  ExplainLang,
  ItemExplanation,
  ExplanationSection,
  ExplanationLine,
  ConditionLine,
  ItemStatus,
} from './report/explain.js';
export { renderHtml, collectBatchReport } from './api/render-html.js';
export { escapeHtml, type RenderHtmlOptions, type BatchLike, type BatchReportCollector, type PartTitle } from './report/render-html.js';
export { lintRules } from './api/rules.js';
export { describeClause, type DescribeInput } from './api/describe.js';
export type { DescribeLang, DescribeWording } from './report/describe-clause.js';
export type { RequiredFact } from './rules/required-facts.js';
export { simulate, safeSimulate, type SimulateOptions, type SimulationBase } from './api/simulate.js';
export type {
  Simulation,
  SimulationSide,
  SimulationCounts,
  SimulationRejection,
  PartImpact,
  ClauseImpact,
  ClauseFigures,
  ApplicantImpact,
  FigureImpact,
  SideTotals,
} from './engine/simulate.js';
export { renderSimulationHtml, type SimulateHtmlOptions, type SimulateLang } from './report/simulate-html.js';

// The last statement of the import: the host's Object.prototype keys are put back.
endImportShield();
