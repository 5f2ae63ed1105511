import type { LeafResult, Node, Tree } from './condition-tree.js';
import type { Facts } from './facts.js';
import { operators, type OperatorFn } from './operators.js';
import { pathSegments, resolveSegments } from './path.js';
import { isFactReference } from './schemas/condition.js';

/*
 * The default evaluator: a clause's condition JSON compiled once into
 * closures. Synchronous, and it evaluates every leaf (no short-circuit) so the
 * trace is complete.
 */

type Compiled = (facts: Facts, out: LeafResult[]) => boolean;

export function compileTree(tree: Tree): (facts: Facts) => { passed: boolean; results: LeafResult[] } {
  const fn = compileNode(tree.root);
  const n = tree.leaves.length;
  return (facts) => {
    const results = new Array<LeafResult>(n);
    const passed = fn(facts, results);
    return { passed, results };
  };
}

function compileNode(node: Node): Compiled {
  switch (node.kind) {
    case 'leaf': {
      const { leaf, index } = node;
      const op: OperatorFn = operators[leaf.operator as keyof typeof operators];
      const fact = leaf.fact;
      const path = pathSegments(leaf.path);
      const value = leaf.value;
      if (isFactReference(value)) {
        const refFact = value.fact;
        const refPath = pathSegments(value.path);
        return (facts, out) => {
          const actual = resolveSegments(facts[fact], path);
          const expected = resolveSegments(facts[refFact], refPath);
          const passed = op(actual, expected);
          out[index] = { actual, expected, passed };
          return passed;
        };
      }
      return (facts, out) => {
        const actual = resolveSegments(facts[fact], path);
        const passed = op(actual, value);
        out[index] = { actual, expected: value, passed };
        return passed;
      };
    }
    case 'all': {
      const children = node.children.map(compileNode);
      return (facts, out) => {
        let ok = true;
        for (const c of children) if (!c(facts, out)) ok = false;
        return ok;
      };
    }
    case 'any': {
      const children = node.children.map(compileNode);
      return (facts, out) => {
        let ok = false;
        for (const c of children) if (c(facts, out)) ok = true;
        return ok;
      };
    }
    case 'not': {
      const child = compileNode(node.child);
      return (facts, out) => !child(facts, out);
    }
  }
}
