import { describe, expect, it } from 'vitest';
import { blockingLeaves, buildTree, outcome } from '../../src/rules/condition-tree.js';
import type { Condition } from '../../src/schema/condition.js';

const leaf = (n: number) => ({ fact: 'event' as const, path: `$.f${n}`, operator: 'equal', value: true });
const results = (...passed: boolean[]) => passed.map((p) => ({ actual: p, expected: true, passed: p }));

describe('condition trees', () => {
  const tree = buildTree({ all: [leaf(0), { any: [leaf(1), leaf(2)] }, { not: leaf(3) }] } as Condition);

  it('numbers leaves in document order', () => expect(tree.leaves.map((l) => l.path)).toEqual(['$.f0', '$.f1', '$.f2', '$.f3']));

  it('combines all, any and not', () => {
    expect(outcome(tree.root, results(true, false, true, false))).toBe(true);
    expect(outcome(tree.root, results(true, false, false, false))).toBe(false);
    expect(outcome(tree.root, results(true, true, true, true))).toBe(false);
  });

  it('names the leaves that block', () => {
    expect(blockingLeaves(tree.root, results(true, true, false, false))).toEqual([]);
    expect(blockingLeaves(tree.root, results(false, true, false, false))).toEqual([0]);
    expect(blockingLeaves(tree.root, results(true, false, false, false))).toEqual([1, 2]);
    expect(blockingLeaves(tree.root, results(true, true, false, true))).toEqual([3]);
  });

  it('strips labels before json-rules-engine sees the tree', () => {
    const t = buildTree({ all: [{ ...leaf(0), label: { zh: '甲', en: 'a' } }] } as Condition);
    expect(t.json).toEqual({ all: [leaf(0)] });
  });
});
