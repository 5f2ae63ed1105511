import { describe, expect, it } from 'vitest';
import { operators } from '../../src/engine/operators.js';

describe('operators fail closed', () => {
  it.each([
    ['equal', undefined, false],
    ['notEqual', undefined, true],
    ['in', undefined, ['a']],
    ['notIn', undefined, ['a']],
    ['decimalGreaterThan', undefined, '0'],
    ['greaterThanInclusive', undefined, 1],
    ['dateBetween', undefined, { from: '2025-01-01', to: '2025-12-31' }],
    ['noneBetween', undefined, { from: '2025-01-01', to: '2025-12-31' }],
  ] as const)('%s on a missing value is false', (op, a, b) => expect(operators[op](a, b)).toBe(false));

  it('compares money exactly, not as strings or floats', () => {
    expect(operators.decimalGreaterThan('100', '20')).toBe(true); // "100" > "20" is false as strings
    expect(operators.decimalGreaterThan('0.30', '0.3')).toBe(false);
    expect(operators.decimalEqual('0.30', '0.3')).toBe(true);
    expect(operators.decimalGreaterThan(100, '20')).toBe(false); // a number is not money
    expect(operators.decimalGreaterThan('0x10', '0')).toBe(false);
  });

  it('counts are numbers, not strings', () => {
    expect(operators.greaterThanInclusive(3, 3)).toBe(true);
    expect(operators.greaterThanInclusive('3', 3)).toBe(false);
    expect(operators.greaterThanInclusive([5], 3)).toBe(false);
  });

  it('dateBetween includes both ends', () => {
    const r = { from: '2025-01-01', to: '2025-12-31' };
    expect(['2024-12-31', '2025-01-01', '2025-12-31', '2026-01-01'].map((d) => operators.dateBetween(d, r))).toEqual([false, true, true, false]);
    expect(operators.dateBetween('2025-02-30', r)).toBe(false);
  });

  it('noneBetween works on dates and on years', () => {
    expect(operators.noneBetween(['2023-01-01', '2026-03-01'], { from: '2024-03-01', to: '2026-02-28' })).toBe(true);
    expect(operators.noneBetween(['2024-03-01'], { from: '2024-03-01', to: '2026-02-28' })).toBe(false);
    expect(operators.noneBetween([2022, 2026], { from: 2023, to: 2025 })).toBe(true);
    expect(operators.noneBetween([2023], { from: 2023, to: 2025 })).toBe(false);
    expect(operators.noneBetween([], { from: 2023, to: 2025 })).toBe(true);
    expect(operators.noneBetween(['2024-03-01'], { from: 2023, to: 2025 })).toBe(false); // wrong element type fails
  });

  it('in needs an array and a scalar', () => {
    expect(operators.in('a', ['a', 'b'])).toBe(true);
    expect(operators.in(['a'], ['a'])).toBe(false);
    expect(operators.in('a', 'abc')).toBe(false);
  });
});
