import * as z from 'zod';
import { figure, formatMoney, toFen } from '../../core/money.js';
import { resolvePath } from '../../core/path.js';
import { moneySchema, rulePathSchema } from '../primitives.js';
import type { AmountFormDef } from './form.js';

const schema = z.strictObject({
  form: z.literal('perUnit'),
  unit: moneySchema,
  count: rulePathSchema,
  cap: moneySchema.optional(),
});
export type PerUnitAmount = z.output<typeof schema>;

/** unit × a count of the event, with an optional item cap. */
export const perUnit: AmountFormDef<PerUnitAmount> = {
  form: 'perUnit',
  schema,
  figures: (a) => [
    ['unit', a.unit],
    ['cap', a.cap ?? null],
  ],
  lowerable: ['unit', 'cap'],
  reads: (a) => [{ path: a.count, at: ['amount', 'count'], kinds: ['count'] }],
  compute(a, event) {
    const count = resolvePath(event, a.count);
    const n = typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : 0;
    const value = toFen(figure(a.unit).times(n));
    return {
      value,
      text: formatMoney(value),
      cap: a.cap === undefined ? null : figure(a.cap),
      computation: { form: 'perUnit', inputs: { [a.count]: n }, figure: a.unit, formula: `${formatMoney(figure(a.unit))} × ${n} = ${formatMoney(value)}` },
    };
  },
  describe(a, w, names) {
    const lines = [`  ${w.perUnit({ unit: a.unit, count: names.field(a.count) })}`];
    if (a.cap !== undefined) lines.push(`  ${w.itemCap(a.cap)}`);
    return lines;
  },
};
