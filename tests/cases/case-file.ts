import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { bundledRules, type GuidelineInput } from '../../src/index.js';

/*
 * The clause tables in tests/cases/<clause-id>.yaml: each case is a sentence a
 * policy officer can check against the catalogue, an application written as
 * what it changes on the file's base application, and the decision expected.
 */

export const CASES_DIR = __dirname;

const record = z.record(z.string(), z.unknown());
const MONEY = 'an amount is a quoted string with two decimals, e.g. "3000.00"';
const money = z.string({ error: MONEY }).regex(/^\d+\.\d{2}$/, MONEY);

/** Omitted: the bundled guideline of the year. `patches`: that guideline with its patches replaced (`[]`: the policy's own figures). */
const guidelineSpec = z.union([z.literal('bundled'), z.strictObject({ patches: z.array(record) })]);

const adjustment = z.string().regex(/^[a-z-]+( \d+\.\d{2} → \d+\.\d{2})?$/, 'an adjustment is its kind, optionally followed by "before → after"');

const expectedItem = z
  .strictObject({
    /** Defaults to the file's clause. */
    clause: z.string().optional(),
    subject: z.string(),
    eligible: z.boolean(),
    amount: money,
    /** The amount before any adjustment. */
    base: money.optional(),
    /** The conditions that failed; none when omitted. */
    blocking: z.array(z.string()).optional(),
    /** The adjustments in order; none when omitted. */
    adjustments: z.array(adjustment).optional(),
    subjectKey: z.string().optional(),
    formula: z.string().optional(),
    /** The table row or figure the computation used. */
    key: z.string().optional(),
    figure: z.string().optional(),
    materials: z.array(z.string()).optional(),
    /** Named figures the computation used: value, the policy's ceiling and where the value came from. */
    figures: z
      .record(z.string(), z.strictObject({ value: z.string().nullable(), ceiling: z.string().nullable(), source: z.enum(['policy', 'guideline']) }))
      .optional(),
    /** Named conditions: whether each passed, the values compared, and (in English) why it failed. */
    conditions: z
      .record(
        z.string(),
        z.strictObject({ passed: z.boolean().optional(), actual: z.unknown().optional(), expected: z.unknown().optional(), failure: z.string().optional() }),
      )
      .optional(),
    /** Other fields of the item, each compared as written. */
    also: record.optional(),
  })
  .refine((i) => i.eligible || (i.blocking?.length ?? 0) > 0, { message: 'a refusal names the conditions that failed (blocking)', path: ['blocking'] })
  .refine((i) => !i.eligible || (i.blocking?.length ?? 0) === 0, { message: 'an eligible item has no failed condition', path: ['blocking'] });

const caseSchema = z
  .strictObject({
    /** What the case shows, in a sentence a policy officer reads. */
    case: z.string().min(1),
    year: z.number().int().optional(),
    guideline: guidelineSpec.optional(),
    /** Fields merged into the base applicant; null removes one. */
    applicant: record.optional(),
    /** Fields merged into the base event. */
    event: record.optional(),
    /** The events, each written as what differs from the base event. */
    events: z.array(record).optional(),
    history: z.array(record).optional(),
    items: z.array(expectedItem).optional(),
    total: money.optional(),
    /** The clauses named by the decision's warnings, exactly. */
    warnings: z.array(z.string()).optional(),
    /** The application is refused by the schema, at exactly these paths (dot-separated). */
    rejected: z.array(z.string()).optional(),
  })
  .refine((c) => !(c.event && c.events), { message: 'give either event (a change to the base event) or events (the whole list), not both', path: ['events'] })
  .refine((c) => (c.rejected === undefined) !== (c.items === undefined), { message: 'a case expects either items or rejected paths', path: ['items'] })
  .refine((c) => c.total === undefined || c.items !== undefined, { message: 'a total goes with items', path: ['total'] });

export const caseFileSchema = z.strictObject({
  clause: z.string(),
  article: z.string(),
  year: z.number().int(),
  guideline: guidelineSpec.optional(),
  base: z.strictObject({ applicant: record, events: z.array(record).length(1), history: z.array(record).optional() }),
  cases: z.array(caseSchema).min(1),
});

export type CaseFile = z.infer<typeof caseFileSchema>;
export type Case = CaseFile['cases'][number];
export type ExpectedItem = NonNullable<Case['items']>[number];
export type GuidelineSpec = z.infer<typeof guidelineSpec>;

export interface LoadedCaseFile extends CaseFile {
  file: string;
}

/** Parses one table; a malformed one throws naming the file and the path of each problem. */
export function parseCaseFile(file: string, text: string): LoadedCaseFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new Error(`${file}: not YAML: ${(e as Error).message}`, { cause: e });
  }
  const r = caseFileSchema.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`malformed case file\n${lines.join('\n')}`);
  }
  return { ...r.data, file };
}

export function caseFileNames(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export function loadCaseFiles(): LoadedCaseFile[] {
  return caseFileNames().map((f) => parseCaseFile(`tests/cases/${f}`, readFileSync(join(CASES_DIR, f), 'utf8')));
}

function merge(base: Record<string, unknown>, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

export interface Application {
  applicant: Record<string, unknown>;
  events: Record<string, unknown>[];
  history?: Record<string, unknown>[];
}

/** The case's application: the base with the case's changes applied. */
export function applicationOf(file: CaseFile, c: Partial<Case>): Application {
  const baseEvent = file.base.events[0]!;
  const events = (c.events ?? [c.event ?? {}]).map((e) => merge(baseEvent, e));
  const history = c.history ?? file.base.history;
  return { applicant: merge(file.base.applicant, c.applicant), events, ...(history ? { history } : {}) };
}

const base2026 = bundledRules.guidelines.find((g) => g.file.endsWith('2026.json'))!.data as GuidelineInput;

/** The guideline a case is decided under, or undefined for the bundled one of the year. */
export function guidelineOf(spec: GuidelineSpec | undefined): GuidelineInput | undefined {
  if (spec === undefined || spec === 'bundled') return undefined;
  return { ...base2026, patches: spec.patches as GuidelineInput['patches'] };
}

/** The bundled 2026 guideline's patches: a case adds to them to suspend a clause. */
export const bundledPatches = (base2026.patches ?? []) as Record<string, unknown>[];
