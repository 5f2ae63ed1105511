import * as z from 'zod';
import { clauseSchema } from '../schema/clause.js';
import { guidelineSchema } from '../schema/guideline.js';
import { vocabularySchema as vocabularyFileSchema } from '../schema/vocabulary.js';
import { budgetReportSchema, decisionSchema, issueSchema } from '../schema/decision.js';

/*
 * The shapes of the service's own responses (the Decision and the issues are
 * in src/schema/decision.ts), as zod schemas so that the OpenAPI document is
 * generated from them like everything else. tests/server/openapi-client.test.ts
 * holds real responses to the types generated from that document.
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });

const figure = z.object({ name: z.string(), value: z.string().nullable(), ceiling: z.string().nullable(), source: z.enum(['policy', 'guideline']) });

export const clauseSummarySchema = z
  .object({
    id: z.string(),
    article: z.string(),
    part: z.string(),
    nature: z.enum(['award', 'subsidy', 'project']),
    title: bilingual,
    applicants: z.array(z.string()),
    subject: z.string(),
    provenance: z.enum(['reference', 'published']),
    figures: z.array(figure),
    suspended: bilingual.nullable(),
  })
  .meta({ id: 'ClauseSummary', title: "Clause with this year's figures | 条款及本年度标准" });

export const clauseListSchema = z
  .object({ year: z.number().int(), clauses: z.array(clauseSummarySchema) })
  .meta({ id: 'ClauseList', title: 'Clauses of a year | 年度条款清单' });

export const clauseDetailSchema = z
  .object({
    year: z.number().int(),
    clause: clauseSchema,
    figures: z.array(figure),
    suspended: bilingual.nullable(),
    materials: z.array(bilingual),
    requiredFacts: z.array(
      z.object({ path: z.string(), fact: z.string(), rulePath: z.string(), readBy: z.array(z.enum(['condition', 'amount', 'limit', 'group', 'stacking'])) }),
    ),
    description: z.array(z.string()).meta({ description: 'the clause in words, in the language asked for (?lang=zh|en)' }),
  })
  .meta({ id: 'ClauseDetail', title: 'One clause, in full | 条款详情' });

export const guidelineResponseSchema = guidelineSchema.meta({ id: 'Guideline', title: 'Application guideline of a year | 年度申报指南' });

/** GET /v1/vocabulary: the rules' vocabulary file as validated (rules/vocabulary.json). */
export const vocabularySchema = vocabularyFileSchema.meta({
  id: 'Vocabulary',
  title: 'Fields and codes of an application, with zh/en labels | 申报数据字段与代码表',
});

export const versionSchema = z
  .object({
    version: z.string(),
    defaultYear: z.number().int(),
    rulesHash: z.string().meta({ description: 'the rules hash of the default year, as its decisions carry it' }),
    guidelines: z.array(z.object({ year: z.number().int(), rulesHash: z.string(), guidelineHash: z.string(), provenance: z.enum(['reference', 'published']) })),
  })
  .meta({ id: 'Version', title: 'Version and rules | 版本与规则' });

export const healthSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Health' });

export const validationSchema = z.object({ ok: z.boolean(), issues: z.array(issueSchema) }).meta({ id: 'Validation', title: 'Validation result | 校验结果' });

const line = z.object({ text: z.string(), tone: z.enum(['pass', 'fail', 'info', 'cut', 'todo', 'check', 'warn']) }).catchall(z.unknown());
const section = z.object({ kind: z.string(), heading: z.string(), lines: z.array(line) });

export const explanationSchema = z
  .object({
    lang: z.enum(['zh', 'en']),
    applicantId: z.string(),
    year: z.number().int(),
    total: z.string(),
    heading: z.string(),
    summary: z.string(),
    refusal: section.nullable(),
    items: z.array(
      z.object({
        clause: z.string(),
        article: z.string(),
        part: z.string(),
        nature: z.enum(['award', 'subsidy', 'project']),
        subject: z.string(),
        status: z.enum(['paid', 'reduced', 'not-paid', 'ineligible']),
        amount: z.string(),
        baseAmount: z.string(),
        heading: z.string(),
        statusText: z.string(),
        sections: z.array(section),
      }),
    ),
    warnings: section.nullable(),
    excluded: section.nullable().meta({ description: 'events no clause may pay (patent grants), left out while the rest is decided' }),
    sourceNote: z
      .string()
      .nullable()
      .meta({ description: "where the clauses come from and whose article numbers these are, said once (the policy's sourceNote)" }),
    footer: z.string(),
    text: z.string(),
  })
  .meta({ id: 'Explanation', title: 'A decision in words | 审核说明' });

/** One line of a batch's NDJSON output. */
export const batchLineSchema = z
  .union([
    z.object({ kind: z.literal('decision'), index: z.number().int(), decision: decisionSchema }),
    z.object({
      kind: z.literal('rejected'),
      index: z.number().int(),
      applicantId: z.string().nullable(),
      issues: z.array(issueSchema),
      /** Deprecated: the same list as `issues`, kept one minor version. */
      errors: z.array(issueSchema),
    }),
    z.object({ kind: z.literal('budget'), budget: budgetReportSchema }),
  ])
  .meta({ id: 'BatchLine', title: 'One line of a batch result | 批量审核结果的一行', description: 'decisions and rejections in input order, the budget last' });
