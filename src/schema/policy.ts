import * as z from 'zod';
import { leafSchema } from './condition.js';
import { bilingualSchema, dateSchema, idSchema, periodSchema, rulePathSchema } from './primitives.js';

/** rules/policy.json: what every clause inherits, and the policy's structure. */
export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  title: bilingualSchema,
  effective: periodSchema,
  provenance: z.enum(['reference', 'published']),
  /** Said once wherever clauses are shown: the text they were drawn from, and whose article numbers they carry. */
  sourceNote: bilingualSchema.optional(),
  parts: z.array(z.strictObject({ id: idSchema, number: z.number().int().min(1), title: bilingualSchema })).min(1),
  /** Leaves every clause inherits, each with an id (G1…) and a label. */
  generalConditions: z.array(leafSchema.required({ id: true, label: true })).min(1),
  /** Take-the-higher groups: within one key, only the highest item is paid. */
  groups: z
    .array(
      z.strictObject({
        id: idSchema,
        /** `applicant` (once per applicant per year) or a path on the event. */
        key: z.union([z.literal('applicant'), rulePathSchema]),
        title: bilingualSchema,
      }),
    )
    .default([]),
  /**
   * The policy this one replaces: an event dated on or before `expired` must
   * say, in the event field `field`, whether the old policy already supported
   * it (the application is refused without it); the engine lists the events
   * that say so as history's `predecessorFunded`, which a general condition refuses.
   */
  predecessor: z.strictObject({ title: bilingualSchema, expired: dateSchema, field: idSchema }).optional(),
  /** An IP violation within this many years before the window opens fails G3. */
  violationLookbackYears: z.number().int().min(0).max(20),
  /** A clawback bars the applicant for this many following years. */
  clawbackBarYears: z.number().int().min(0).max(20),
});

export type PolicyFile = z.output<typeof policySchema>;
