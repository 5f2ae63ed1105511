import Decimal from 'decimal.js';

/**
 * The library's own Decimal constructor. Every setting is given explicitly so
 * that neither a host's `Decimal.set(...)` nor a polluted `Object.prototype`
 * can change how we round; the clone is frozen so nothing can change it later.
 */
export const Money = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  modulo: Decimal.ROUND_DOWN,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
  crypto: false,
});
Object.freeze(Money);

export type Money = Decimal;

const HALF_UP = Decimal.ROUND_HALF_UP;
const DOWN = Decimal.ROUND_DOWN;

/**
 * A money string: yuan with at most two decimals, no sign, no exponent, no
 * leading zeros, at most 13 integer digits. The regex is the gate in front of
 * `new Money(...)`, because decimal.js itself also accepts `0x10`, `1_000`,
 * `Infinity`, `+5` and `.5`.
 */
export const MONEY_PATTERN = /^(0|[1-9][0-9]{0,12})(\.[0-9]{1,2})?$/;
/** A rate: a non-negative decimal at most 1, at most six decimals. */
export const RATE_PATTERN = /^(0(\.[0-9]{1,6})?|1(\.0{1,6})?)$/;

export function isMoneyString(value: unknown): value is string {
  return typeof value === 'string' && MONEY_PATTERN.test(value);
}

/**
 * -1, 0 or 1 for two strings that match MONEY_PATTERN, compared exactly as
 * their Decimals would be, without making them: with no sign, no exponent and
 * no leading zero, the longer integer part is the larger, and equal lengths
 * compare digit by digit, the fen padded with zeros. Conditions compare money
 * this way on every item.
 */
export function compareMoneyStrings(a: string, b: string): number {
  const ia = a.indexOf('.');
  const ib = b.indexOf('.');
  const la = ia < 0 ? a.length : ia;
  const lb = ib < 0 ? b.length : ib;
  if (la !== lb) return la < lb ? -1 : 1;
  for (let i = 0; i < la; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  for (let k = 1; k <= 2; k++) {
    const ca = ia >= 0 && ia + k < a.length ? a.charCodeAt(ia + k) : 48;
    const cb = ib >= 0 && ib + k < b.length ? b.charCodeAt(ib + k) : 48;
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  return 0;
}

/** formatMoney(money(s)) for a money string, from the text alone: it only lacks its trailing zeros. */
export function moneyStringText(s: string): string {
  const dot = s.indexOf('.');
  if (dot < 0) return `${s}.00`;
  return s.length - dot === 2 ? `${s}0` : s;
}

/** Parses a string already validated by MONEY_PATTERN or RATE_PATTERN. */
export function money(value: string): Money {
  if (!MONEY_PATTERN.test(value) && !RATE_PATTERN.test(value)) {
    throw new TypeError(`not a decimal money string: ${JSON.stringify(value)}`);
  }
  return new Money(value);
}

export const ZERO: Money = new Money(0);

/** Rounds half-up (四舍五入) to the fen. */
export function toFen(value: Money): Money {
  return value.toDecimalPlaces(2, HALF_UP);
}

/** Rounds down to the fen: the proration share before remainders are handed out. */
export function floorFen(value: Money): Money {
  return value.toDecimalPlaces(2, DOWN);
}

// The figures of the rules, parsed and formatted once: most amounts a decision prints are figures or zero.
const figures = new Map<string, { money: Money; text: string }>();
const figureTexts = new WeakMap<Money, string>();

function figureEntry(value: string): { money: Money; text: string } {
  let f = figures.get(value);
  if (f === undefined) {
    const m = money(value);
    f = { money: m, text: format(m) };
    figures.set(value, f);
    figureTexts.set(m, f.text);
  }
  return f;
}

/** A figure of the rules (value, table entry, rate, unit, cap) as a Decimal, parsed once: Decimals are immutable. */
export function figure(value: string): Money {
  return figureEntry(value).money;
}

/** formatMoney(figure(value)), found by the figure's text. */
export function figureText(value: string): string {
  return figureEntry(value).text;
}

function format(value: Money): string {
  const text = value.toFixed(2, HALF_UP);
  return text === '-0.00' ? '0.00' : text;
}

/** The only way an amount leaves the library: a string with two decimals, never "-0.00". */
export function formatMoney(value: Money): string {
  if (value === ZERO) return '0.00';
  return figureTexts.get(value) ?? format(value);
}

export function minMoney(a: Money, b: Money): Money {
  return a === b || a.lessThanOrEqualTo(b) ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return a === b || a.greaterThanOrEqualTo(b) ? a : b;
}

export function sumMoney(values: Iterable<Money>): Money {
  let total = ZERO;
  // a zero adds nothing: most items an applicant is not eligible for are ZERO itself
  for (const v of values) if (v !== ZERO) total = total === ZERO ? v : total.plus(v);
  return total;
}
