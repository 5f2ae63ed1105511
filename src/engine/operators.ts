import type { OperatorName } from '../schema/operator-names.js';
import { isCalendarDate } from '../core/calendar.js';
import { compareMoneyStrings, isMoneyString } from '../core/money.js';

/*
 * The operators every rule may use: one table of named pure functions shared
 * by both evaluators, so the compiled closures and stock json-rules-engine
 * cannot disagree on what a comparison means. A value of the wrong type (a
 * missing field included) fails the comparison: every operator fails closed,
 * `notEqual` and `notIn` too.
 */

export type OperatorFn = (actual: unknown, expected: unknown) => boolean;

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

interface Range {
  from: string | number;
  to: string | number;
}

function isRange(v: unknown): v is Range {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (isCalendarDate(r.from) && isCalendarDate(r.to)) || (isNumber(r.from) && isNumber(r.to));
}

/** Whether x, already checked to be of the range's kind, lies within it. */
function inRangeChecked(x: unknown, r: Range): boolean {
  return (x as string | number) >= r.from && (x as string | number) <= r.to;
}

function decimalCompare(test: (c: number) => boolean): OperatorFn {
  // Both are money strings (the gate): compared exactly as Decimals, without making two per item.
  return (a, b) => isMoneyString(a) && isMoneyString(b) && test(compareMoneyStrings(a, b));
}

function numberCompare(test: (a: number, b: number) => boolean): OperatorFn {
  return (a, b) => isNumber(a) && isNumber(b) && test(a, b);
}

function dateCompare(test: (a: string, b: string) => boolean): OperatorFn {
  return (a, b) => isCalendarDate(a) && isCalendarDate(b) && test(a, b);
}

export const operators: Record<OperatorName, OperatorFn> = {
  equal: (a, b) => isScalar(a) && a === b,
  notEqual: (a, b) => isScalar(a) && isScalar(b) && a !== b,
  in: (a, b) => isScalar(a) && Array.isArray(b) && b.includes(a),
  notIn: (a, b) => isScalar(a) && Array.isArray(b) && !b.includes(a),
  greaterThan: numberCompare((a, b) => a > b),
  greaterThanInclusive: numberCompare((a, b) => a >= b),
  lessThan: numberCompare((a, b) => a < b),
  lessThanInclusive: numberCompare((a, b) => a <= b),
  decimalEqual: decimalCompare((c) => c === 0),
  decimalGreaterThan: decimalCompare((c) => c > 0),
  decimalGreaterThanInclusive: decimalCompare((c) => c >= 0),
  decimalLessThan: decimalCompare((c) => c < 0),
  decimalLessThanInclusive: decimalCompare((c) => c <= 0),
  dateOnOrAfter: dateCompare((a, b) => a >= b),
  dateOnOrBefore: dateCompare((a, b) => a <= b),
  /** The date lies in `{from, to}`, both ends included. */
  dateBetween: (a, b) => isCalendarDate(a) && isRange(b) && typeof b.from === 'string' && a >= b.from && a <= (b.to as string),
  /** No element of the list (dates or years) lies in `{from, to}`, both ends included. */
  noneBetween: (a, b) => {
    if (!Array.isArray(a) || !isRange(b)) return false;
    const dates = typeof b.from === 'string';
    for (const x of a) if (!(dates ? isCalendarDate(x) : isNumber(x)) || inRangeChecked(x, b)) return false;
    return true;
  },
};

export { OPERATOR_NAMES, isOperatorName, type OperatorName } from '../schema/operator-names.js';
