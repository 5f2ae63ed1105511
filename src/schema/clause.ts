import { CLAUSE_NATURES } from '../core/issue.js';
import * as z from 'zod';
import { amountSchema } from './amount/registry.js';
import { conditionSchema } from './condition.js';
import { bilingualSchema, countSchema, idSchema, moneySchema, rulePathSchema } from './primitives.js';

/*
 * A clause file: one clause of a policy, named by its id. The figures in it
 * are the policy's ceilings; a year's guideline may lower them.
 */

export const CLAUSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export { amountSchema, type Amount } from './amount/registry.js';

export const limitsSchema = z.strictObject({
  /**
   * Once-only: the key paid at most once (`"applicant"` or a path on the
   * event); `difference` pays only what exceeds earlier payments for the key.
   */
  oncePer: z.union([z.literal('applicant'), rulePathSchema]).optional(),
  onceMode: z.enum(['skip', 'difference']).optional(),
  /** The most one applicant may get from this clause in one guideline year. */
  clauseCap: moneySchema.optional(),
});
export type Limits = z.output<typeof limitsSchema>;

export const stackingSchema = z.strictObject({
  higherLevel: z.enum(['top-up', 'exclusive', 'independent']),
  /** The event field holding the higher-level support this clause stacks with; `$.higherLevelFunding` when omitted. */
  funding: rulePathSchema.optional(),
  group: idSchema.optional(),
});
export type Stacking = z.output<typeof stackingSchema>;

/** The event field a clause's higher-level stacking reads. */
export function fundingPath(stacking: Stacking): string {
  return stacking.funding ?? '$.higherLevelFunding';
}

export const clauseSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(CLAUSE_ID).max(64),
  part: idSchema,
  article: z.string().regex(/^[0-9]+\.[0-9]+$/),
  nature: z.enum(CLAUSE_NATURES),
  title: bilingualSchema,
  basis: bilingualSchema,
  applicants: z.array(z.string().min(1)).min(1),
  /** The event type the clause pays for, or `applicant` for a clause about the applicant. */
  subject: z.string().min(1),
  /**
   * The clause's own conditions, after the general ones every clause inherits.
   * Only this top-level `all` may be empty: a clause whose general conditions
   * and amount table say everything.
   */
  conditions: z.union([z.strictObject({ all: z.array(conditionSchema).max(200) }), conditionSchema]),
  amount: amountSchema,
  limits: limitsSchema.default({}),
  stacking: stackingSchema.default({ higherLevel: 'independent' }),
  provenance: z.enum(['reference', 'published']),
  /** Where the figures come from, for reviewers: free text. */
  source: bilingualSchema.optional(),
});

export type Clause = z.output<typeof clauseSchema>;
export type ClauseInput = z.input<typeof clauseSchema>;

export { countSchema };
