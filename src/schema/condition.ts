import * as z from 'zod';
import { bilingualSchema, rulePathSchema } from './primitives.js';

/*
 * Conditions are json-rules-engine's condition JSON, restricted: every leaf
 * names a fact, a dotted path and one of our operators; `all`/`any` must not
 * be empty (json-rules-engine treats an empty `any` as true). A leaf's value
 * may be a literal or a reference to another fact.
 */

export const FACT_NAMES = ['applicant', 'event', 'context', 'clause', 'history'] as const;
export type FactName = (typeof FACT_NAMES)[number];

const jsonLiteral = z.union([
  z.string().max(4096),
  z.boolean(),
  z.number().refine(Number.isFinite),
  z.array(z.union([z.string().max(4096), z.number().refine(Number.isFinite), z.boolean()])).max(1000),
]);

export const factReferenceSchema = z.strictObject({
  fact: z.enum(FACT_NAMES),
  path: rulePathSchema,
});

export const leafSchema = z.strictObject({
  fact: z.enum(FACT_NAMES),
  path: rulePathSchema,
  operator: z.string().min(1),
  value: z.union([jsonLiteral, factReferenceSchema]),
  label: bilingualSchema.optional(),
  /** How a failure reads to a reviewer, when the label's negation would read badly. */
  failure: bilingualSchema.optional(),
  /**
   * `reference` where the threshold or scope is our choice, not the seed's words
   * (the SME restriction of 2.1, G3's two years, …): refusing on it warns.
   */
  provenance: z.enum(['reference', 'published']).optional(),
  /** A stable id for the leaf (G1…G8 for the general conditions). */
  id: z.string().min(1).max(64).optional(),
});

export type Leaf = z.output<typeof leafSchema>;
export type FactReference = z.output<typeof factReferenceSchema>;

export type Condition = Leaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1).max(200) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(200) }),
    z.strictObject({ not: conditionSchema }),
    leafSchema,
  ]),
);

export function isLeaf(c: Condition): c is Leaf {
  // Own property: `in` would take a `fact` a host put on Object.prototype for a leaf.
  return Object.prototype.hasOwnProperty.call(c, 'fact');
}

export function isFactReference(v: unknown): v is FactReference {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'fact' in v;
}

/** Every leaf in document order: the order of a decision's `conditions`. */
export function leavesOf(c: Condition, out: Leaf[] = []): Leaf[] {
  if (isLeaf(c)) out.push(c);
  else if ('all' in c) for (const x of c.all) leavesOf(x, out);
  else if ('any' in c) for (const x of c.any) leavesOf(x, out);
  else leavesOf(c.not, out);
  return out;
}
