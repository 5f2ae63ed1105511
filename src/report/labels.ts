import type { Bilingual } from '../core/issue.js';
import { factLabelsEn } from '../locales/en/labels.js';
import { labelInSentence } from '../locales/format/label-in-sentence.js';
import type { EngineFact, FactLabelWording } from '../locales/label-wording.js';
import { factLabelsZh } from '../locales/zh/labels.js';
import * as vocab from '../schema/vocabulary.js';
import type { Vocabulary } from '../schema/vocabulary.js';

/*
 * Every display label of a field or a value a reviewer reads goes through
 * this one module, so that no output shows a code (`yuancheng`,
 * `seriousDishonesty`). The application's fields and codes are labelled by the
 * policy's vocabulary (rules/vocabulary.json), handed in by the caller: the
 * report layer knows no policy, and every user-facing path (the api's explain
 * and renderHtml, the CLI, the workbench, the service) hands in one. The facts
 * the engine builds itself (context, clause, history) are the engine's words,
 * labelled by src/locales/<lang>/labels.ts. A code with no label — any code,
 * when a caller gives no vocabulary — is returned as it is, and the no-code
 * test catches it.
 */

export type LabelLang = 'zh' | 'en';

/** `applicant`, an event type, `history`, `clause` or `context`: where a field lives. */
export type SubjectType = string;

const FACT_LABELS: Readonly<Record<LabelLang, FactLabelWording>> = { zh: factLabelsZh, en: factLabelsEn };

/** An engine fact's field, labelled by the locale; `history` is also the application's history, which the vocabulary labels first. */
function factLabel(subjectType: string, field: string, lang: LabelLang): string | undefined {
  if (subjectType !== 'context' && subjectType !== 'clause' && subjectType !== 'history') return undefined;
  const fields: Readonly<Record<string, string>> = FACT_LABELS[lang][subjectType as EngineFact];
  return Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
}

/** Where an engine fact's values are codes of the application: the clause's applicant kinds are the applicant's `kind`. */
const FACT_VALUES: Readonly<Record<string, readonly [subject: string, field: string]>> = { 'clause applicants': ['applicant', 'kind'] };

const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
const bi = (b: Bilingual | undefined, lang: LabelLang): string | undefined => (b === undefined ? undefined : lang === 'en' ? labelInSentence(b.en) : b.zh);

/** What a report needs to know of the policy: its vocabulary, clause files and policy file, as the rules give them. */
export interface ReportSources {
  vocabulary?: Vocabulary;
  clauses?: readonly { data: unknown }[];
  policy?: unknown;
}

/** The parts of a clause file a report reads. */
export interface ClauseFacts {
  subject?: string;
  amount?: { form?: string; path?: string | string[]; of?: string[]; less?: string[] };
  conditions?: unknown;
  limits?: { oncePer?: string };
}

interface PartEntry {
  id: string;
  number: number;
  title: { zh: string; en: string };
}

export interface ReportContext {
  /** A field's label, e.g. fieldLabel('applicant', 'seriousDishonesty', 'zh') → 是否列入严重失信主体名单. */
  fieldLabel(subjectType: SubjectType, field: string, lang: LabelLang): string;
  /** An enum value's label, e.g. valueLabel('award', 'level', 'silver', 'zh') → 银奖; a value that is not a code comes back as it is. */
  valueLabel(subjectType: SubjectType, field: string, value: string, lang: LabelLang): string;
  applicantKindLabel(kind: string, lang: LabelLang): string;
  countyLabel(county: string, lang: LabelLang): string;
  eventTypeLabel(type: string, lang: LabelLang): string;
  /** A part's title as the policy words it (without its number). */
  partLabel(part: string, lang: LabelLang): string;
  /** A part's number (1…5), or 0 for an unknown id. */
  partNumber(part: string): number;
  policyTitle(lang: LabelLang): string;
  /** What a reader must know once about the clauses' source and numbering, or null when the policy says nothing. */
  sourceNote(lang: LabelLang): string | null;
  clause(id: string): ClauseFacts | undefined;
  /** What a general condition compares with, when the rules take it from a fact (G8 → the events already supported under the previous policy). */
  referenceLabel(conditionId: string, lang: LabelLang): string | undefined;
  /** The event type a clause pays for (`applicant` for a clause about the applicant). */
  clauseSubjectType(id: string): SubjectType;
}

export function reportContext(sources: ReportSources): ReportContext {
  const v = sources.vocabulary;
  const clauses = new Map<string, ClauseFacts>();
  for (const c of sources.clauses ?? []) {
    const data = c.data as ClauseFacts & { id?: unknown };
    if (typeof data?.id === 'string') clauses.set(data.id, data);
  }
  const policy = sources.policy as
    { title?: Record<string, unknown>; parts?: unknown; sourceNote?: Record<string, unknown>; generalConditions?: unknown } | null | undefined;
  // A general condition's value taken from a fact: { fact, path } by condition id.
  const references = new Map<string, { fact: string; field: string }>();
  for (const g of Array.isArray(policy?.generalConditions) ? (policy.generalConditions as { id?: unknown; value?: unknown }[]) : []) {
    const value = g?.value as { fact?: unknown; path?: unknown } | null | undefined;
    if (typeof g?.id === 'string' && typeof value?.fact === 'string' && typeof value.path === 'string' && /^\$\.[A-Za-z]+$/.test(value.path))
      references.set(g.id, { fact: value.fact, field: value.path.slice(2) });
  }
  const parts: PartEntry[] = Array.isArray(policy?.parts) ? (policy.parts as PartEntry[]) : [];
  // The vocabulary would read `context` and `clause` as event types: they are the engine's alone.
  const ofVocabulary = (subjectType: string) => (subjectType === 'context' || subjectType === 'clause' ? undefined : v);
  const fieldLabel = (subjectType: string, field: string, lang: LabelLang) => {
    const of = ofVocabulary(subjectType);
    return (of ? bi(vocab.fieldLabel(of, subjectType, field), lang) : undefined) ?? factLabel(subjectType, field, lang) ?? field;
  };
  const valueLabel = (subjectType: string, field: string, value: string, lang: LabelLang): string => {
    const [s, f] = own(FACT_VALUES, `${subjectType} ${field}`) ?? [subjectType, field];
    const of = ofVocabulary(s);
    return (of ? bi(vocab.valueLabel(of, s, f, value), lang) : undefined) ?? value;
  };
  const clauseSubjectType = (id: string) => clauses.get(id)?.subject ?? 'applicant';
  return {
    fieldLabel,
    valueLabel,
    applicantKindLabel: (kind, lang) => valueLabel('applicant', 'kind', kind, lang),
    countyLabel: (county, lang) => valueLabel('applicant', 'county', county, lang),
    eventTypeLabel: (type, lang) => (v ? bi(vocab.eventTypeLabel(v, type), lang) : undefined) ?? type,
    partLabel: (part, lang) => parts.find((p) => p.id === part)?.title[lang] ?? part,
    partNumber: (part) => parts.find((p) => p.id === part)?.number ?? 0,
    policyTitle: (lang) => (typeof policy?.title?.[lang] === 'string' ? (policy.title[lang] as string) : ''),
    sourceNote: (lang) => (typeof policy?.sourceNote?.[lang] === 'string' ? (policy.sourceNote[lang] as string) : null),
    clause: (id) => clauses.get(id),
    referenceLabel: (conditionId, lang) => {
      const r = references.get(conditionId);
      const label = r === undefined ? undefined : fieldLabel(r.fact, r.field, lang);
      // a field with no label of its own (the code came back) says nothing a reader can use
      return label === undefined || label === r?.field ? undefined : label;
    },
    clauseSubjectType: (id) => (clauses.get(id)?.subject === 'applicant' ? 'applicant' : clauseSubjectType(id)),
  };
}

/** For a caller that gives no policy: the engine's facts labelled, every code of the application shown as it is. */
export const noContext: ReportContext = reportContext({});
