import type { Result } from '../core/issue.js';
import { bundledVocabulary } from '../heyuan/application.js';
import * as report from '../report/describe-clause.js';
import type { DescribeLang } from '../report/describe-clause.js';
import type { Vocabulary } from '../schema/vocabulary.js';

/** What `describeClause` reads; without a vocabulary, the bundled one labels kinds, event types, fields and values. */
export type DescribeInput = Omit<report.DescribeInput, 'vocabulary'> & { vocabulary?: Vocabulary };

/**
 * One clause in words under the given year's guideline: title, article, part,
 * nature, basis, who may apply, every condition, the amount with that year's
 * figures (fields and table entries by their labels), limits and stacking,
 * materials, suspension and provenance.
 *
 * @example
 * describeClause({ policy, guideline, clauses: loadPolicy({ year: 2026 }).clauses }, 'pledge-loan-interest', 'en')
 * // { ok: true, value: ['2.6 Interest subsidy for IP pledge loans (pledge-loan-interest)', …] }
 */
export function describeClause(input: DescribeInput, clauseId: string, lang: DescribeLang): Result<string[]> {
  return report.describeClause({ ...input, vocabulary: input.vocabulary ?? bundledVocabulary }, clauseId, lang);
}
