import * as z from 'zod';
import { byLevel, type ByLevelAmount } from './by-level.js';
import { fixed, type FixedAmount } from './fixed.js';
import type { AmountFormDef } from './form.js';
import { percentOf, type PercentOfAmount } from './percent-of.js';
import { perUnit, type PerUnitAmount } from './per-unit.js';

/**
 * The amount forms, by name. A new form is one module and one line here; a
 * form defined elsewhere (a test's, another policy's) adds itself to this
 * interface by declaration merging and registers with `registerAmountForm`:
 * a form that is not in the interface does not compile.
 */
export interface AmountForms {
  fixed: FixedAmount;
  byLevel: ByLevelAmount;
  percentOf: PercentOfAmount;
  perUnit: PerUnitAmount;
}

export type AmountFormName = keyof AmountForms;
export type Amount = AmountForms[AmountFormName];

type AnyForm = AmountFormDef<Amount>;

const forms = new Map<string, AnyForm>();
let union: z.ZodType<Amount> | undefined;

export function registerAmountForm<F extends AmountFormName>(def: AmountFormDef<AmountForms[F]> & { form: F }): void {
  forms.set(def.form, def as unknown as AnyForm);
  union = undefined;
}

for (const def of [fixed, byLevel, percentOf, perUnit]) registerAmountForm(def as AmountFormDef<AmountForms[AmountFormName]> & { form: AmountFormName });

/** The definition of a registered form; a validated clause's form always is one. */
export function amountForm(form: string): AnyForm {
  const def = forms.get(form);
  if (def === undefined) throw new TypeError(`amount form "${form}" is not registered`);
  return def;
}

export function amountFormNames(): string[] {
  return [...forms.keys()];
}

/** A clause's `amount`: one of the registered forms, told apart by `form`. */
export const amountSchema: z.ZodType<Amount> = z.lazy(
  () =>
    (union ??= z.discriminatedUnion(
      'form',
      [...forms.values()].map((f) => f.schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
    ) as unknown as z.ZodType<Amount>),
);
