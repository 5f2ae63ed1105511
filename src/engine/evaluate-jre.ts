import type { Engine } from 'json-rules-engine';
import type { LeafResult, Node, Tree } from '../rules/condition-tree.js';
import { outcome } from '../rules/condition-tree.js';
import type { Facts } from '../core/facts.js';
import { makeIssue, PolicyError } from '../locales/issue.js';
import { OPERATOR_NAMES, operators } from './operators.js';
import { resolvePath } from '../core/path.js';

/*
 * The reference evaluator: stock json-rules-engine with our operators and our
 * own-property path resolver, so a rule path never reaches jsonpath-plus.
 * Undefined facts are errors. Leaf results are read back from its rule result,
 * whose condition tree mirrors ours leaf for leaf.
 */

// Loaded on first use: the default (compiled) evaluator never needs it, and a cold start should not pay for it.
let jreModule: Promise<typeof import('json-rules-engine')> | undefined;

async function makeEngine(tree: Tree, name: string): Promise<Engine> {
  const loaded = await (jreModule ??= import('json-rules-engine'));
  // Bundled (dist/), the CommonJS module arrives as a namespace with only `default`; from node_modules, with its names too.
  const { Engine, Rule } = 'Engine' in loaded ? loaded : (loaded as unknown as { default: typeof loaded }).default;
  const engine = new Engine([], {
    allowUndefinedFacts: false,
    allowUndefinedConditions: false,
    replaceFactsInEventParams: false,
    pathResolver: (object: unknown, path: string) => resolvePath(object, path),
  });
  for (const op of OPERATOR_NAMES) engine.addOperator(op, operators[op]);
  engine.addRule(new Rule({ name, conditions: tree.json as never, event: { type: name } }));
  return engine;
}

export function jreEvaluator(tree: Tree, name: string): (facts: Facts) => Promise<{ passed: boolean; results: LeafResult[] }> {
  let ready: Promise<Engine> | undefined;
  return async (facts) => {
    const engine = await (ready ??= makeEngine(tree, name));
    const { results: passedRules, failureResults } = await engine.run(facts as unknown as Record<string, unknown>);
    const ruleResult = passedRules[0] ?? failureResults[0];
    if (!ruleResult) throw new PolicyError([makeIssue('engine-mismatch', [name], { detail: 'no rule result' })]);
    const results = new Array<LeafResult>(tree.leaves.length);
    readLeaves(tree.root, ruleResult.conditions as unknown as JreNode, results);
    const passed = passedRules.length > 0;
    if (outcome(tree.root, results) !== passed) {
      throw new PolicyError([makeIssue('engine-mismatch', [name], { detail: 'json-rules-engine combined the leaves differently' })]);
    }
    return { passed, results };
  };
}

interface JreNode {
  all?: JreNode[];
  any?: JreNode[];
  not?: JreNode;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

function readLeaves(node: Node, jre: JreNode, out: LeafResult[]): void {
  switch (node.kind) {
    case 'leaf':
      out[node.index] = { actual: jre.factResult, expected: jre.valueResult, passed: jre.result === true };
      return;
    case 'all':
    case 'any': {
      const children = (node.kind === 'all' ? jre.all : jre.any) ?? [];
      node.children.forEach((child, i) => readLeaves(child, children[i] ?? {}, out));
      return;
    }
    case 'not':
      readLeaves(node.child, jre.not ?? {}, out);
      return;
  }
}
