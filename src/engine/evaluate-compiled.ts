import type { LeafResult, Node, Tree } from '../rules/condition-tree.js';
import type { Facts } from '../core/facts.js';
import { operators, type OperatorFn } from './operators.js';
import { pathSegments, segmentReader } from '../core/path.js';
import { isFactReference, type Leaf } from '../schema/condition.js';

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

/*
 * A leaf that reads no event (G1–G3, G5–G7 and the like) gives the same result
 * for every item of one application: the applicant, history, context and
 * clause objects are the same objects from item to item, and nothing changes
 * them during a decision. Such a leaf keeps its last result with the objects
 * it read, shared by every clause the leaf object appears in (the general
 * conditions are one set of leaf objects), and reuses it while they are the same.
 */
interface Remembered {
  from: object | undefined;
  ref: object | undefined;
  result: LeafResult | undefined;
}
const remembered = new WeakMap<Leaf, Remembered>();

function cellFor(leaf: Leaf): Remembered {
  let cell = remembered.get(leaf);
  if (!cell) {
    cell = { from: undefined, ref: undefined, result: undefined };
    remembered.set(leaf, cell);
  }
  return cell;
}

function compileNode(node: Node): Compiled {
  switch (node.kind) {
    case 'leaf': {
      const { leaf, index } = node;
      const op: OperatorFn = operators[leaf.operator as keyof typeof operators];
      const fact = leaf.fact as keyof Facts;
      const read = segmentReader(pathSegments(leaf.path));
      const value = leaf.value;
      if (isFactReference(value)) {
        const refFact = value.fact as keyof Facts;
        const readRef = segmentReader(pathSegments(value.path));
        if (fact !== 'event' && refFact !== 'event') {
          const cell = cellFor(leaf);
          return (facts, out) => {
            const from = facts[fact];
            const ref = facts[refFact];
            let r = cell.result;
            if (r === undefined || cell.from !== from || cell.ref !== ref) {
              const actual = read(from);
              const expected = readRef(ref);
              r = { actual, expected, passed: op(actual, expected) };
              cell.from = from;
              cell.ref = ref;
              cell.result = r;
            }
            out[index] = r;
            return r.passed;
          };
        }
        return (facts, out) => {
          const actual = read(facts[fact]);
          const expected = readRef(facts[refFact]);
          const passed = op(actual, expected);
          out[index] = { actual, expected, passed };
          return passed;
        };
      }
      if (fact !== 'event') {
        const cell = cellFor(leaf);
        return (facts, out) => {
          const from = facts[fact];
          let r = cell.result;
          if (r === undefined || cell.from !== from) {
            const actual = read(from);
            r = { actual, expected: value, passed: op(actual, value) };
            cell.from = from;
            cell.result = r;
          }
          out[index] = r;
          return r.passed;
        };
      }
      return (facts, out) => {
        const actual = read(facts[fact]);
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
