import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { Engine } from 'json-rules-engine';
import { safeLoadPolicy } from '../../src/api/load-policy.js';
import { isRulePath, resolvePath } from '../../src/core/path.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { bundledClause, bundledGuideline, rulesWithClause, sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * A rule path is the dotted subset of JSONPath. Filters and scripts (the
 * jsonpath-plus code-execution history: CVE-2024-21534, CVE-2025-1302) are
 * refused when the rules load, and jsonpath-plus is never called, not even by
 * the json-rules-engine evaluator. The spy wraps the very export
 * json-rules-engine's almanac calls (it reads `JSONPath` off the module at
 * each call), and a control proves the spy sees a stock engine's call.
 */

const requireFromJre = createRequire(createRequire(import.meta.url).resolve('json-rules-engine'));
const jsonpath = requireFromJre('jsonpath-plus') as { JSONPath: (...args: unknown[]) => unknown };
const original = jsonpath.JSONPath;
const spy = vi.fn((...args: unknown[]) => original(...args));
beforeAll(() => {
  jsonpath.JSONPath = spy;
});
afterAll(() => {
  jsonpath.JSONPath = original;
});

const PAYLOADS = [
  "$[?(@.constructor.constructor('return process')().exit())]",
  "$..[?(@property === 'x' && @.constructor.constructor('x')())]",
  '$[(@.length-1)]',
  '$..interestPaid',
  '$.events[0].interestPaid',
  "$['interestPaid']",
  '$.*',
  '$.interestPaid[?(@ > 0)]',
  '$.__proto__.polluted',
  '$.constructor.prototype',
  '$.a.constructor',
  'interestPaid',
  '$',
  '$.',
  '$.a..b',
  '$.a b',
  '$.a\u0000b',
  `$.${'a'.repeat(300)}`,
];

describe('rule paths are refused at load unless dotted own-field paths', () => {
  test.each(PAYLOADS)('%s in a condition, an amount and a fact reference: invalid-path', (path) => {
    const leaf = bundledClause('pledge-loan-interest');
    leaf.conditions.all[0].path = path;
    const amount = bundledClause('ip-securitization');
    amount.amount.of = [path];
    const ref = bundledClause('gi-product');
    ref.limits.oncePer = path;
    for (const [file, data, at] of [
      ['rules/clauses/pledge-loan-interest.json', leaf, ['conditions', 'all', 0, 'path']],
      ['rules/clauses/ip-securitization.json', amount, ['amount', 'of', 0]],
      ['rules/clauses/gi-product.json', ref, ['limits', 'oncePer']],
    ] as const) {
      const r = safeLoadPolicy({ year: 2026, rules: rulesWithClause(file, data) });
      expect(r.ok).toBe(false);
      // A leaf inside the condition union is reported at the union (`conditions`, invalid-input), not at the leaf.
      const refused = (i: { code: string; path: (string | number)[] }) =>
        (i.code === 'invalid-path' && i.path.join('/') === at.join('/')) || (i.code === 'invalid-input' && at.join('/').startsWith(i.path.join('/')));
      if (!r.ok) expect(r.issues.some(refused)).toBe(true);
    }
    const g = bundledGuideline();
    g.patches[0].addConditions = [{ fact: 'event', path, operator: 'equal', value: true }];
    const r = safeLoadPolicy({ guideline: g as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code: 'invalid-path', path: ['patches', 0, 'addConditions', 0, 'path'] }));
    expect(spy).not.toHaveBeenCalled();
  });

  const N = runs(2000);
  prop.prop([fc.oneof(fc.string({ unit: fc.constantFrom('$', '.', '[', ']', '?', '(', ')', '@', "'", '*', 'a', '_', '0', ' ', '=') }), fc.string())], {
    numRuns: N,
  })('a random string is accepted only when it is $.segment(.segment)* with no reserved segment', (s) => {
    const expected = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(s) && s.length <= 256 && !/\.(__proto__|constructor|prototype)(\.|$)/.test(s);
    expect(isRulePath(s)).toBe(expected);
  });
  record('hostile: random rule paths vs the path grammar', N);

  test('inherited names that the grammar allows resolve to nothing: own properties only', () => {
    for (const name of ['__lookupGetter__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__']) {
      expect(isRulePath(`$.${name}`)).toBe(true);
      expect(resolvePath({}, `$.${name}`)).toBeUndefined();
      expect(resolvePath({ a: {} }, `$.a.${name}`)).toBeUndefined();
      expect(resolvePath({ a: 'text' }, `$.a.${name}`)).toBeUndefined();
    }
    expect(resolvePath({ a: { b: 7 } }, '$.a.b')).toBe(7);
  });

  test('both evaluators decide without ever calling jsonpath-plus', async () => {
    const compiled = safeLoadPolicy({ year: 2026 });
    const reference = safeLoadPolicy({ year: 2026, engine: 'json-rules-engine' });
    if (!compiled.ok || !reference.ok) throw new Error('bundled rules do not load');
    const app = sampleApplication();
    expect(await reference.value.evaluate(app)).toEqual(compiled.value.evaluateSync(app));
    expect(spy).not.toHaveBeenCalled();
  });

  test('control: the spy does see a stock json-rules-engine resolving a path', async () => {
    const engine = new Engine([{ conditions: { all: [{ fact: 'f', path: '$.x', operator: 'equal', value: 1 }] }, event: { type: 't' } }]);
    const { results } = await engine.run({ f: { x: 1 } });
    expect(results).toHaveLength(1);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockClear();
  });
});
