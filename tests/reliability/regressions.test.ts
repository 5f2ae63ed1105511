import { describe, expect, test } from 'vitest';
import { PolicyError } from '../../src/locales/issue.js';
import { loadPolicy, safeLoadPolicy } from '../../src/api/load-policy.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import { money } from '../../src/core/money.js';
import { allocate } from '../../src/engine/prorate.js';
import { guardGlobals } from '../properties/harness.js';
import { bundledClause, bundledGuideline, rulesWithClause, sampleApplication } from './fixtures.js';

guardGlobals();

/* Bugs the property and fuzz tests found, each pinned by its smallest case. */

describe('regressions', () => {
  test('a condition nested 5,000 levels deep is a too-deep issue, not a RangeError out of safeLoadPolicy', () => {
    const clause = bundledClause('gi-product');
    let node: unknown = { fact: 'event', path: '$.giName', operator: 'equal', value: 'x' };
    for (let i = 0; i < 5_000; i++) node = { not: node };
    clause.conditions = { all: [node] };
    const r = safeLoadPolicy({ year: 2026, rules: rulesWithClause('rules/clauses/gi-product.json', clause) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'too-deep', file: 'rules/clauses/gi-product.json' });
    expect(r.issues[0]!.path.slice(0, 4)).toEqual(['conditions', 'all', 0, 'not']);

    const g = bundledGuideline();
    g.patches[0].addConditions = [node];
    const rg = safeLoadPolicy({ guideline: g as never });
    expect(rg.ok).toBe(false);
    if (!rg.ok) expect(rg.issues[0]!.code).toBe('too-deep');
  });

  test('budget proration whose requested sum passes 13 integer digits reports it instead of throwing', () => {
    const big = money('9999999999999.99');
    const claims = [1, 2, 3].map((n) => ({ part: 'p', amount: big, applicantId: `A${n}`, article: '1.1', subject: 'E' }));
    const { shares, report } = allocate(claims, { p: '3000000' }, '3000000', ['p']);
    expect(report.requested).toBe('29999999999999.97');
    expect(report.paid).toBe('3000000.00');
    expect(shares.map((s) => s.toFixed(2))).toEqual(['1000000.00', '1000000.00', '1000000.00']);
  });

  test('the order of history entries does not change the trace of the clawback condition', () => {
    const policy = loadPolicy({ year: 2026 });
    const app = sampleApplication();
    app.history = [
      { clause: 'gi-product', year: 2024, subjectKey: 'K', amount: '1', clawedBack: true },
      { clause: 'gi-product', year: 2023, subjectKey: 'K', amount: '1', clawedBack: true },
    ];
    const a = JSON.stringify(policy.evaluateSync(app));
    app.history.reverse();
    expect(JSON.stringify(policy.evaluateSync(app))).toBe(a);
    const g7 = policy.evaluateSync(app).items[0]!.conditions.find((c) => c.id === 'G7')!;
    expect(g7.actual).toEqual([2023, 2024]);
  });

  test.each([
    ['a BigInt', 5n, /5n|bigint/],
    ['a symbol', Symbol('s'), /symbol/],
    ['a function', () => 1, /function/],
  ])('safeEvaluate refuses %s as a value with an issue instead of throwing', (_name, value, shown) => {
    const policy = loadPolicy({ year: 2026 });
    for (const input of [value, { ...sampleApplication(), applicant: value }]) {
      const r = policy.safeEvaluate(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message.en).toMatch(shown);
    }
  });

  test('a cyclic object from a JS caller is refused at once instead of looping for ever', () => {
    const policy = loadPolicy({ year: 2026 });
    const app = sampleApplication();
    app.applicant.self = app;
    app.events[0].loop = app.events;
    const t = performance.now();
    const r = policy.safeEvaluate(app);
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.code, e.path.join('.')])).toEqual([
        ['unknown-field', 'applicant.self'],
        ['unknown-field', 'events.0.loop'],
      ]);
    const withKey = sampleApplication();
    withKey.applicant.self = withKey;
    Object.defineProperty(withKey.events[0], '__proto__', { value: withKey, enumerable: true });
    const rk = policy.safeEvaluate(withKey);
    expect(rk.ok).toBe(false);
    if (!rk.ok) expect(rk.errors).toEqual([expect.objectContaining({ code: 'reserved-key', path: ['events', 0, '__proto__'] })]);
  });

  test.each([
    ['null options', null, 'usage'],
    ['rules that are a number', { year: 2026, rules: 5 }, 'usage'],
    ['rules without clauses', { year: 2026, rules: { policy: {}, guidelines: [] } }, 'missing-field'],
    ['a clause file named by a number', { year: 2026, rules: { ...bundledRules, clauses: [{ file: 5, data: {} }] } }, 'invalid-type'],
    ['a null guideline file', { year: 2026, rules: { ...bundledRules, guidelines: [null] } }, 'invalid-type'],
    ['an unknown engine', { year: 2026, engine: 'bogus' }, 'invalid-value'],
    // found by the fuzzer: String() of it throws "Cannot convert object to primitive value"
    ['an engine that cannot be made a string', { year: 2026, engine: [{ toString: '' }] }, 'invalid-value'],
  ])('safeLoadPolicy with %s is an issue, not a TypeError', (_name, options, code) => {
    const r = safeLoadPolicy(options as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.code).toBe(code);
    expect(() => loadPolicy(options as never)).toThrow(PolicyError);
  });

  test('a field left out is missing-field, not "— is not allowed" (zod reports input: undefined for it)', () => {
    const policy = loadPolicy({ year: 2026 });
    const app = sampleApplication();
    delete app.applicant.county;
    delete app.events[1].interestPaid;
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.code, e.path.join('.')])).toEqual([
        ['missing-field', 'applicant.county'],
        ['missing-field', 'events.1.interestPaid'],
      ]);
    }
  });

  test('a decision is plain objects throughout (the null-prototype copies inside the library do not leak out)', () => {
    const d = loadPolicy({ year: 2026 }).evaluateSync(sampleApplication());
    const odd: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v === null || typeof v !== 'object') return;
      if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) odd.push(path);
      for (const [k, c] of Object.entries(v)) walk(c, `${path}.${k}`);
    };
    walk(d, 'decision');
    expect(odd).toEqual([]);
  });
});
