import * as z from 'zod';
import { hasPlainPrototype } from '../input-guard.js';
import {
  countSchema,
  creditCodeSchema,
  dateSchema,
  idSchema,
  moneySchema,
  textSchema,
} from './primitives.js';

/*
 * The typed facts of an IP applicant: the one module of src/ that knows the
 * application shape. Field names are pinned by the catalogue. Every object is
 * strict: a misspelt field is an error, not a silently lost condition.
 */

export const APPLICANT_KINDS = [
  'enterprise',
  'university',
  'research-institute',
  'service-agency',
  'industry-association',
  'public-institution',
  'government-body',
  'individual',
] as const;
export const COUNTIES = [
  'yuancheng',
  'dongyuan',
  'heping',
  'longchuan',
  'zijin',
  'lianping',
  'jiangdong',
  'hitech',
  'other',
] as const;

export const MAX_EVENTS = 10_000;
export const MAX_HISTORY = 10_000;

const applicantKind = z.enum(APPLICANT_KINDS);

export type UnknownFields = 'error' | 'strip';

/** An optional field as the input gave it: zod's output objects inherit from Object.prototype, which a host may have polluted. */
const own = (o: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/**
 * Builds the application schema. `error` (the default everywhere) refuses
 * unknown fields; `strip` is the caller's explicit opt-in to dropping them.
 * Reserved keys (`__proto__`, …) are refused before either runs.
 */
export function makeApplicationSchema(unknownFields: UnknownFields) {
  const obj = unknownFields === 'error' ? z.strictObject : z.object;

  const applicantSchema = obj({
      id: idSchema,
      name: textSchema,
      kind: applicantKind,
      creditCode: creditCodeSchema.optional(),
      county: z.enum(COUNTIES),
      isSme: z.boolean().optional(),
      seriousDishonesty: z.boolean(),
      ipViolationDates: z.array(dateSchema).max(1000).default([]),
    })
    .superRefine((a, ctx) => {
      if (a.kind !== 'individual' && own(a, 'creditCode') === undefined) {
        ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['creditCode'], message: 'required' });
      }
      if (a.kind === 'enterprise' && own(a, 'isSme') === undefined) {
        ctx.addIssue({ code: 'invalid_type', expected: 'boolean', path: ['isSme'], message: 'required' });
      }
    });

  const common = {
    id: idSchema,
    date: dateSchema,
    higherLevelFunding: moneySchema.default('0'),
  };

  /** Builds one strict event object schema with its literal type. */
  function event<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
    return obj({ type: z.literal(type), ...common, ...shape });
  }

  const level3 = z.enum(['national-demonstration', 'national-pilot', 'provincial']);
  const medal = z.enum(['gold', 'silver', 'excellent']);

  const eventSchemas = {
    'high-value-patent-center': event('high-value-patent-center', {
      centerId: idSchema,
      level: z.enum(['city', 'provincial']),
      accepted: z.boolean(),
    }),
    'patent-navigation-project': event('patent-navigation-project', {
      projectId: idSchema,
      accepted: z.boolean(),
      cost: moneySchema,
    }),
    'ip-enterprise-designation': event('ip-enterprise-designation', {
      programme: z.enum(['national-demonstration', 'national-advantage', 'provincial-demonstration', 'city-demonstration']),
      stage: z.enum(['new', 'renewal']),
    }),
    'ip-management-certification': event('ip-management-certification', {
      standard: z.enum(['GB/T 29490', 'GB/T 33250', 'GB/T 33251']),
      certificateNo: textSchema.optional(),
      firstTime: z.boolean(),
    }),
    award: event('award', {
      scheme: z.enum(['china-patent-award', 'china-design-award', 'guangdong-patent-award']),
      level: medal,
      patentNumber: idSchema,
    }),
    'competition-award': event('competition-award', {
      competition: textSchema.optional(),
      rank: medal,
    }),
    'patent-transfer': event('patent-transfer', {
      role: z.enum(['transferee', 'transferor']),
      counterpartyKind: applicantKind,
      counterpartyInHeyuan: z.boolean(),
      relatedParty: z.boolean(),
      recorded: z.boolean(),
      amountPaid: moneySchema.optional(),
      amountReceived: moneySchema.optional(),
      patentNumbers: z.array(idSchema).max(1000).optional(),
    }),
    'patent-industrialization-project': event('patent-industrialization-project', {
      projectId: idSchema,
      accepted: z.boolean(),
    }),
    'patent-intensive-product': event('patent-intensive-product', {
      productId: idSchema,
      recognized: z.boolean(),
    }),
    'ip-operation-performance': event('ip-operation-performance', {
      transactions: countSchema,
      brokeredAmount: moneySchema,
    }),
    'pledge-loan': event('pledge-loan', {
      principal: moneySchema.optional(),
      interestPaid: moneySchema,
      evaluationFee: moneySchema,
      guaranteeFee: moneySchema,
      pledgeRegistered: z.boolean(),
      repaidOnSchedule: z.boolean(),
    }),
    'ip-insurance': event('ip-insurance', {
      premiumPaid: moneySchema,
      insuranceKind: textSchema.optional(),
    }),
    'ip-securitization': event('ip-securitization', {
      settled: z.boolean(),
      financingAmount: moneySchema.optional(),
      financingCost: moneySchema,
    }),
    'trademark-brand-station': event('trademark-brand-station', {
      level: z.enum(['national', 'provincial']),
    }),
    'gi-product-approved': event('gi-product-approved', {
      giName: idSchema,
    }),
    'gi-trademark-registered': event('gi-trademark-registered', {
      giName: idSchema,
      trademarkNumber: idSchema,
      markKind: z.enum(['certification', 'collective']),
    }),
    'gi-mark-authorization': event('gi-mark-authorization', {
      giName: idSchema,
      approved: z.boolean(),
    }),
    'overseas-dispute': event('overseas-dispute', {
      caseKind: z.enum(['litigation', 'us-337', 'arbitration']),
      jurisdiction: textSchema.optional(),
      closed: z.boolean(),
      outcome: z.enum(['won', 'settled', 'effective-ruling', 'lost']),
      costPaid: moneySchema,
      insurancePayout: moneySchema.default('0'),
    }),
    'rights-assistance-workstation': event('rights-assistance-workstation', {
      assessment: z.enum(['excellent', 'pass', 'fail']),
    }),
    'mediation-cases': event('mediation-cases', {
      mechanism: z.enum(['mediation', 'arbitration']),
      casesResolved: countSchema,
    }),
    notarization: event('notarization', {
      purpose: z.enum(['evidence-preservation', 'deposit']),
      feePaid: moneySchema,
    }),
    'data-ip-registration': event('data-ip-registration', {
      certificates: countSchema,
    }),
    'strong-ip-designation': event('strong-ip-designation', {
      level: level3,
      designation: z.enum(['county', 'park']),
    }),
    'gi-demo-zone': event('gi-demo-zone', {
      zoneName: idSchema,
      stage: z.enum(['national-preparation', 'national-accepted', 'provincial']),
    }),
    'public-service-outlet': event('public-service-outlet', {
      level: z.enum(['national', 'provincial']),
    }),
    'agency-established': event('agency-established', {
      patentAttorneys: countSchema,
    }),
    'talent-qualification': event('talent-qualification', {
      qualification: z.enum(['senior-title', 'associate-senior-title', 'patent-attorney']),
      employedInHeyuan: z.boolean(),
    }),
    'ip-education-school': event('ip-education-school', {
      level: level3,
    }),
  } as const;

  const eventUnion = z.discriminatedUnion(
    'type',
    Object.values(eventSchemas) as unknown as [
      (typeof eventSchemas)[keyof typeof eventSchemas],
      ...(typeof eventSchemas)[keyof typeof eventSchemas][],
    ],
  );

  const historyEntrySchema = obj({
    clause: idSchema,
    year: z.number().int().min(1900).max(2200),
    subjectKey: idSchema,
    amount: moneySchema,
    clawedBack: z.boolean().optional(),
  });

  const applicationSchema = obj({
    applicant: applicantSchema,
    events: z.array(eventUnion).max(MAX_EVENTS).default([]),
    history: z.array(historyEntrySchema).max(MAX_HISTORY).default([]),
  }).superRefine((app, ctx) => {
      const events = app.events;
      // Duplicate ids: a scan for a short list, a map for a long one (a Map per application was a measurable cost).
      const seen = events.length > 16 ? new Set<string>() : undefined;
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        let duplicate = false;
        if (seen) {
          duplicate = seen.has(e.id);
          seen.add(e.id);
        } else {
          for (let j = 0; j < i && !duplicate; j++) duplicate = events[j]!.id === e.id;
        }
        if (duplicate) ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: 'duplicate-event-id', input: e.id });
        if (e.type === 'patent-transfer') {
          if (e.role === 'transferee' && own(e, 'amountPaid') === undefined) {
            ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['events', i, 'amountPaid'], message: 'required' });
          }
          if (e.role === 'transferor' && own(e, 'amountReceived') === undefined) {
            ctx.addIssue({ code: 'invalid_type', expected: 'string', path: ['events', i, 'amountReceived'], message: 'required' });
          }
        }
      }
    });

  return { applicationSchema, applicantSchema, eventSchemas, historyEntrySchema };
}

const strict = makeApplicationSchema('error');
const lenient = makeApplicationSchema('strip');

/** The application schema, strict at every level: what `heyuan-ip schema` prints. */
export const applicationSchema = strict.applicationSchema;
export const lenientApplicationSchema = lenient.applicationSchema;
export const eventSchemas = strict.eventSchemas;

export type EventType = keyof typeof eventSchemas;
export const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

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

/** Types an application may not list, with the code that explains why. */
export const REFUSED_EVENT_TYPES: Readonly<Record<string, 'patent-grant-not-subsidised'>> = {
  'patent-grant': 'patent-grant-not-subsidised',
};

export type Application = z.output<typeof applicationSchema>;
export type ApplicationInput = z.input<typeof applicationSchema>;
export type Applicant = Application['applicant'];
export type ApplicationEvent = Application['events'][number];
export type HistoryEntry = Application['history'][number];
