import { figure, figureText, formatMoney, isMoneyString, Money, maxMoney, moneyStringText, toFen, ZERO } from '../core/money.js';
import { resolvePath } from '../core/path.js';
import type { Amount } from '../schema/clause.js';

/*
 * The base amount of an item: the clause's amount form applied to its event,
 * in exact decimals, rounded once to the fen (half-up). The item cap is not
 * applied here: it is the first adjustment, so a reviewer sees it cut.
 */

export interface Computation {
  form: Amount['form'];
  /** The facts the amount read, by path, as the application gave them. */
  inputs: Record<string, string | number>;
  /** byLevel: the key looked up in the table. */
  key?: string;
  /** The figure applied: the fixed value, the table entry, the rate or the unit. */
  figure: string | null;
  /** The arithmetic, e.g. "0.30 × 180000.00 = 54000.00". */
  formula: string;
}

export interface BaseAmount {
  value: Money;
  /** formatMoney(value), made here where it is known or made anyway. */
  text: string;
  cap: Money | null;
  computation: Computation;
}

const text = formatMoney;

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

export function baseAmount(amount: Amount, event: unknown): BaseAmount {
  const inputs: Record<string, string | number> = {};
  switch (amount.form) {
    case 'fixed': {
      const shown = figureText(amount.value);
      return { value: figure(amount.value), text: shown, cap: null, computation: { form: 'fixed', inputs, figure: amount.value, formula: shown } };
    }
    case 'byLevel': {
      // the key and the inputs in one pass over the paths (joined with ":")
      let key = '';
      if (typeof amount.path === 'string') {
        key = String(resolvePath(event, amount.path));
        inputs[amount.path] = key;
      } else {
        for (let i = 0; i < amount.path.length; i++) {
          const p = amount.path[i]!;
          const v = String(resolvePath(event, p));
          inputs[p] = v;
          key = i === 0 ? v : `${key}:${v}`;
        }
      }
      const entry = Object.prototype.hasOwnProperty.call(amount.table, key) ? amount.table[key] : undefined;
      if (entry === undefined || entry === null) {
        return { value: ZERO, text: '0.00', cap: null, computation: { form: 'byLevel', inputs, key, figure: null, formula: `${key} → —` } };
      }
      const shown = figureText(entry);
      return { value: figure(entry), text: shown, cap: null, computation: { form: 'byLevel', inputs, key, figure: entry, formula: `${key} → ${shown}` } };
    }
    case 'percentOf': {
      // Each input shown as the application gave it (moneyStringText is formatMoney of its Decimal).
      const terms: string[] = [];
      let plus = ZERO;
      for (let i = 0; i < amount.of.length; i++) {
        const v = readMoney(event, amount.of[i]!, inputs);
        terms.push(`${i === 0 ? '' : ' + '}${v === undefined ? '0.00' : moneyStringText(v)}`);
        plus = add(plus, v);
      }
      let minus = ZERO;
      for (const p of amount.less ?? []) {
        const v = readMoney(event, p, inputs);
        terms.push(` − ${v === undefined ? '0.00' : moneyStringText(v)}`);
        minus = add(minus, v);
      }
      // Nothing subtracted (the usual case): the sum itself, which is never below zero.
      const base = minus === ZERO ? plus : maxMoney(ZERO, plus.minus(minus));
      const value = toFen(figure(amount.rate).times(base));
      const shown = text(value);
      const expr = terms.join('');
      return {
        value,
        text: shown,
        cap: amount.cap === undefined ? null : figure(amount.cap),
        computation: { form: 'percentOf', inputs, figure: amount.rate, formula: `${amount.rate} × ${terms.length > 1 ? `(${expr})` : expr} = ${shown}` },
      };
    }
    case 'perUnit': {
      const count = resolvePath(event, amount.count);
      const n = typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : 0;
      inputs[amount.count] = n;
      const value = toFen(figure(amount.unit).times(n));
      return {
        value,
        text: text(value),
        cap: amount.cap === undefined ? null : figure(amount.cap),
        computation: { form: 'perUnit', inputs, figure: amount.unit, formula: `${text(figure(amount.unit))} × ${n} = ${text(value)}` },
      };
    }
  }
}
