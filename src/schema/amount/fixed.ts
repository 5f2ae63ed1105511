import * as z from 'zod';
import { figure, figureText } from '../../core/money.js';
import { moneySchema } from '../primitives.js';
import type { AmountFormDef } from './form.js';

const schema = z.strictObject({
  form: z.literal('fixed'),
  value: moneySchema,
});
export type FixedAmount = z.output<typeof schema>;

export const fixed: AmountFormDef<FixedAmount> = {
  form: 'fixed',
  schema,
  figures: (a) => [['value', a.value]],
  lowerable: ['value'],
  reads: () => [],
  compute(a) {
    const shown = figureText(a.value);
    return { value: figure(a.value), text: shown, cap: null, computation: { form: 'fixed', inputs: {}, figure: a.value, formula: shown } };
  },
  describe: (a, w) => [`  ${w.fixed(a.value)}`],
};
