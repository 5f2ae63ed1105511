import type { Condition, Leaf } from '../schema/condition.js';
import { isFactReference, isLeaf } from '../schema/condition.js';

/*
 * A clause's full condition tree (general conditions, then the clause's own,
 * then any a guideline added) with its leaves numbered in document order. Both
 * evaluators produce one LeafResult per leaf; how the leaves combine is decided
 * here, once.
 */

export type Node =
  | { kind: 'leaf'; index: number; leaf: Leaf }
  | { kind: 'all' | 'any'; children: Node[] }
  | { kind: 'not'; child: Node };

export interface LeafResult {
  actual: unknown;
  expected: unknown;
  passed: boolean;
}

export interface Tree {
  root: Node;
  leaves: Leaf[];
  /** The condition JSON as json-rules-engine should see it. */
  json: Condition;
}

export function buildTree(condition: Condition): Tree {
  const leaves: Leaf[] = [];
  const walk = (c: Condition): Node => {
    if (isLeaf(c)) {
      leaves.push(c);
      return { kind: 'leaf', index: leaves.length - 1, leaf: c };
    }
    if ('all' in c) return { kind: 'all', children: c.all.map(walk) };
    if ('any' in c) return { kind: 'any', children: c.any.map(walk) };
    return { kind: 'not', child: walk(c.not) };
  };
  const root = walk(condition);
  return { root, leaves, json: stripForEngine(condition) };
}

function stripForEngine(c: Condition): Condition {
  if (isLeaf(c)) {
    const value = isFactReference(c.value) ? { fact: c.value.fact, path: c.value.path } : c.value;
    return { fact: c.fact, path: c.path, operator: c.operator, value };
  }
  if ('all' in c) return { all: c.all.map(stripForEngine) };
  if ('any' in c) return { any: c.any.map(stripForEngine) };
  return { not: stripForEngine(c.not) };
}

export function outcome(node: Node, results: readonly LeafResult[]): boolean {
  switch (node.kind) {
    case 'leaf':
      return results[node.index]!.passed;
    case 'all':
      return node.children.every((n) => outcome(n, results));
    case 'any':
      return node.children.some((n) => outcome(n, results));
    case 'not':
      return !outcome(node.child, results);
  }
}

/**
 * The leaves that make the tree fail: under `all`, those of each failing
 * child; under a failing `any`, those of every child; under `not`, the leaves
 * of a child that passed. Empty when the tree passes.
 */
export function blockingLeaves(node: Node, results: readonly LeafResult[]): number[] {
  const out: number[] = [];
  const collect = (n: Node, explaining: boolean): void => {
    const ok = outcome(n, results);
    if (ok !== explaining) return;
    switch (n.kind) {
      case 'leaf':
        out.push(n.index);
        return;
      case 'all':
      case 'any':
        for (const child of n.children) collect(child, explaining);
        return;
      case 'not':
        collect(n.child, !explaining);
        return;
    }
  };
  collect(node, false);
  return out;
}
