import * as z from 'zod';
import type { Bilingual } from '../core/issue.js';
import type { SchemaWording } from '../locales/schema-wording.js';
import { schemaEn } from '../locales/en/schema.js';
import { schemaZh } from '../locales/zh/schema.js';
import { applicationSchemas, refusedEventSchema } from './application.js';
import { clauseSchema } from './clause.js';
import { budgetReportSchema, decisionSchema, issuesBodySchema } from './decision.js';
import { guidelineSchema } from './guideline.js';
import { onOrBeforePattern } from './date-pattern.js';
import { type PolicyFile, policySchema } from './policy.js';
import type { FieldRecord, Vocabulary, VocabularyField } from './vocabulary.js';

/*
 * JSON Schemas generated from the zod schemas the library validates and
 * decides with, never written by hand, for three readers: JSON Schema
 * draft-07 (most Java and .NET generators), 2020-12 (what OpenAPI 3.1 embeds)
 * and OpenAPI 3.0 (older generators). zod writes the shapes; this module adds
 * from the vocabulary what zod cannot say: the discriminator on an event's
 * `type`, the requirements that depend on another field (`requiredWhen`),
 * the event field the policy's transition requires for early events
 * (`predecessor`), and the zh/en labels as titles.
 */

export type SchemaTarget = 'draft-07' | '2020-12' | 'openapi-3.0';
export const SCHEMA_TARGETS: readonly SchemaTarget[] = ['draft-07', '2020-12', 'openapi-3.0'];

/** The schemas served by name (GET /v1/schemas/{name}, `heyuan-ip schema`). */
export const SCHEMA_NAMES = ['application', 'decision', 'budget', 'issues', 'clause', 'guideline', 'policy'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

type Json = Record<string, unknown>;

const ZOD_TARGET = { 'draft-07': 'draft-7', '2020-12': 'draft-2020-12', 'openapi-3.0': 'openapi-3.0' } as const;

const OTHERS: Record<Exclude<SchemaName, 'application'>, { schema: z.ZodType; io: 'input' | 'output'; title: Bilingual }> = {
  decision: { schema: decisionSchema, io: 'output', title: { en: 'Decision', zh: '审核结果' } },
  budget: { schema: budgetReportSchema, io: 'output', title: { en: 'Budget proration of a batch', zh: '批量审核预算分配' } },
  issues: { schema: issuesBodySchema, io: 'output', title: { en: 'Problems with a request', zh: '请求问题清单' } },
  clause: { schema: clauseSchema, io: 'input', title: { en: 'heyuan-ip-policy clause file (rules/clauses/<id>.json)', zh: '条款规则文件' } },
  guideline: { schema: guidelineSchema, io: 'input', title: { en: 'heyuan-ip-policy guideline file (rules/guidelines/<year>.json)', zh: '年度申报指南文件' } },
  policy: { schema: policySchema, io: 'input', title: { en: 'heyuan-ip-policy policy file (rules/policy.json)', zh: '政策总则文件' } },
};

const titleOf = (b: Bilingual) => `${b.en} | ${b.zh}`;
/** A requirement said in words, English first like a title. */
const inBoth = (word: (w: SchemaWording) => string) => titleOf({ en: word(schemaEn), zh: word(schemaZh) });

/** The policy's transition from the one it replaces: which event field early events must carry, and up to which day. */
export type Transition = Pick<NonNullable<PolicyFile['predecessor']>, 'expired' | 'field'>;

/**
 * One schema for one target, as a self-contained document. `vocabulary` is
 * the policy's (the application schema is built from it); `transition`, the
 * policy's `predecessor`, if it has one. Refinements no JSON Schema can state
 * (credit-code check digits, real calendar dates) are still checked by the
 * library.
 */
export function jsonSchemaFor(name: SchemaName, target: SchemaTarget, vocabulary: Vocabulary, transition?: Transition): Json {
  if (name === 'application') {
    const generated = z.toJSONSchema(applicationSchemas(vocabulary).strict.applicationSchema, {
      target: ZOD_TARGET[target],
      io: 'input',
      unrepresentable: 'any',
    }) as Json;
    decorateApplication(generated, target, vocabulary, transition);
    const { $schema, ...rest } = generated;
    return { ...($schema === undefined ? {} : { $schema }), title: titleOf({ en: 'heyuan-ip-policy application', zh: '知识产权专项资金申报数据' }), ...rest };
  }
  const src = OTHERS[name];
  const { $schema, ...rest } = z.toJSONSchema(src.schema, { target: ZOD_TARGET[target], io: src.io, unrepresentable: 'any' }) as Json;
  return { ...($schema === undefined ? {} : { $schema }), title: titleOf(src.title), ...rest };
}

/** Each property titled with its vocabulary label; each field required only when another has some value, as if/then (not in OpenAPI 3.0: there, words). */
function decorateObject(schema: Json, fields: Readonly<Record<string, VocabularyField>>, target: SchemaTarget, transition?: Transition): void {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  for (const [name, f] of Object.entries(fields)) if (props[name]) props[name]!.title = titleOf(f.label);
  const conditions: Json[] = [];
  const words: string[] = [];
  if (transition && props[transition.field] && props.date) {
    const { field, expired } = transition;
    conditions.push({ if: { properties: { date: { pattern: onOrBeforePattern(expired) } }, required: ['date'] }, then: { required: [field] } });
    words.push(inBoth((w) => w.requiredUntil({ field, expired })));
  }
  for (const [name, f] of Object.entries(fields)) {
    const when = f.requiredWhen;
    if (!when) continue;
    const values = 'in' in when ? when.in : when.notIn;
    const match = values.length === 1 ? { const: values[0] } : { enum: values };
    conditions.push({ if: { properties: { [when.field]: 'in' in when ? match : { not: match } }, required: [when.field] }, then: { required: [name] } });
    words.push(inBoth((w) => w.requiredWhen({ field: name, when: when.field, negated: !('in' in when), values })));
  }
  if (words.length > 0) schema.description = words.join('; ');
  if (conditions.length > 0 && target !== 'openapi-3.0') schema.allOf = conditions;
}

function decorateApplication(doc: Json, target: SchemaTarget, vocabulary: Vocabulary, transition: Transition | undefined): void {
  const props = doc.properties as Record<string, Json>;
  const applicant = props.applicant!;
  applicant.title = titleOf(vocabulary.applicant.label);
  decorateObject(applicant, vocabulary.applicant.fields, target);
  const history = (props.history!.items ?? {}) as Json;
  history.title = titleOf(vocabulary.history.label);
  decorateObject(history, vocabulary.history.fields, target);
  const events = props.events!.items as Json;
  // zod writes the union as oneOf; the discriminator tells generators to make one class per event type.
  events.discriminator = { propertyName: 'type' };
  for (const branch of events.oneOf as Json[]) {
    // OpenAPI 3.0 has no `const`: zod writes the type there as a one-value enum.
    const tag = (branch.properties as Record<string, Json>).type!;
    const type = (tag.const ?? (tag.enum as unknown[] | undefined)?.[0]) as string;
    const record: FieldRecord | undefined = vocabulary.eventTypes[type];
    if (!record) continue;
    branch.title = titleOf(record.label);
    decorateObject(branch, { ...vocabulary.event.fields, ...record.fields }, target, transition);
  }
  // The library accepts an event of a refused type and lists it as excluded: a client validating with the schema must accept it too.
  for (const [type, refused] of Object.entries(vocabulary.refusedEventTypes)) {
    const { $schema: _s, ...branch } = z.toJSONSchema(refusedEventSchema(vocabulary, type), {
      target: ZOD_TARGET[target],
      io: 'input',
      unrepresentable: 'any',
    }) as Json;
    decorateObject(branch, vocabulary.event.fields, target);
    branch.title = titleOf(refused.label);
    branch.description = inBoth((w) => w.refusedEventType(refused));
    (events.oneOf as Json[]).push(branch);
  }
}
