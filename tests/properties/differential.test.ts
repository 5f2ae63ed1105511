import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as unit } from 'vitest';
import { buildTree } from '../../src/rules/condition-tree.js';
import { compileTree } from '../../src/engine/evaluate-compiled.js';
import { jreEvaluator } from '../../src/engine/evaluate-jre.js';
import { type Facts, nullProtoCopy } from '../../src/core/facts.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { OPERATOR_NAMES } from '../../src/engine/operators.js';
import { conditionSchema, FACT_NAMES, type Condition } from '../../src/schema/condition.js';
import { applicationArb, dateArb, moneyArb } from './arbitraries.js';
import { guardGlobals, record, runs } from './harness.js';

guardGlobals();

/*
 * The compiled evaluator against stock json-rules-engine, on the operators
 * both share: generated condition trees × generated facts, where every field
 * may hold a value of the wrong type or be missing, so the fail-closed paths
 * are compared too.
 */

const FIELDS = ['m', 'n', 'd', 'b', 's', 'list', 'dates', 'years', 'range', 'yrange', 'nested'] as const;
const PATHS = [...FIELDS.map((f) => `$.${f}`), '$.nested.m', '$.nested.d', '$.missing', '$.nested.missing'];
const period = { from: '2025-01-01', to: '2025-12-31' };

const scalar = fc.oneof(moneyArb, fc.integer({ min: -5, max: 2030 }), fc.boolean(), dateArb(period), fc.constantFrom('gold', 'enterprise', '', '0x10', '1e5'));
const anyValue = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.record({ from: dateArb(period), to: dateArb(period) }) },
  { weight: 1, arbitrary: fc.record({ from: fc.integer({ min: 2018, max: 2030 }), to: fc.integer({ min: 2018, max: 2030 }) }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const typedFields = fc.record(
  {
    m: fc.oneof({ weight: 4, arbitrary: moneyArb }, { weight: 1, arbitrary: anyValue }),
    n: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -3, max: 30 }) }, { weight: 1, arbitrary: anyValue }),
    d: fc.oneof({ weight: 4, arbitrary: dateArb(period) }, { weight: 1, arbitrary: anyValue }),
    b: fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: anyValue }),
    s: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('gold', 'silver', 'enterprise') }, { weight: 1, arbitrary: anyValue }),
    list: fc.array(fc.constantFrom('gold', 'silver', 'enterprise', true, 3), { maxLength: 4 }),
    dates: fc.array(dateArb(period), { maxLength: 3 }),
    years: fc.array(fc.integer({ min: 2018, max: 2030 }), { maxLength: 3 }),
    range: fc.record({ from: dateArb(period), to: dateArb(period) }),
    yrange: fc.record({ from: fc.integer({ min: 2018, max: 2030 }), to: fc.integer({ min: 2018, max: 2030 }) }),
    nested: fc.record({ m: moneyArb, d: dateArb(period) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const factsArb: fc.Arbitrary<Facts> = fc
  .tuple(typedFields, typedFields, typedFields, typedFields, typedFields)
  .map(([applicant, event, context, clause, history]) => nullProtoCopy({ applicant, event, context, clause, history }));

const leafArb = fc.record({
  fact: fc.constantFrom(...FACT_NAMES),
  path: fc.constantFrom(...PATHS),
  operator: fc.constantFrom(...OPERATOR_NAMES),
  value: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.oneof(scalar, fc.array(fc.oneof(moneyArb, fc.constantFrom('gold', 'silver', 'enterprise', true, 3)), { minLength: 1, maxLength: 4 })),
    },
    { weight: 2, arbitrary: fc.record({ fact: fc.constantFrom(...FACT_NAMES), path: fc.constantFrom(...PATHS) }) },
  ),
});

const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: leafArb as fc.Arbitrary<Condition> },
    { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((all) => ({ all })) },
    { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((any) => ({ any })) },
    { weight: 1, arbitrary: tie('node').map((not) => ({ not })) },
  ),
})).node;

describe('compiled evaluator = json-rules-engine', () => {
  let pairs = 0;
  let mismatches = 0;
  let passedTrees = 0;
  const N = runs(400);
  test.prop([conditionArb, fc.array(factsArb, { minLength: 1, maxLength: 12 })], { numRuns: N })(
    'every leaf (actual, expected, passed) and the whole tree agree',
    async (condition, factSets) => {
      expect(conditionSchema.safeParse(condition).success).toBe(true);
      // The library's root is always `all` (general conditions first); json-rules-engine requires a group there.
      const tree = buildTree({ all: [condition] });
      const compiled = compileTree(tree);
      const jre = jreEvaluator(tree, 'generated');
      for (const facts of factSets) {
        pairs++;
        const a = compiled(facts);
        const b = await jre(facts);
        if (JSON.stringify(a) !== JSON.stringify(b)) mismatches++;
        if (a.passed) passedTrees++;
        expect(b).toEqual(a);
      }
    },
  );
  unit('counts', () => {
    record('differential: condition trees × facts (pairs)', pairs, mismatches);
    expect(pairs).toBeGreaterThanOrEqual(N);
    expect(mismatches).toBe(0);
    // Both outcomes must be common, or agreement would prove little.
    expect(passedTrees).toBeGreaterThan(pairs / 20);
    expect(passedTrees).toBeLessThan(pairs - pairs / 20);
  });
});

describe('whole decisions: compiled = json-rules-engine', () => {
  const compiled = loadPolicy({ year: 2026 });
  const reference = loadPolicy({ year: 2026, engine: 'json-rules-engine' });
  const N = runs(150);
  test.prop([applicationArb(compiled)], { numRuns: N })('deep-equal decisions on generated applications', async (input) => {
    fc.pre(compiled.validate(input).ok);
    const decision = await compiled.evaluate(input);
    expect(await reference.evaluate(input)).toEqual(decision);
    // evaluateSync decides on zod's output as it is (the fast path); evaluate on null-prototype objects
    expect(compiled.evaluateSync(input)).toEqual(decision);
  });
  record('differential: whole decisions', N);
});
