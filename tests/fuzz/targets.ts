import type { Issue } from '../../src/core/issue.js';
import fc from 'fast-check';
import { en } from '../../src/locales/en/issues.js';
import { PolicyError } from '../../src/locales/issue.js';
import { loadPolicy, type Policy, safeLoadPolicy } from '../../src/api/load-policy.js';
import type { RuleFiles } from '../../src/rules/load-rules.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { applicationArb } from '../properties/arbitraries.js';

/*
 * Fuzz targets shared by the vitest file (a few thousand cases) and
 * `npm run fuzz` (100k and more). Each target throws only when the library
 * misbehaves: an exception out of a `safe…` entry point, an issue that is not
 * a coded, bilingual Issue, or a throwing entry point throwing anything but a
 * PolicyError.
 */

const KNOWN_CODES = new Set(Object.keys(en));

export function assertTyped(issues: readonly Issue[]): void {
  if (!Array.isArray(issues) || issues.length === 0) throw new Error('a refusal without issues');
  for (const i of issues) {
    if (!KNOWN_CODES.has(i.code)) throw new Error(`unknown issue code ${JSON.stringify(i.code)}`);
    if (!Array.isArray(i.path) || !i.path.every((s: unknown) => typeof s === 'string' || typeof s === 'number')) throw new Error(`bad path on ${i.code}`);
    if (typeof i.message?.zh !== 'string' || typeof i.message?.en !== 'string' || i.message.en === '' || i.message.zh === '') {
      throw new Error(`bad message on ${i.code}`);
    }
  }
}

const policy = loadPolicy({ year: 2026 });

/** The throwing twin of a refused `safe…` call must throw a PolicyError, and nothing else. */
function expectPolicyError(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof PolicyError) return;
    throw err;
  }
  throw new Error('the throwing entry point accepted what its safe twin refused');
}

/** Random input to safeEvaluate: a decision or typed issues, never an exception. */
export function fuzzEvaluate(input: unknown, p: Policy = policy): 'decided' | 'refused' {
  const r = p.safeEvaluate(input);
  if (r.ok) {
    if (!/^(0|[1-9][0-9]*)\.[0-9]{2}$/.test(r.decision.total)) throw new Error(`bad total ${r.decision.total}`);
    return 'decided';
  }
  assertTyped(r.errors);
  try {
    p.evaluateSync(input);
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err;
    return 'refused';
  }
  throw new Error('evaluateSync decided what safeEvaluate refused');
}

/** Random rule files: a policy (and, when it loads, a decision on the sample) or typed issues. */
export function fuzzLoad(rules: RuleFiles, sample: unknown): 'loaded' | 'refused' {
  const r = safeLoadPolicy({ year: 2026, rules });
  if (!r.ok) {
    assertTyped(r.issues);
    expectPolicyError(() => loadPolicy({ year: 2026, rules }));
    return 'refused';
  }
  fuzzEvaluate(sample, r.value);
  return 'loaded';
}

/** Random options from a caller's code: a policy or typed issues, whatever their shape. */
export function fuzzOptions(options: unknown): 'loaded' | 'refused' {
  const r = safeLoadPolicy(options as never);
  if (r.ok) return 'loaded';
  assertTyped(r.issues);
  expectPolicyError(() => loadPolicy(options as never));
  return 'refused';
}

export function fuzzGuideline(guideline: unknown, sample: unknown): 'loaded' | 'refused' {
  const r = safeLoadPolicy({ guideline: guideline as never });
  if (!r.ok) {
    assertTyped(r.issues);
    expectPolicyError(() => loadPolicy({ guideline: guideline as never }));
    return 'refused';
  }
  fuzzEvaluate(sample, r.value);
  return 'loaded';
}

// ---- generators ------------------------------------------------------------

/** Values that have broken parsers before: reserved keys, numeric lookalikes, extremes. */
const nasty = fc.oneof(
  fc.constantFrom(
    '0x10',
    '1_000',
    'Infinity',
    '1e5',
    '+5',
    '.5',
    '-0',
    'NaN',
    '2025-02-30',
    '2023-02-29',
    '$..x',
    '$[?(@.a)]',
    '__proto__',
    'constructor',
    '',
    ' ',
    '\u0000',
    '9'.repeat(40),
  ),
  fc.constantFrom(0, -0, -1, 1e308, 2 ** 53, 0.1, Number.MAX_SAFE_INTEGER + 2, true, false, null),
  fc.constantFrom<unknown>({}, [], [[]], { __proto__: null }, JSON.parse('{"__proto__":{"x":1}}'), JSON.parse('{"constructor":{"prototype":{"x":1}}}')),
);
const replacement: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 2, arbitrary: nasty });

type Op = 'replace' | 'delete' | 'add' | 'wrap' | 'stringify' | 'numberize' | 'shuffle';
const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom<Op>('replace', 'replace', 'delete', 'add', 'wrap', 'stringify', 'numberize', 'shuffle', 'shuffle', 'shuffle'),
  replacement,
  fc.constantFrom('x', 'id', 'type', 'amount', 'date', 'path', 'all', 'not', 'value', '__proto__', 'constructor', 'prototype'),
);

function containers(root: unknown): Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> {
  const out: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, c] of Object.entries(v)) {
      out.push({ parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(k) : k });
      walk(c);
    }
  };
  walk(root);
  return out;
}

function define(target: object, key: string | number, value: unknown) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Applies mutations in place to a JSON copy of `base`. */
export function mutate(base: unknown, mutations: ReadonlyArray<readonly [number, Op, unknown, string]>): unknown {
  const root = { root: JSON.parse(JSON.stringify(base)) as unknown };
  for (const [pick, op, shared, key] of mutations) {
    // fast-check hands out its constants by reference: a copy, or one run's mutation would leak into the next (and make cycles).
    const value = shared === undefined ? shared : (JSON.parse(JSON.stringify(shared)) as unknown);
    const slots = containers(root);
    if (slots.length === 0) break;
    const { parent, key: at } = slots[pick % slots.length]!;
    const current = (parent as Record<string | number, unknown>)[at];
    switch (op) {
      case 'replace':
        define(parent, at, value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(at as number, 1);
        else delete parent[at as string];
        break;
      case 'add':
        if (current !== null && typeof current === 'object' && !Array.isArray(current)) define(current, key, value);
        else if (Array.isArray(current)) current.push(value);
        else define(parent, at, value);
        break;
      case 'wrap':
        define(parent, at, [current]);
        break;
      case 'stringify':
        define(parent, at, typeof current === 'string' ? Number(current) : JSON.stringify(current));
        break;
      case 'shuffle': {
        // Often keeps the input valid: key order and array order must not matter or crash.
        if (Array.isArray(current)) current.reverse();
        else if (current !== null && typeof current === 'object') {
          const entries = Object.entries(current).reverse();
          for (const [k] of entries) delete (current as Record<string, unknown>)[k];
          for (const [k, v] of entries) define(current, k, v);
        }
        break;
      }
      case 'numberize':
        define(parent, at, typeof current === 'string' ? Number.parseFloat(current) : typeof current === 'number' ? String(current) : 0);
        break;
    }
  }
  return root.root;
}

export const mutationsArb = fc.array(mutation, { minLength: 1, maxLength: 3 });

/** Anything a JS caller could pass, not only JSON: Maps, Dates, BigInts, sparse arrays, null prototypes. */
export const anythingArb = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

export const applicationsArb = applicationArb(policy);
export const mutatedApplicationArb = fc.tuple(applicationsArb, mutationsArb).map(([app, m]) => mutate(app, m));

const clauseFiles = bundledRules.clauses;
export const mutatedRulesArb: fc.Arbitrary<RuleFiles> = fc.tuple(fc.nat(), fc.boolean(), mutationsArb).map(([pick, policyFile, m]) => {
  if (policyFile && pick % 5 === 0) return { ...bundledRules, policy: mutate(bundledRules.policy, m) };
  const i = pick % clauseFiles.length;
  const clauses = clauseFiles.map((c, j) => (j === i ? { file: c.file, data: mutate(c.data, m) } : c));
  return { ...bundledRules, clauses };
});

export const mutatedGuidelineArb = mutationsArb.map((m) => mutate(bundledRules.guidelines.find((g) => g.file.endsWith('2026.json'))!.data, m));

const fileArb = fc.record(
  { file: fc.oneof(fc.constantFrom('rules/clauses/gi-product.json', 'rules/guidelines/2026.json', 'x'), fc.anything()), data: fc.jsonValue({ maxDepth: 3 }) },
  { requiredKeys: [] },
);
export const optionsArb: fc.Arbitrary<unknown> = fc.oneof(
  anythingArb,
  fc.record(
    {
      year: fc.oneof(fc.constantFrom(2026, 2025, 2031, '2026'), fc.anything()),
      engine: fc.oneof(fc.constantFrom('compiled', 'json-rules-engine', 'x'), fc.anything()),
      unknownFields: fc.oneof(fc.constantFrom('error', 'strip'), fc.anything()),
      guideline: fc.oneof(mutatedGuidelineArb, fc.jsonValue({ maxDepth: 3 })),
      rules: fc.oneof(
        fc.record(
          {
            policy: fc.jsonValue({ maxDepth: 2 }),
            clauses: fc.oneof(fc.array(fileArb, { maxLength: 3 }), fc.anything()),
            guidelines: fc.oneof(fc.array(fileArb, { maxLength: 2 }), fc.anything()),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  ),
);
