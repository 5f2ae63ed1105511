import { describe, expect, it } from 'vitest';
import { findReservedKeys } from '../../src/locales/issue.js';

/*
 * The reserved-key scan is linear in the input. Regression: each node carried
 * a copy of its path, so 64 KB of deeply nested JSON with a `__proto__` at the
 * bottom took seconds through safeEvaluate. The time is a benchmark figure
 * (RELIABILITY.md), not asserted here; these pin the result on deep input.
 */

function nested(depth: number): unknown {
  return JSON.parse('{"a":'.repeat(depth) + '{"__proto__":1}' + '}'.repeat(depth));
}

describe('reserved-key scan on deep input', () => {
  it('reports the key at its full path', () => {
    const issues = findReservedKeys(nested(3), ['applicant']);
    expect(issues.map((i) => i.path)).toEqual([['applicant', 'a', 'a', 'a', '__proto__']]);
  });

  it('a 16,000-deep object: one issue, its path of 16,001 segments', () => {
    const issues = findReservedKeys(nested(16_000));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toHaveLength(16_001);
  });
});
