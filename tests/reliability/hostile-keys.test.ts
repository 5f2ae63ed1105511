import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { loadPolicy, safeLoadPolicy } from '../../src/api/load-policy.js';
import { PolicyError } from '../../src/locales/issue.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { validateRules } from '../../src/api/rules.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { bundledClause, bundledGuideline, defineKey, expectTypedIssues, rulesWithClause, sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * `__proto__`, `constructor` and `prototype` keys, wherever they appear in an
 * application, a clause file or a guideline, are a `reserved-key` issue at
 * that key's path: never a silently ignored key, never a changed prototype,
 * never an exception.
 */

const RESERVED = ['__proto__', 'constructor', 'prototype'] as const;
const policy = loadPolicy({ year: 2026 });
const lenient = loadPolicy({ year: 2026, unknownFields: 'strip' });

type Where = { name: string; target: (app: Record<string, any>) => object; path: (string | number)[] };
const PLACES: Where[] = [
  { name: 'the root', target: (a) => a, path: [] },
  { name: 'the applicant', target: (a) => a.applicant, path: ['applicant'] },
  { name: 'an event', target: (a) => a.events[1], path: ['events', 1] },
  { name: 'a history entry', target: (a) => a.history[0], path: ['history', 0] },
];

describe('reserved keys in an application', () => {
  for (const key of RESERVED) {
    for (const place of PLACES) {
      test(`"${key}" in ${place.name} is a reserved-key issue at its path`, async () => {
        const app = sampleApplication();
        // The payload that makes a merged object eligible (reliability.md, finding 2).
        defineKey(place.target(app), key, { isSme: true, pledgeRegistered: true, polluted: 'yes' });
        for (const p of [policy, lenient]) {
          const r = p.safeEvaluate(app);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expectTypedIssues(r.errors);
          expect(r.errors).toContainEqual(expect.objectContaining({ code: 'reserved-key', path: [...place.path, key] }));
          await expect(p.evaluate(app)).rejects.toBeInstanceOf(PolicyError);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  }

  test('a "__proto__" key parsed from JSON text (the real attack) is refused, deep inside a value too', () => {
    const text = JSON.stringify(sampleApplication()).replace(
      '"events":[',
      '"events":[{"id":"X","type":"gi-product-approved","date":"2025-05-05","giName":{"__proto__":{"x":1}}},',
    );
    const app = JSON.parse(text);
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ code: 'reserved-key', path: ['events', 0, 'giName', '__proto__'] }));
  });

  test('a batch names the application that carries the key, and the other applications are still decided by the stream', async () => {
    const bad = sampleApplication();
    defineKey(bad.applicant, '__proto__', { isSme: true });
    const good = sampleApplication();
    good.applicant.id = 'A-002';
    const batch = await policy.evaluateBatch([good, bad]);
    expect(batch.rejected).toMatchObject([{ index: 1, issues: [expect.objectContaining({ code: 'reserved-key', path: ['applicant', '__proto__'] })] }]);
    expect(batch.decisions.map((d) => d.applicantId)).toEqual(['A-002']);
    const kinds: string[] = [];
    for await (const e of policy.evaluateStream(() => [good, bad])) kinds.push(e.kind);
    expect(kinds).toEqual(['decision', 'rejected', 'budget']);
  });

  const N = runs(300);
  prop.prop([fc.constantFrom(...RESERVED), fc.nat(), fc.jsonValue({ maxDepth: 2 })], { numRuns: N })(
    'a reserved key at a random depth of a valid application is always found, with its exact path',
    (key, pick, payload) => {
      const app = sampleApplication();
      const objects: Array<{ obj: object; path: (string | number)[] }> = [];
      const walk = (v: unknown, path: (string | number)[]) => {
        if (v === null || typeof v !== 'object') return;
        if (!Array.isArray(v)) objects.push({ obj: v, path });
        for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
      };
      walk(app, []);
      const { obj, path } = objects[pick % objects.length]!;
      defineKey(obj, key, payload);
      const r = policy.safeEvaluate(app);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ code: 'reserved-key', path: [...path, key] })]);
    },
  );
  record('hostile: reserved keys at random depths of applications', N);
});

describe('reserved keys in rule files', () => {
  const load = (rules: typeof bundledRules) => {
    const r = safeLoadPolicy({ year: 2026, rules });
    expect(r.ok).toBe(false);
    if (r.ok) throw new Error('loaded');
    expectTypedIssues(r.issues);
    expect(() => loadPolicy({ year: 2026, rules })).toThrow(PolicyError);
    return r.issues;
  };

  for (const key of RESERVED) {
    test(`"${key}" at the top of a clause file, in a condition leaf, in an amount table`, () => {
      const top = bundledClause('pledge-loan-interest');
      defineKey(top, key, { clauseCap: '999999999' });
      expect(load(rulesWithClause('rules/clauses/pledge-loan-interest.json', top))).toContainEqual(
        expect.objectContaining({ code: 'reserved-key', path: [key], file: 'rules/clauses/pledge-loan-interest.json' }),
      );

      const leaf = bundledClause('pledge-loan-interest');
      defineKey(leaf.conditions.all[0], key, { operator: 'notEqual' });
      expect(load(rulesWithClause('rules/clauses/pledge-loan-interest.json', leaf))).toContainEqual(
        expect.objectContaining({ code: 'reserved-key', path: ['conditions', 'all', 0, key] }),
      );

      // z.record silently drops "__proto__" (zod issue 6139): the reserved-key scan must run first.
      const table = bundledClause('patent-award');
      defineKey(table.amount.table, key, '1');
      expect(load(rulesWithClause('rules/clauses/patent-award.json', table))).toContainEqual(
        expect.objectContaining({ code: 'reserved-key', path: ['amount', 'table', key] }),
      );
    });

    test(`"${key}" in a guideline (given directly, or as a rule file) and in the policy file`, () => {
      const g = bundledGuideline();
      defineKey(g.budget.parts, key, '1');
      const direct = safeLoadPolicy({ guideline: g as never });
      expect(direct.ok).toBe(false);
      if (!direct.ok) expect(direct.issues).toContainEqual(expect.objectContaining({ code: 'reserved-key', path: ['budget', 'parts', key] }));

      const patched = bundledGuideline();
      patched.patches[0].lower = {};
      defineKey(patched.patches[0].lower, key, { clauseCap: '1' });
      const issues = load({ ...bundledRules, guidelines: [{ file: 'rules/guidelines/2026.json', data: patched }] });
      expect(issues).toContainEqual(expect.objectContaining({ code: 'reserved-key', path: ['patches', 0, 'lower', key], file: 'rules/guidelines/2026.json' }));

      const policyFile = structuredClone(bundledRules.policy) as Record<string, any>;
      defineKey(policyFile.generalConditions[0], key, {});
      const v = validateRules({ ...bundledRules, policy: policyFile });
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.issues).toContainEqual(expect.objectContaining({ code: 'reserved-key', path: ['generalConditions', 0, key] }));
    });
  }
});
