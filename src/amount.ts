import { figure, figureText, formatMoney, isMoneyString, money, Money, maxMoney, moneyStringText, sumMoney, toFen, ZERO } from './money.js';
import { resolvePath } from './path.js';
import type { Amount } from './schemas/clause.js';

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

function readMoney(event: unknown, path: string, inputs: Record<string, string | number>): Money {
  const v = resolvePath(event, path);
  if (!isMoneyString(v)) return ZERO; // validated input always has it; a missing optional reads as 0
  inputs[path] = v;
  return money(v);
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
      if (amount.of.length === 1 && (amount.less === undefined || amount.less.length === 0)) {
        // One path and nothing subtracted (the usual case): the amount itself, shown as the application gave it.
        const path = amount.of[0]!;
        const v = resolvePath(event, path);
        const given = isMoneyString(v); // validated input always has it; a missing optional reads as 0
        if (given) inputs[path] = v;
        const value = toFen(figure(amount.rate).times(given ? new Money(v) : ZERO));
        const shown = text(value);
        return {
          value,
          text: shown,
          cap: amount.cap === undefined ? null : figure(amount.cap),
          computation: { form: 'percentOf', inputs, figure: amount.rate, formula: `${amount.rate} × ${given ? moneyStringText(v) : '0.00'} = ${shown}` },
        };
      }
      const plus = amount.of.map((p) => readMoney(event, p, inputs));
      const minus = (amount.less ?? []).map((p) => readMoney(event, p, inputs));
      const base = maxMoney(ZERO, sumMoney(plus).minus(sumMoney(minus)));
      const value = toFen(figure(amount.rate).times(base));
      const expr = [plus.map(text).join(' + '), ...minus.map((m) => ` − ${text(m)}`)].join('');
      const grouped = plus.length + minus.length > 1 ? `(${expr})` : expr;
      return {
        value,
        text: text(value),
        cap: amount.cap === undefined ? null : figure(amount.cap),
        computation: { form: 'percentOf', inputs, figure: amount.rate, formula: `${amount.rate} × ${grouped} = ${text(value)}` },
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
