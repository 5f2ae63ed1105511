import * as z from 'zod';
import { identityKey } from '../core/identity.js';
import { hasPlainPrototype } from '../core/input-guard.js';
import type { Bilingual, PathSegment } from '../core/issue.js';
import { enumValues, eventTypeLabel, fieldLabel as vocabularyFieldLabel, valueLabel, type Vocabulary, type VocabularyField } from './vocabulary.js';
import { countSchema, creditCodeSchema, dateSchema, idSchema, patentNumberSchema, moneySchema, textSchema } from './primitives.js';

/*
 * The application schema, built from a policy's vocabulary (vocabulary.ts):
 * the engine knows only the shape every application has (an applicant, its
 * events, its history); the fields come from the data. Every object is
 * strict: a misspelt field is an error, not a silently lost condition.
 */

export const MAX_EVENTS = 10_000;
export const MAX_HISTORY = 10_000;

export type UnknownFields = 'error' | 'strip';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** An entry of `events` that is no object: checked for nothing (its own issue says what it is). */
const NOT_AN_EVENT = Object.freeze({}) as EventFacts;

/**
 * The cross-field checks (a required-when field, a count above its bound, a
 * duplicate event id, a credit code's prefix) run even where zod found other
 * problems in the same object, which by default skips them: one answer then
 * lists every problem instead of the next one appearing only after a fix.
 */
const ALWAYS = { when: () => true };

/** An optional field as the input gave it: zod's output objects inherit from Object.prototype, which a host may have polluted. */
const own = (o: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/** What a condition of presence reads: `creditCode` is required when `kind` is not `individual`. */
interface Conditional {
  field: string;
  when: string;
  values: ReadonlySet<string>;
  negate: boolean;
  /** zod's name for the type a missing value should have had, as the message words it. */
  expected: 'string' | 'boolean' | 'number' | 'array';
}

const EXPECTED: Record<VocabularyField['type'], Conditional['expected']> = {
  id: 'string',
  patentNumber: 'string',
  text: 'string',
  money: 'string',
  date: 'string',
  creditCode: 'string',
  eventType: 'string',
  enum: 'string',
  boolean: 'boolean',
  count: 'number',
  year: 'number',
  list: 'array',
};

function conditionals(fields: Readonly<Record<string, VocabularyField>>): Conditional[] {
  const out: Conditional[] = [];
  for (const [field, f] of Object.entries(fields)) {
    const w = f.requiredWhen;
    if (w === undefined) continue;
    const negate = 'notIn' in w;
    out.push({ field, when: w.field, values: new Set(negate ? w.notIn : w.in), negate, expected: EXPECTED[f.type] });
  }
  return out;
}

function missing(c: Conditional, o: Record<string, unknown>): boolean {
  const v = own(o, c.when);
  const hit = typeof v === 'string' && c.values.has(v);
  return (c.negate ? !hit : hit) && own(o, c.field) === undefined;
}

const yearSchema = z.number().int().min(1900).max(2200);

function scalar(vocabulary: Vocabulary, f: VocabularyField, eventType: string | undefined): z.ZodType {
  switch (f.type) {
    case 'id':
      return idSchema;
    case 'patentNumber':
      return patentNumberSchema;
    case 'text':
      return textSchema;
    case 'money':
      return moneySchema;
    case 'date':
      return dateSchema;
    case 'boolean':
      return z.boolean();
    case 'count':
      return countSchema;
    case 'creditCode':
      return creditCodeSchema;
    case 'year':
      return yearSchema;
    case 'eventType':
      return z.literal(eventType ?? '');
    case 'enum':
      return z.enum(Object.keys(enumValues(vocabulary, f) ?? {}) as [string, ...string[]]);
    case 'list':
      return z.array(f.of === 'date' ? dateSchema : f.of === 'patentNumber' ? patentNumberSchema : idSchema).max(f.max);
    default:
      return assertNever(f);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled field type ${JSON.stringify(x)}`);
}

function fieldSchema(vocabulary: Vocabulary, f: VocabularyField, eventType?: string): z.ZodType {
  const s = scalar(vocabulary, f, eventType);
  if ('default' in f && f.default !== undefined) return (s as z.ZodType<unknown>).default(f.default as never);
  if (f.optional === true || f.requiredWhen !== undefined) return s.optional();
  return s;
}

function shapeOf(
  vocabulary: Vocabulary,
  fields: Readonly<Record<string, VocabularyField>>,
  eventType?: string,
  omit: readonly string[] = [],
): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, f] of Object.entries(fields)) if (!omit.includes(name)) shape[name] = fieldSchema(vocabulary, f, eventType);
  return shape;
}

/** A credit code whose prefix the applicant's kind decides (a cooperative's begins with "93"). */
interface PrefixRule {
  field: string;
  when: string;
  prefixes: Readonly<Record<string, string>>;
}

function prefixRules(fields: Readonly<Record<string, VocabularyField>>): PrefixRule[] {
  const out: PrefixRule[] = [];
  for (const [field, f] of Object.entries(fields)) {
    if ('prefixWhen' in f && f.prefixWhen !== undefined) out.push({ field, when: f.prefixWhen.field, prefixes: f.prefixWhen.prefixes });
  }
  return out;
}

/** Counts bounded by another count of the same record: [field, the field it may not exceed]. */
function boundRules(fields: Readonly<Record<string, VocabularyField>>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [field, f] of Object.entries(fields)) if ('atMost' in f && f.atMost !== undefined) out.push([field, f.atMost]);
  return out;
}

/**
 * Builds the application schema from a vocabulary. `error` (the default
 * everywhere) refuses unknown fields; `strip` is the caller's explicit opt-in
 * to dropping them. Reserved keys (`__proto__`, …) are refused before either runs.
 */
export function makeApplicationSchema(vocabulary: Vocabulary, unknownFields: UnknownFields) {
  const obj = unknownFields === 'error' ? z.strictObject : z.object;

  const applicantConditionals = conditionals(vocabulary.applicant.fields);
  const applicantPrefixes = prefixRules(vocabulary.applicant.fields);
  const applicantSchema = obj(shapeOf(vocabulary, vocabulary.applicant.fields)).superRefine((a, ctx) => {
    // run beside other problems (a wrong county, say), so that one answer lists them all: only what is there is read
    if (!isRecord(a)) return;
    for (const c of applicantConditionals) {
      if (missing(c, a)) ctx.addIssue({ code: 'invalid_type', expected: c.expected, path: [c.field], message: 'required' });
    }
    for (const r of applicantPrefixes) {
      const when = own(a, r.when);
      const value = own(a, r.field);
      if (typeof when !== 'string' || !Object.prototype.hasOwnProperty.call(r.prefixes, when) || typeof value !== 'string') continue;
      const prefix = r.prefixes[when]!;
      if (!value.startsWith(prefix)) {
        const kindLabel = valueLabel(vocabulary, 'applicant', r.when, when) ?? { zh: when, en: when };
        ctx.addIssue({ code: 'custom', path: [r.field], message: 'credit-code-prefix', input: value, params: { kind: when, kindLabel, prefix } });
      }
    }
  }, ALWAYS);

  const eventSchemas: Record<string, z.ZodObject> = {};
  const eventConditionals = new Map<string, Conditional[]>();
  const eventBounds = new Map<string, Array<[string, string]>>();
  for (const [type, record] of Object.entries(vocabulary.eventTypes)) {
    eventSchemas[type] = obj({ ...shapeOf(vocabulary, vocabulary.event.fields, type, record.omit), ...shapeOf(vocabulary, record.fields) });
    const cs = conditionals(record.fields);
    if (cs.length > 0) eventConditionals.set(type, cs);
    const bs = boundRules(record.fields);
    if (bs.length > 0) eventBounds.set(type, bs);
  }

  const eventUnion = z.discriminatedUnion('type', Object.values(eventSchemas) as [z.ZodObject, ...z.ZodObject[]]);
  const historyEntrySchema = obj(shapeOf(vocabulary, vocabulary.history.fields));

  const applicationSchema = obj({
    applicant: applicantSchema,
    events: z.array(eventUnion).max(MAX_EVENTS).default([]),
    history: z.array(historyEntrySchema).max(MAX_HISTORY).default([]),
  }).superRefine((app, ctx) => {
    // run beside other problems too (an event's bad date, say): each event is read only where it is an object
    if (!isRecord(app) || !Array.isArray(app.events)) return;
    const events = (app.events as unknown[]).map((e) => (isRecord(e) ? (e as EventFacts) : NOT_AN_EVENT));
    // Duplicate ids, compared by identity ("E-1" and "E-1 " are one event): a scan for a short list, a set for a long one.
    const ids = events.map((e) => (typeof e.id === 'string' ? identityKey(e.id) : undefined));
    const seen = events.length > 16 ? new Set<string>() : undefined;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      let duplicate = false;
      if (seen) {
        duplicate = seen.has(ids[i]!);
        seen.add(ids[i]!);
      } else {
        for (let j = 0; j < i && !duplicate; j++) duplicate = ids[j] === ids[i];
      }
      if (duplicate && ids[i] !== undefined) ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: 'duplicate-event-id', input: e.id });
      const cs = eventConditionals.get(e.type);
      if (cs !== undefined) {
        for (const c of cs) {
          if (missing(c, e)) ctx.addIssue({ code: 'invalid_type', expected: c.expected, path: ['events', i, c.field], message: 'required' });
        }
      }
      const bs = eventBounds.get(e.type);
      if (bs !== undefined) {
        for (const [field, bound] of bs) {
          const v = own(e, field);
          const max = own(e, bound);
          if (typeof v === 'number' && typeof max === 'number' && v > max) {
            const fieldLabel = vocabularyFieldLabel(vocabulary, e.type, bound) ?? { zh: bound, en: bound };
            ctx.addIssue({
              code: 'custom',
              path: ['events', i, field],
              message: 'count-above-field',
              input: v,
              params: { field: bound, fieldLabel, limit: max },
            });
          }
        }
      }
    }
  }, ALWAYS);

  return { applicationSchema, applicantSchema, eventSchemas, historyEntrySchema };
}

/**
 * An event of a type no clause may pay (a patent grant), as the generated
 * JSON Schemas state it: its type, and the fields every event has, none of
 * them required. The library takes such an event out before validating the
 * rest and reads only its type and id (validate-application.ts); the fields
 * are typed so that a client generated from the schema gets a usable class,
 * and any other field is let through, as the library lets it through.
 */
export function refusedEventSchema(vocabulary: Vocabulary, type: string): z.ZodObject {
  const shape = shapeOf(vocabulary, vocabulary.event.fields, type);
  for (const name of Object.keys(shape)) if (name !== 'type') shape[name] = shape[name]!.optional();
  return z.looseObject(shape);
}

export type ApplicationSchemaSet = ReturnType<typeof makeApplicationSchema>;

/** Everything validation needs from a vocabulary, built once per vocabulary. */
export interface ApplicationSchemas {
  readonly strict: ApplicationSchemaSet;
  readonly lenient: ApplicationSchemaSet;
  readonly eventTypes: readonly string[];
  /** Types an application may not list, with the code that explains why. */
  readonly refused: Readonly<Record<string, 'patent-grant-not-subsidised'>>;
  /** The field names of each kind of object: where a null means "left out" (null-as-absent.ts). */
  readonly fieldNames: FieldNames;
  /** The vocabulary's label of a code at a path of an application (`applicant.county` = `yuancheng` → 源城区), for messages. */
  readonly codeLabel: CodeLabel;
}

/** A code's label at a path of the application given (an event's fields depend on its type); undefined where the vocabulary has none. */
export type CodeLabel = (path: readonly PathSegment[], code: string, application: unknown) => Bilingual | undefined;

function codeLabelOf(vocabulary: Vocabulary): CodeLabel {
  return (path, code, application) => {
    const [head, index, field] = path;
    if (head === 'applicant' && typeof index === 'string' && path.length === 2) return valueLabel(vocabulary, 'applicant', index, code);
    if (head === 'history' && typeof index === 'number' && typeof field === 'string' && path.length === 3)
      return valueLabel(vocabulary, 'history', field, code);
    if (head !== 'events' || typeof index !== 'number' || typeof field !== 'string' || path.length !== 3) return undefined;
    if (field === 'type') return eventTypeLabel(vocabulary, code);
    const events = (application as { events?: unknown } | null | undefined)?.events;
    const type = Array.isArray(events) ? (events[index] as { type?: unknown } | null | undefined)?.type : undefined;
    return typeof type === 'string' && Object.prototype.hasOwnProperty.call(vocabulary.eventTypes, type)
      ? valueLabel(vocabulary, type, field, code)
      : undefined;
  };
}

/**
 * The field names each kind of object in an application may have. An event's
 * names are those of every event type: a client class flattened from the
 * union sends all of them on every event.
 */
export interface FieldNames {
  readonly root: ReadonlySet<string>;
  readonly applicant: ReadonlySet<string>;
  readonly event: ReadonlySet<string>;
  readonly history: ReadonlySet<string>;
}

function fieldNamesOf(set: ApplicationSchemaSet): FieldNames {
  return {
    root: new Set(['applicant', 'events', 'history']),
    applicant: new Set(Object.keys(set.applicantSchema.shape)),
    event: new Set(Object.values(set.eventSchemas).flatMap((e) => Object.keys(e.shape))),
    history: new Set(Object.keys(set.historyEntrySchema.shape)),
  };
}

const built = new WeakMap<Vocabulary, ApplicationSchemas>();

export function applicationSchemas(vocabulary: Vocabulary): ApplicationSchemas {
  let s = built.get(vocabulary);
  if (s === undefined) {
    const refused: Record<string, 'patent-grant-not-subsidised'> = {};
    for (const [type, r] of Object.entries(vocabulary.refusedEventTypes)) refused[type] = r.code;
    const strict = makeApplicationSchema(vocabulary, 'error');
    s = {
      strict,
      lenient: makeApplicationSchema(vocabulary, 'strip'),
      fieldNames: fieldNamesOf(strict),
      eventTypes: Object.freeze(Object.keys(vocabulary.eventTypes)),
      refused: Object.freeze(refused),
      codeLabel: codeLabelOf(vocabulary),
    };
    built.set(vocabulary, s);
  }
  return s;
}

/**
 * Where an application that passed the strict schema has objects: the root,
 * the applicant, each event and each history entry (every other value is a
 * string, number, boolean or a list of strings). A test checks this list
 * against the schema's JSON Schema, so that a new nested object cannot be missed.
 */
export const OBJECT_LOCATIONS = ['', 'applicant', 'events[]', 'history[]'] as const;

/**
 * For input the strict schema accepted: every object at OBJECT_LOCATIONS has
 * Object.prototype or null as its prototype, so no field zod read can have
 * come from a prototype (given a clean Object.prototype).
 */
export function strictObjectsArePlain(input: unknown): boolean {
  const app = input as { applicant: object; events?: object[]; history?: object[] };
  if (!hasPlainPrototype(app) || !hasPlainPrototype(app.applicant)) return false;
  const { events, history } = app;
  if (events !== undefined) for (let i = 0; i < events.length; i++) if (!hasPlainPrototype(events[i])) return false;
  if (history !== undefined) for (let i = 0; i < history.length; i++) if (!hasPlainPrototype(history[i])) return false;
  return true;
}

/*
 * The engine's view of an application: the fields it reads itself, whatever
 * the policy (ENGINE_FIELDS in vocabulary.ts, checked when a vocabulary is
 * validated), and every other field as the vocabulary has it. The Heyuan
 * policy's own types are generated from its vocabulary (src/heyuan/).
 */
export interface ApplicantFacts {
  id: string;
  kind: string;
  [field: string]: unknown;
}
export interface EventFacts {
  type: string;
  id: string;
  date: string;
  higherLevelFunding: string;
  [field: string]: unknown;
}
export interface HistoryFacts {
  clause: string;
  year: number;
  subjectKey: string;
  amount: string;
  clawedBack?: boolean | undefined;
}
/** An event the application listed that no clause may pay (a patent grant): decided as excluded, not refused. */
export interface ExcludedEventFacts {
  /** Its id, or `events[i]` where it had none. */
  subject: string;
  code: 'patent-grant-not-subsidised';
}
export interface Application {
  applicant: ApplicantFacts;
  events: EventFacts[];
  history: HistoryFacts[];
  /** Set when events were excluded: each listed event's index in the input (events keep the input's order). */
  inputIndex?: number[];
  excluded?: ExcludedEventFacts[];
}
