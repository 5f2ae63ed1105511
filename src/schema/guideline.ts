import * as z from 'zod';
import { conditionSchema } from './condition.js';
import { bilingualSchema, idSchema, moneySchema, periodSchema, rateSchema } from './primitives.js';

/**
 * A year's application guideline (年度申报指南): windows, budget, caps and
 * typed patches. Patches can only tighten: lower a figure, suspend a clause,
 * add conditions, list materials.
 */
export const lowerSchema = z.strictObject({
  value: moneySchema.optional(),
  table: z.record(z.string().min(1).max(128), moneySchema).optional(),
  rate: rateSchema.optional(),
  cap: moneySchema.optional(),
  unit: moneySchema.optional(),
  clauseCap: moneySchema.optional(),
});
export type Lower = z.output<typeof lowerSchema>;

export const patchSchema = z.strictObject({
  clause: idSchema,
  lower: lowerSchema.optional(),
  suspend: bilingualSchema.optional(),
  addConditions: z.array(conditionSchema).min(1).optional(),
  materials: z.array(bilingualSchema).optional(),
  note: bilingualSchema.optional(),
});
export type Patch = z.output<typeof patchSchema>;

export const guidelineSchema = z.strictObject({
  $schema: z.string().optional(),
  year: z.number().int().min(1900).max(2200),
  title: bilingualSchema,
  provenance: z.enum(['reference', 'published']),
  window: periodSchema,
  eventPeriod: periodSchema,
  budget: z.strictObject({
    total: moneySchema,
    parts: z.record(idSchema, moneySchema),
  }),
  applicantCap: moneySchema.optional(),
  patches: z.array(patchSchema).default([]),
});

export type Guideline = z.output<typeof guidelineSchema>;
export type GuidelineInput = z.input<typeof guidelineSchema>;
