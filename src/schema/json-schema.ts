import * as z from 'zod';
import { applicationSchema, EVENT_TYPES } from '../schemas/application.js';
import { clauseSchema } from '../schemas/clause.js';
import { guidelineSchema } from '../schemas/guideline.js';
import { policySchema } from '../schemas/policy.js';
import { budgetReportSchema, decisionSchema, issuesBodySchema } from './decision.js';

/*
 * JSON Schemas generated from the zod schemas the library validates and
 * decides with, never written by hand, for three readers: JSON Schema
 * draft-07 (most Java and .NET generators), 2020-12 (what OpenAPI 3.1 embeds)
 * and OpenAPI 3.0 (older generators). zod writes the shapes; this module adds
 * what zod cannot say: the discriminator on an event's `type`, the
 * requirements that depend on another field, and the zh/en titles.
 */

export type SchemaTarget = 'draft-07' | '2020-12' | 'openapi-3.0';
export const SCHEMA_TARGETS: readonly SchemaTarget[] = ['draft-07', '2020-12', 'openapi-3.0'];

/** The schemas served by name (GET /v1/schemas/{name}, `heyuan-ip schema`). */
export const SCHEMA_NAMES = ['application', 'decision', 'budget', 'issues', 'clause', 'guideline', 'policy'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

type Json = Record<string, unknown>;
type Bilingual = { zh: string; en: string };

/** Which clauses pay for each event type: the zh/en titles an event's schema is labelled with. */
export type EventLabels = ReadonlyMap<string, readonly Bilingual[]>;

export function eventLabels(clauses: readonly { clause: { subject: string; title: Bilingual } }[]): EventLabels {
  const out = new Map<string, Bilingual[]>();
  for (const { clause } of clauses) {
    const list = out.get(clause.subject) ?? [];
    list.push(clause.title);
    out.set(clause.subject, list);
  }
  return out;
}

const ZOD_TARGET = { 'draft-07': 'draft-7', '2020-12': 'draft-2020-12', 'openapi-3.0': 'openapi-3.0' } as const;

const SOURCES: Record<SchemaName, { schema: z.ZodType; io: 'input' | 'output'; title: Bilingual }> = {
  application: { schema: applicationSchema, io: 'input', title: { en: 'heyuan-ip-policy application', zh: '知识产权专项资金申报数据' } },
  decision: { schema: decisionSchema, io: 'output', title: { en: 'Decision', zh: '审核结果' } },
  budget: { schema: budgetReportSchema, io: 'output', title: { en: 'Budget proration of a batch', zh: '批量审核预算分配' } },
  issues: { schema: issuesBodySchema, io: 'output', title: { en: 'Problems with a request', zh: '请求问题清单' } },
  clause: { schema: clauseSchema, io: 'input', title: { en: 'heyuan-ip-policy clause file (rules/clauses/<id>.json)', zh: '条款规则文件' } },
  guideline: { schema: guidelineSchema, io: 'input', title: { en: 'heyuan-ip-policy guideline file (rules/guidelines/<year>.json)', zh: '年度申报指南文件' } },
  policy: { schema: policySchema, io: 'input', title: { en: 'heyuan-ip-policy policy file (rules/policy.json)', zh: '政策总则文件' } },
};

const titleOf = (b: Bilingual) => `${b.en} | ${b.zh}`;

/**
 * One schema for one target, as a self-contained document. Refinements no
 * JSON Schema can state (credit-code check digits, real calendar dates) are
 * still checked by the library.
 */
export function jsonSchemaFor(name: SchemaName, target: SchemaTarget, labels?: EventLabels): Json {
  const src = SOURCES[name];
  const generated = z.toJSONSchema(src.schema, { target: ZOD_TARGET[target], io: src.io, unrepresentable: 'any' }) as Json;
  if (name === 'application') decorateApplication(generated, target, labels);
  const { $schema, ...rest } = generated;
  return { ...($schema === undefined ? {} : { $schema }), title: titleOf(src.title), ...rest };
}

/** The root object of a generated document, following a top-level $ref into its definitions. */
export function rootOf(doc: Json): Json {
  const ref = doc.$ref;
  if (typeof ref !== 'string') return doc;
  const name = ref.split('/').pop()!;
  const defs = (doc.$defs ?? doc.definitions) as Record<string, Json>;
  return defs[name]!;
}

function decorateApplication(doc: Json, target: SchemaTarget, labels: EventLabels | undefined): void {
  const props = doc.properties as Record<string, Json>;
  const applicant = props.applicant!;
  const events = props.events!.items as Json;
  const branches = events.oneOf as Json[];
  // zod writes the union as oneOf; the discriminator tells generators to make one class per event type.
  events.discriminator = { propertyName: 'type' };
  const required = [
    { when: { kind: { not: { const: 'individual' } } }, field: 'creditCode', en: 'creditCode is required unless kind is "individual"', zh: '申报主体类型不是个人（individual）的，须填写统一社会信用代码 creditCode' },
    { when: { kind: { const: 'enterprise' } }, field: 'isSme', en: 'isSme is required when kind is "enterprise"', zh: '申报主体类型为企业（enterprise）的，须填写 isSme（是否中小企业）' },
  ];
  applicant.description = required.map((r) => `${r.en} | ${r.zh}`).join('; ');
  if (target !== 'openapi-3.0') {
    // if/then is JSON Schema (draft-07 on, so also OpenAPI 3.1); OpenAPI 3.0 has only the description.
    applicant.allOf = required.map((r) => ({ if: { properties: r.when, required: ['kind'] }, then: { required: [r.field] } }));
  }
  for (const branch of branches) {
    const bp = branch.properties as Record<string, Json>;
    const type = bp.type!.const as string;
    const payers = labels?.get(type) ?? [];
    branch.title = type;
    if (payers.length > 0) {
      branch.description = `paid under | 适用条款: ${payers.map(titleOf).join('; ')}`;
    }
    if (type === 'patent-transfer') {
      const roles = [
        { role: 'transferee', field: 'amountPaid', zh: '受让方须填写 amountPaid（实付金额）' },
        { role: 'transferor', field: 'amountReceived', zh: '转让方须填写 amountReceived（实收金额）' },
      ];
      branch.description = [branch.description, ...roles.map((r) => `${r.field} is required when role is "${r.role}" | ${r.zh}`)].filter(Boolean).join('; ');
      if (target !== 'openapi-3.0') branch.allOf = roles.map((r) => ({ if: { properties: { role: { const: r.role } }, required: ['role'] }, then: { required: [r.field] } }));
    }
  }
  // The branches in the vocabulary's order, so that generated classes come out in the catalogue's order.
  branches.sort((a, b) => EVENT_TYPES.indexOf(a.title as never) - EVENT_TYPES.indexOf(b.title as never));
}
