import * as z from 'zod';
import { figure, formatMoney, isMoneyString, maxMoney, Money, moneyStringText, toFen, ZERO } from '../../core/money.js';
import { resolvePath } from '../../core/path.js';
import { moneySchema, rateSchema, rulePathSchema } from '../primitives.js';
import type { AmountFormDef } from './form.js';
import { percentText } from './rate.js';

const schema = z.strictObject({
  form: z.literal('percentOf'),
  rate: rateSchema,
  of: z.array(rulePathSchema).min(1).max(10),
  less: z.array(rulePathSchema).max(10).optional(),
  cap: moneySchema.optional(),
});
export type PercentOfAmount = z.output<typeof schema>;

/** The money string at `path`, recorded among the inputs; undefined where there is none (a missing optional reads as 0). */
function readMoney(event: unknown, path: string, inputs: Record<string, string | number>): string | undefined {
  const v = resolvePath(event, path);
  if (!isMoneyString(v)) return undefined; // validated input always has it
  inputs[path] = v;
  return v;
}

/** Adds a money string to a running sum (ZERO itself until something is added). */
function add(sum: Money, v: string | undefined): Money {
  if (v === undefined) return sum;
  const m = new Money(v); // readMoney's gate is money()'s own
  return sum === ZERO ? m : sum.plus(m);
}

/** rate × (Σ of − Σ less, never below zero), with an optional item cap. */
export const percentOf: AmountFormDef<PercentOfAmount> = {
  form: 'percentOf',
  schema,
  figures: (a) => [
    ['rate', a.rate],
    ['cap', a.cap ?? null],
  ],
  lowerable: ['rate', 'cap'],
  reads: (a) => [
    ...a.of.map((path, i) => ({ path, at: ['amount', 'of', i], kinds: ['money'] })),
    ...(a.less ?? []).map((path, i) => ({ path, at: ['amount', 'less', i], kinds: ['money'] })),
  ],
  compute(a, event) {
    const inputs: Record<string, string | number> = {};
    // Each input shown as the application gave it (moneyStringText is formatMoney of its Decimal).
    const terms: string[] = [];
    let plus = ZERO;
    for (let i = 0; i < a.of.length; i++) {
      const v = readMoney(event, a.of[i]!, inputs);
      terms.push(`${i === 0 ? '' : ' + '}${v === undefined ? '0.00' : moneyStringText(v)}`);
      plus = add(plus, v);
    }
    let minus = ZERO;
    for (const p of a.less ?? []) {
      const v = readMoney(event, p, inputs);
      terms.push(` − ${v === undefined ? '0.00' : moneyStringText(v)}`);
      minus = add(minus, v);
    }
    // Nothing subtracted (the usual case): the sum itself, which is never below zero.
    const base = minus === ZERO ? plus : maxMoney(ZERO, plus.minus(minus));
    const value = toFen(figure(a.rate).times(base));
    const shown = formatMoney(value);
    const expr = terms.join('');
    return {
      value,
      text: shown,
      cap: a.cap === undefined ? null : figure(a.cap),
      computation: { form: 'percentOf', inputs, figure: a.rate, formula: `${a.rate} × ${terms.length > 1 ? `(${expr})` : expr} = ${shown}` },
    };
  },
  describe(a, w, names) {
    const field = (p: string) => names.field(p);
    const lines = [`  ${w.percentOf({ percent: percentText(a.rate), of: a.of.map(field), less: (a.less ?? []).map(field) })}`];
    if (a.cap !== undefined) lines.push(`  ${w.itemCap(a.cap)}`);
    return lines;
  },
};
