import type * as z from 'zod';
import { fromPrecomputed } from '../rules/load-rules.js';
import { enumValues, type Vocabulary } from '../schema/vocabulary.js';
import { bundledPrecomputed, bundledRules } from './rules.generated.js';
import type { Application, ApplicantKind, ApplicationEvent, ApplicationInput, County, EventType } from './vocabulary.generated.js';

/*
 * The bundled policy's application schema and its code lists, built from
 * rules/vocabulary.json: what the public API has always exported under these
 * names, now read off the data.
 */
const rules = fromPrecomputed(bundledPrecomputed, bundledRules);

export const bundledVocabulary: Vocabulary = rules.vocabulary;
export const bundledApplicationSchemas = rules.application;
/** The bundled policy's transition from 河府〔2020〕35号: early events must say `predecessorFunded` (G8). */
export const bundledTransition = rules.policy.predecessor;

const codes = <T extends string>(subject: 'applicant', field: string): readonly T[] =>
  Object.freeze(Object.keys(enumValues(bundledVocabulary, bundledVocabulary[subject].fields[field]!) ?? {})) as readonly T[];

export const APPLICANT_KINDS: readonly ApplicantKind[] = codes<ApplicantKind>('applicant', 'kind');
export const COUNTIES: readonly County[] = codes<County>('applicant', 'county');
export const EVENT_TYPES: readonly EventType[] = rules.application.eventTypes as readonly EventType[];

/** The application schema, strict at every level: what `heyuan-ip schema` prints. */
export const applicationSchema = rules.application.strict.applicationSchema as unknown as z.ZodType<Application, ApplicationInput>;
export const lenientApplicationSchema = rules.application.lenient.applicationSchema as unknown as z.ZodType<Application, ApplicationInput>;
export const eventSchemas = rules.application.strict.eventSchemas as unknown as Readonly<Record<EventType, z.ZodObject>>;

export type { ApplicationEvent };
