import * as z from 'zod';

/*
 * The Decision as a zod schema: the source of its JSON Schema and of the
 * OpenAPI document's responses, never used to parse the library's own output
 * at run time. tests/schema/decision-schema.test.ts holds it to the
 * Decision type (src/decision.ts) both ways and to real decisions.
 */

const bilingual = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'Bilingual', description: 'the same text in Chinese and English | 中英文对照文本' });

/** Money the library computed: yuan with exactly two decimals. */
export const decidedMoneySchema = z
  .string()
  .regex(/^(0|[1-9][0-9]*)\.[0-9]{2}$/)
  .meta({ id: 'DecidedMoney', description: 'yuan as a decimal string with exactly two decimals, e.g. "54000.00" | 金额（元），保留两位小数的字符串' });

const adjustment = z
  .object({
    kind: z.enum([
      'item-cap',
      'higher-level-top-up',
      'higher-level-exclusive',
      'once-only',
      'once-only-difference',
      'take-the-higher',
      'clause-cap',
      'applicant-cap',
      'budget-proration',
    ]),
    before: decidedMoneySchema,
    after: decidedMoneySchema,
    reason: bilingual,
  })
  .meta({
    id: 'Adjustment',
    title: 'Adjustment | 金额调整',
    description: "one step that changed an item's amount; replaying them from baseAmount gives amount",
  });

const conditionTrace = z
  .object({
    id: z.string().meta({ description: "G1… general conditions, C1… the clause's own, Y1… added by the guideline" }),
    source: z.enum(['general', 'clause', 'guideline']),
    label: bilingual.nullable(),
    failure: bilingual.nullable(),
    fact: z.string(),
    path: z.string(),
    operator: z.string(),
    expected: z.unknown(),
    // JSON has no undefined: a field the application left out is absent here, not null.
    actual: z.unknown().optional().meta({ description: 'the value found; absent where the application has none' }),
    passed: z.boolean(),
    blocking: z.boolean().meta({ description: 'one of the reasons the item is not eligible' }),
  })
  .meta({ id: 'ConditionTrace', title: 'Condition | 条件核验', description: 'one leaf condition with the value expected, the value found and the outcome' });

const computation = z
  .object({
    form: z.string().meta({ description: 'the amount form: fixed, byLevel, percentOf, perUnit, …' }),
    inputs: z.record(z.string(), z.union([z.string(), z.number()])),
    key: z.string().optional(),
    figure: z.string().nullable(),
    formula: z.string(),
  })
  .meta({ id: 'Computation', title: 'Computation | 计算过程' });

const figure = z
  .object({
    name: z.string(),
    value: z.string().nullable(),
    ceiling: z.string().nullable(),
    source: z.enum(['policy', 'guideline']),
  })
  .meta({ id: 'Figure', title: 'Figure | 标准数额' });

const item = z
  .object({
    clause: z.string().meta({ description: 'the clause id' }),
    article: z.string(),
    part: z.string(),
    nature: z.enum(['award', 'subsidy', 'project']),
    title: bilingual,
    subject: z.string().meta({ description: 'the event id the item pays for, or the applicant id for a clause about the applicant' }),
    subjectKey: z.string(),
    eligible: z.boolean(),
    baseAmount: decidedMoneySchema,
    amount: decidedMoneySchema,
    conditions: z.array(conditionTrace),
    adjustments: z.array(adjustment),
    computation: computation.nullable(),
    figures: z.array(figure),
    materials: z.array(bilingual),
    suspended: bilingual.nullable(),
    provenance: z.enum(['reference', 'published']),
  })
  .meta({ id: 'Item', title: 'Item | 审核事项', description: 'one clause × one subject, paid or not' });

const warning = z
  .object({
    code: z.enum(['reference-figure', 'reference-guideline', 'reference-condition']),
    clause: z.string().optional(),
    condition: z.string().optional().meta({ description: 'for reference-condition: the condition (G3, C1…) the item was refused on' }),
    message: bilingual,
  })
  .meta({ id: 'Warning', title: 'Warning | 提示' });

const excludedEvent = z
  .object({
    subject: z.string().meta({ description: "the event's id" }),
    code: z.enum(['patent-grant-not-subsidised']),
    reason: bilingual,
  })
  .meta({ id: 'ExcludedEvent', title: 'Excluded event | 不予审查的事项', description: 'an event no clause may pay, left out while the rest is decided' });

export const decisionSchema = z
  .object({
    applicantId: z.string(),
    year: z.number().int(),
    total: decidedMoneySchema,
    items: z.array(item),
    warnings: z.array(warning),
    excludedEvents: z.array(excludedEvent),
    rulesHash: z.string().meta({ description: 'identifies the exact rules and guideline that made the decision' }),
    guideline: z.object({ year: z.number().int(), hash: z.string(), provenance: z.enum(['reference', 'published']) }),
  })
  .meta({ id: 'Decision', title: 'Decision | 审核结果', description: 'which clauses apply to one application and how much each pays' });

const partBudget = z
  .object({
    part: z.string(),
    budget: decidedMoneySchema,
    requested: decidedMoneySchema,
    paid: decidedMoneySchema,
    ratio: z.string().meta({ description: 'budget ÷ requested, six decimals rounded down' }),
  })
  .meta({ id: 'PartBudget' });

export const budgetReportSchema = z
  .object({
    total: decidedMoneySchema,
    requested: decidedMoneySchema,
    paid: decidedMoneySchema,
    parts: z.array(partBudget),
  })
  .meta({ id: 'BudgetReport', title: 'Budget | 预算分配', description: 'the budget proration of a batch, per part' });

/** One problem with a request: the library's Issue as the service and `check --format json` write it. */
export const issueSchema = z
  .object({
    code: z.string(),
    path: z.array(z.union([z.string(), z.number()])),
    message: bilingual,
    params: z.record(z.string(), z.unknown()),
  })
  .meta({
    id: 'Issue',
    title: 'Issue | 问题',
    description: 'a problem with the input: a code, where, what to do in both languages, and the values the message was worded from',
  });

export const issuesBodySchema = z
  .object({
    ok: z.literal(false),
    issues: z.array(issueSchema),
  })
  .meta({ id: 'Issues', title: 'Issues | 问题清单' });
