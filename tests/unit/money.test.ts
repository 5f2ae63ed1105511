import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareMoneyStrings, moneyStringText, floorFen, formatMoney, isMoneyString, money, Money, toFen } from '../../src/core/money.js';

describe('money', () => {
  it.each(['0', '1', '98000.50', '0.05', '9999999999999.99'])('accepts %s', (s) => expect(isMoneyString(s)).toBe(true));
  it.each(['', '-1', '+5', '.5', '5.', '1e5', '0x10', '1_000', 'Infinity', 'NaN', '01', '1.005', '-0', ' 1', '10000000000000'])('refuses %j', (s) =>
    expect(isMoneyString(s)).toBe(false),
  );
  it('refuses numbers', () => expect(isMoneyString(5)).toBe(false));

  it.each([
    ['0.005', '0.01'],
    ['0.015', '0.02'],
    ['2.675', '2.68'], // a float would give 2.67
    ['1.004', '1.00'],
    ['12345678901.235', '12345678901.24'],
  ])('rounds %s half-up to %s', (x, y) => expect(formatMoney(toFen(new Money(x)))).toBe(y));

  it('floors to the fen for proration shares', () => expect(formatMoney(floorFen(new Money('3.339')))).toBe('3.33'));

  it('never prints -0.00', () => expect(formatMoney(new Money('-0.001'))).toBe('0.00'));

  it('is exact where floats are not: 0.1 + 0.2', () => expect(formatMoney(money('0.1').plus(money('0.2')))).toBe('0.30'));

  it('keeps its own rounding whatever the global Decimal says', () => {
    const before = Decimal.rounding;
    Decimal.set({ rounding: Decimal.ROUND_DOWN });
    try {
      expect(formatMoney(toFen(new Money('0.015')))).toBe('0.02');
      expect(Object.isFrozen(Money)).toBe(true);
    } finally {
      Decimal.set({ rounding: before });
    }
  });
});

describe('compareMoneyStrings', () => {
  it('orders money strings exactly as their Decimals do', () => {
    const moneyText = fc.oneof(
      fc.constantFrom('0', '0.0', '0.00', '0.01', '0.1', '0.10', '1', '9', '10', '99.99', '100', '9999999999999.99', '1000000000000'),
      fc
        .tuple(fc.bigInt({ min: 0n, max: 9_999_999_999_999n }), fc.constantFrom('', '.', '.0'), fc.integer({ min: 0, max: 99 }))
        .map(([i, sep, f]) => (sep === '' ? String(i) : sep === '.' ? `${i}.${String(f).padStart(2, '0')}` : `${i}.${f % 10}`)),
    );
    fc.assert(
      fc.property(moneyText, moneyText, (a, b) => {
        expect(isMoneyString(a) && isMoneyString(b)).toBe(true);
        expect(compareMoneyStrings(a, b)).toBe(new Money(a).comparedTo(new Money(b)));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('moneyStringText', () => {
  it('is formatMoney(money(s)) for every money string', () => {
    const moneyText = fc
      .tuple(fc.bigInt({ min: 0n, max: 9_999_999_999_999n }), fc.constantFrom('', '.d', '.dd'), fc.integer({ min: 0, max: 99 }))
      .map(([i, sep, f]) => (sep === '' ? String(i) : sep === '.dd' ? `${i}.${String(f).padStart(2, '0')}` : `${i}.${f % 10}`));
    fc.assert(
      fc.property(moneyText, (s) => moneyStringText(s) === formatMoney(money(s))),
      { numRuns: 10_000 },
    );
    expect(['0', '0.0', '0.5', '12.30', '100'].map(moneyStringText)).toEqual(['0.00', '0.00', '0.50', '12.30', '100.00']);
  });
});
