import * as z from 'zod';
import type { Bilingual } from '../core/issue.js';
import { bilingualSchema, idSchema } from './primitives.js';

/*
 * The application's vocabulary as data (rules/vocabulary.json): applicant
 * kinds, counties, event types, and every field with its type, presence and
 * zh/en labels for the field and each of its values. The application schema
 * (application.ts), the generated TypeScript types, the CSV cell kinds, the
 * lint's field check and every label a reviewer reads come from it, so a new
 * event type or field is a change of data, not of code.
 */

const codeSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,63}$/, { error: 'code' });
const valuesSchema = z.record(codeSchema, bilingualSchema).refine((v) => Object.keys(v).length > 0, { error: 'values' });

/** When a field is required only for some applicants or events: another field's value decides. */
const requiredWhenSchema = z.union([
  z.strictObject({ field: idSchema, in: z.array(codeSchema).min(1) }),
  z.strictObject({ field: idSchema, notIn: z.array(codeSchema).min(1) }),
]);

/** A credit code whose prefix another field decides: a cooperative's begins with "93" (GB 32100-2015: 9 = registered with market regulation, 3 = farmers' cooperative). */
const prefixWhenSchema = z.strictObject({ field: idSchema, prefixes: z.record(codeSchema, z.string().regex(/^[0-9A-Z]{1,4}$/)) });

const presence = {
  label: bilingualSchema,
  optional: z.literal(true).optional(),
  requiredWhen: requiredWhenSchema.optional(),
};

export const SCALAR_FIELD_TYPES = ['id', 'patentNumber', 'text', 'money', 'date', 'boolean', 'count', 'creditCode', 'year', 'eventType'] as const;
export const LIST_ITEM_TYPES = ['id', 'patentNumber', 'date'] as const;

const fieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.enum(SCALAR_FIELD_TYPES),
    ...presence,
    default: z.string().optional(),
    prefixWhen: prefixWhenSchema.optional(),
    /** A count that may not exceed another count of the same record (certificates used ≤ certificates). */
    atMost: idSchema.optional(),
  }),
  z.strictObject({ type: z.literal('enum'), values: z.union([idSchema, valuesSchema]), ...presence }),
  z.strictObject({
    type: z.literal('list'),
    of: z.enum(LIST_ITEM_TYPES),
    max: z.number().int().min(1).max(100_000),
    ...presence,
    default: z.tuple([]).optional(),
  }),
]);

const fieldsSchema = z.record(idSchema, fieldSchema);
const recordSchema = z.strictObject({ label: bilingualSchema, fields: fieldsSchema });
/** An event type; `omit` names fields every other event has that this one refuses (a pledge loan's higher-level support comes in two fields of its own). */
const eventTypeSchema = recordSchema.extend({ omit: z.array(idSchema).optional() });

export const vocabularySchema = z.strictObject({
  $comment: z.string().optional(),
  valueSets: z.record(idSchema, z.strictObject({ label: bilingualSchema, values: valuesSchema })),
  applicant: recordSchema,
  event: recordSchema,
  eventTypes: z.record(codeSchema, eventTypeSchema),
  refusedEventTypes: z.record(codeSchema, z.strictObject({ code: z.literal('patent-grant-not-subsidised'), label: bilingualSchema })),
  history: recordSchema,
});

export type Vocabulary = z.output<typeof vocabularySchema>;
export type VocabularyField = z.output<typeof fieldSchema>;
export type FieldRecord = z.output<typeof recordSchema>;

/** The fields the engine itself reads, whatever the policy: each must be in the vocabulary with this type. */
export const ENGINE_FIELDS = {
  applicant: { id: 'id', kind: 'enum', seriousDishonesty: 'boolean', ipViolationDates: 'list' },
  event: { type: 'eventType', id: 'id', date: 'date', higherLevelFunding: 'money' },
  history: { clause: 'id', year: 'year', subjectKey: 'id', amount: 'money', clawedBack: 'boolean' },
} as const;

/** A field's enum values as code → label, with a named value set looked up. */
export function enumValues(vocabulary: Vocabulary, field: VocabularyField): Readonly<Record<string, Bilingual>> | undefined {
  if (field.type !== 'enum') return undefined;
  return typeof field.values === 'string' ? vocabulary.valueSets[field.values]?.values : field.values;
}

/** The record a subject's fields live in: the applicant, or one event type (with the fields every event has). */
export function fieldOf(vocabulary: Vocabulary, subject: string, field: string): VocabularyField | undefined {
  const own = (r: FieldRecord | undefined) => (r !== undefined && Object.prototype.hasOwnProperty.call(r.fields, field) ? r.fields[field] : undefined);
  if (subject === 'applicant') return own(vocabulary.applicant);
  if (subject === 'history') return own(vocabulary.history);
  const type = Object.prototype.hasOwnProperty.call(vocabulary.eventTypes, subject) ? vocabulary.eventTypes[subject] : undefined;
  if (type?.omit?.includes(field) === true) return undefined;
  return own(vocabulary.event) ?? own(type);
}

/** A field's label for a reviewer; undefined where the vocabulary has no such field. */
export function fieldLabel(vocabulary: Vocabulary, subject: string, field: string): Bilingual | undefined {
  return fieldOf(vocabulary, subject, field)?.label;
}

/** A value's label (源城区 for `yuancheng`); undefined where the field has no such value. */
export function valueLabel(vocabulary: Vocabulary, subject: string, field: string, value: string): Bilingual | undefined {
  const f = fieldOf(vocabulary, subject, field);
  if (f === undefined) return undefined;
  if (f.type === 'eventType') return eventTypeLabel(vocabulary, value);
  const values = enumValues(vocabulary, f);
  return values !== undefined && Object.prototype.hasOwnProperty.call(values, value) ? values[value] : undefined;
}

export function eventTypeLabel(vocabulary: Vocabulary, type: string): Bilingual | undefined {
  if (Object.prototype.hasOwnProperty.call(vocabulary.eventTypes, type)) return vocabulary.eventTypes[type]!.label;
  if (Object.prototype.hasOwnProperty.call(vocabulary.refusedEventTypes, type)) return vocabulary.refusedEventTypes[type]!.label;
  return undefined;
}
