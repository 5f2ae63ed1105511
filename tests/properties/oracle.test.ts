import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as unit } from 'vitest';
import { baseAmount } from '../../src/engine/amount.js';
import { formatMoney, money, Money, toFen } from '../../src/core/money.js';
import { allocate, type Claim } from '../../src/engine/prorate.js';
import type { Amount } from '../../src/schema/clause.js';
import { fenArb, fenToMoney, moneyArb } from './arbitraries.js';
import { guardGlobals, record, runs } from './harness.js';
import * as oracle from './oracle.js';

guardGlobals();

const rateArb = fc
  .oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(0, 1, 5, 300_000, 500_000, 200_000, 20_000, 999_999, 1_000_000))
  .map((micro) => {
    if (micro === 1_000_000) return '1';
    const digits = String(micro).padStart(6, '0').replace(/0+$/, '');
    return digits === '' ? '0' : `0.${digits}`;
  });

const PATHS = ['$.a', '$.b', '$.c', '$.d', '$.e'];

describe('amounts against a BigInt-fen oracle', () => {
  const N = runs(1000);
  test.prop(
    [
      rateArb,
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.array(moneyArb, { minLength: 5, maxLength: 5 }),
      fc.option(moneyArb, { nil: undefined }),
    ],
    { numRuns: N },
  )('percentOf: rate × max(0, Σof − Σless), half-up to the fen, then the item cap', (rate, nOf, nLess, values, cap) => {
    const of = PATHS.slice(0, nOf);
    const less = PATHS.slice(nOf, nOf + nLess);
    const event = Object.fromEntries(PATHS.map((p, i) => [p.slice(2), values[i]!]));
    const amount: Amount = { form: 'percentOf', rate, of, ...(nLess > 0 ? { less } : {}), ...(cap !== undefined ? { cap } : {}) };
    const got = baseAmount(amount, event);
    const expected = oracle.percentOf(
      rate,
      of.map((p) => event[p.slice(2)]!),
      less.map((p) => event[p.slice(2)]!),
    );
    expect(formatMoney(got.value)).toBe(oracle.fenText(expected));
    const capped = cap === undefined ? expected : oracle.min(expected, oracle.fenOf(cap));
    expect(formatMoney(got.cap && got.value.greaterThan(got.cap) ? got.cap : got.value)).toBe(oracle.fenText(capped));
  });
  record('oracle: percentOf', N);

  const M = runs(1000);
  test.prop([moneyArb, fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1_000_000_000 })), fc.option(moneyArb, { nil: undefined })], {
    numRuns: M,
  })('perUnit: unit × count exactly, then the item cap', (unit, count, cap) => {
    const got = baseAmount({ form: 'perUnit', unit, count: '$.n', ...(cap !== undefined ? { cap } : {}) }, { n: count });
    expect(formatMoney(got.value)).toBe(oracle.fenText(oracle.perUnit(unit, count)));
    if (cap !== undefined) expect(formatMoney(got.cap!)).toBe(oracle.fenText(oracle.fenOf(cap)));
  });
  record('oracle: perUnit', M);

  const F = runs(500);
  test.prop(
    [moneyArb, fc.dictionary(fc.constantFrom('gold', 'silver', 'x:y'), fc.option(moneyArb, { nil: null })), fc.constantFrom('gold', 'silver', 'x:y', 'none')],
    { numRuns: F },
  )('fixed and byLevel: the figure itself, to the fen; a missing or null level pays nothing', (value, table, level) => {
    expect(formatMoney(baseAmount({ form: 'fixed', value }, {}).value)).toBe(oracle.fenText(oracle.fenOf(value)));
    const got = baseAmount({ form: 'byLevel', path: '$.level', table }, { level });
    const entry = Object.prototype.hasOwnProperty.call(table, level) ? table[level] : null;
    expect(formatMoney(got.value)).toBe(entry ? oracle.fenText(oracle.fenOf(entry)) : '0.00');
  });
  record('oracle: fixed and byLevel', F);

  const claimArb = fc.record({
    part: fc.constantFrom('p1', 'p2', 'p3'),
    fen: fc.oneof(fenArb, fc.bigInt({ min: 1n, max: 100_000n })),
    applicantId: fc.constantFrom('A', 'B', 'C', 'D'),
    article: fc.constantFrom('1.1', '1.2', '1.10', '2.1', '2.9'),
    subject: fc.constantFrom('E-1', 'E-2', 'E-10'),
  });
  const P = runs(1000);
  test.prop([fc.array(claimArb, { maxLength: 40 }), fc.tuple(fenArb, fenArb, fenArb)], { numRuns: P })(
    'budget proration by largest remainders: the same fen as the oracle, and each cut part pays exactly its budget',
    (claims, [b1, b2, b3]) => {
      const budgets = { p1: fenToMoney(b1), p2: fenToMoney(b2 % 100_000_000n), p3: fenToMoney(b3 % 1_000n) };
      const total = '9999999999999.99'; // only echoed in the report
      const lib: Claim[] = claims.map((c) => ({
        part: c.part,
        amount: money(fenToMoney(c.fen)),
        applicantId: c.applicantId,
        article: c.article,
        subject: c.subject,
      }));
      const { shares, report } = allocate(lib, budgets, total, ['p1', 'p2', 'p3']);
      const expected = oracle.prorate(claims, budgets, ['p1', 'p2', 'p3']);
      expect(shares.map((s) => formatMoney(s))).toEqual(expected.map(oracle.fenText));
      for (const line of report.parts) {
        const paid = claims.reduce((s, c, i) => (c.part === line.part ? s + expected[i]! : s), 0n);
        expect(oracle.fenText(paid)).toBe(line.paid);
        expect(paid).toBeLessThanOrEqual(oracle.fenOf(line.budget));
      }
      claims.forEach((c, i) => expect(expected[i]!).toBeLessThanOrEqual(c.fen));
    },
  );
  record('oracle: budget proration', P);
});

describe('rounding: half-up (四舍五入) to the fen', () => {
  // [exact value, expected]: every x.xx5 rounds away from zero, x.xx49… does not.
  const table: Array<[string, string]> = [
    ['0.005', '0.01'],
    ['0.015', '0.02'],
    ['0.025', '0.03'],
    ['0.035', '0.04'],
    ['0.045', '0.05'],
    ['0.055', '0.06'],
    ['0.065', '0.07'],
    ['0.075', '0.08'],
    ['0.085', '0.09'],
    ['0.095', '0.10'],
    ['1.005', '1.01'],
    ['2.675', '2.68'],
    ['1.115', '1.12'],
    ['8.345', '8.35'],
    ['99.995', '100.00'],
    ['0.0049999', '0.00'],
    ['0.0050001', '0.01'],
    ['1.0049', '1.00'],
    ['123456789012.345', '123456789012.35'],
    ['9999999999999.995', '10000000000000.00'],
    ['0.004', '0.00'],
    ['0', '0.00'],
  ];
  unit.each(table)('%s → %s', (exact, expected) => {
    // 2.675 and 1.005 are the classic float traps: (2.675).toFixed(2) is "2.67".
    expect(formatMoney(toFen(new Money(exact)))).toBe(expected);
  });

  // The same ties reached through a real amount form: 30% and 50% of odd fen.
  const viaRate: Array<[string, string, string]> = [
    ['0.30', '0.05', '0.02'], // 0.015
    ['0.30', '1.05', '0.32'], // 0.315
    ['0.30', '100.15', '30.05'], // 30.045
    ['0.50', '0.01', '0.01'], // 0.005
    ['0.50', '0.03', '0.02'], // 0.015
    ['0.50', '2.01', '1.01'], // 1.005
    ['0.02', '0.25', '0.01'], // 0.005
    ['0.02', '0.24', '0.00'], // 0.0048
    ['0.10', '0.05', '0.01'], // 0.005
    ['0.20', '0.025', 'invalid'],
  ];
  unit.each(viaRate.filter((r) => r[2] !== 'invalid'))('rate %s of %s → %s', (rate, paid, expected) => {
    expect(formatMoney(baseAmount({ form: 'percentOf', rate, of: ['$.x'] }, { x: paid }).value)).toBe(expected);
    expect(oracle.fenText(oracle.percentOf(rate, [paid], []))).toBe(expected);
  });
  record('rounding table', table.length + viaRate.length - 1);
});
