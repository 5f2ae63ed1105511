import { describe, expect, it } from 'vitest';
import { isRulePath, resolvePath } from '../../src/core/path.js';

describe('rule paths', () => {
  it.each(['$.a', '$.applicant.county', '$.interestPaid', '$._x1'])('%s is a rule path', (p) => expect(isRulePath(p)).toBe(true));
  it.each([
    '$',
    'a.b',
    '$..a',
    '$.a[0]',
    '$[?(@.constructor.constructor("return process")())]',
    '$.__proto__',
    '$.a.constructor',
    '$.prototype',
    '$.a b',
    '$.1a',
  ])('%s is refused', (p) => expect(isRulePath(p)).toBe(false));

  it('resolves own properties only', () => {
    const v = Object.create({ inherited: 1 }) as Record<string, unknown>;
    v.own = { deep: 2 };
    expect(resolvePath(v, '$.own.deep')).toBe(2);
    expect(resolvePath(v, '$.inherited')).toBeUndefined();
    expect(resolvePath({ a: 'text' }, '$.a.length')).toBeUndefined();
    expect(resolvePath({ a: [1] }, '$.a.length')).toBeUndefined();
    expect(resolvePath(null, '$.a')).toBeUndefined();
  });
});
