import { describe, expect, it } from 'vitest';
import { type Issue, loadPolicy, safeLoadPolicy, safeSimulate } from '../../src/index.js';
import { USAGE_REASONS } from '../../src/core/issue.js';

/*
 * A call of the library's API it refuses is a `usage` issue with a `reason`
 * (and the figures it names), worded by each locale. loadPolicy's words are
 * the ones it gave before the wording moved to src/locales; simulate's
 * Chinese is new (it used to show its English in both languages).
 */

const seen = new Set<string>();

const refusal = (r: { ok: boolean; issues?: Issue[] }) => {
  expect(r.ok).toBe(false);
  const [issue] = r.issues!;
  if (issue!.code === 'usage' && issue!.params?.reason) seen.add(issue!.params.reason);
  return { code: issue!.code, path: issue!.path, params: issue!.params, en: issue!.message.en, zh: issue!.message.zh };
};

describe('loadPolicy refuses a wrong call with a reason, worded in both languages', () => {
  it('options that are not an object', () => {
    expect(refusal(safeLoadPolicy(null as never))).toEqual({
      code: 'usage',
      path: [],
      params: { reason: 'options-not-object', expected: '{ year: 2026 }' },
      en: 'options must be an object, e.g. { year: 2026 }',
      zh: '参数应为对象，例如 { year: 2026 }',
    });
  });

  it('rules that are not an object', () => {
    expect(refusal(safeLoadPolicy({ year: 2026, rules: 5 as never }))).toMatchObject({
      path: ['rules'],
      params: { reason: 'rules-not-object' },
      en: 'rules must be an object { policy, clauses, guidelines }',
      zh: '规则应为对象 { policy, clauses, guidelines }',
    });
  });

  it('a year that is not the guideline’s, naming both', () => {
    const guideline = loadPolicy({ year: 2026 }).guideline;
    expect(refusal(safeLoadPolicy({ year: 2025, guideline }))).toMatchObject({
      path: ['year'],
      params: { reason: 'year-not-guideline-year', received: '2025', expected: '2026' },
      en: "year 2025 does not match the guideline's year 2026",
      zh: '年度 2025 与申报指南的年度 2026 不一致',
    });
  });

  it('neither a year nor a guideline', () => {
    expect(refusal(safeLoadPolicy({}))).toMatchObject({
      params: { reason: 'no-year-or-guideline' },
      en: 'give a year (loadPolicy({ year: 2026 })) or a guideline',
      zh: '请指定年度（loadPolicy({ year: 2026 })）或申报指南',
    });
  });

  it('a synchronous call of the asynchronous reference evaluator', () => {
    const policy = loadPolicy({ year: 2026, engine: 'json-rules-engine' });
    expect(refusal(policy.safeEvaluate({}))).toMatchObject({
      path: ['engine'],
      params: { reason: 'engine-is-async' },
      en: 'json-rules-engine is asynchronous: use evaluate()',
      zh: '参照求值器（json-rules-engine）为异步执行，请使用 evaluate()',
    });
    expect(() => policy.evaluateSync({})).toThrow('usage: engine: json-rules-engine is asynchronous: use evaluate()');
  });
});

describe('simulate refuses a wrong call the same way', () => {
  const guideline = () => loadPolicy({ year: 2026 }).guideline;
  it.each([
    [
      'applications',
      () => safeSimulate(5 as never, 2026, guideline()),
      { reason: 'applications-not-iterable' },
      'simulate takes an array or an (async) iterable of applications',
      '申报数据应为数组或（异步）可迭代对象',
    ],
    [
      'options',
      () => safeSimulate([], 2026, guideline(), null as never),
      { reason: 'options-not-object', expected: '{ shiftEventYears: true }' },
      'options must be an object, e.g. { shiftEventYears: true }',
      '参数应为对象，例如 { shiftEventYears: true }',
    ],
    ['draft', () => safeSimulate([], 2026, null as never), { reason: 'draft-not-object' }, 'the draft must be a guideline object', '申报指南草案应为对象'],
    [
      'base',
      () => safeSimulate([], 'x' as never, guideline()),
      { reason: 'base-not-year-or-object' },
      'the base must be a year (2026) or a guideline object',
      '测算基准应为年度（如 2026）或申报指南对象',
    ],
  ] as const)('%s', async (at, call, params, en, zh) => {
    expect(refusal(await call())).toMatchObject({ code: 'usage', path: [at], params, en, zh });
  });

  it('every reason there is was met above, in both languages', () => {
    // the service's own reason (a request it cannot read) is pinned over HTTP in tests/server/routes.test.ts
    expect([...seen, 'request-unreadable'].sort()).toEqual([...USAGE_REASONS].sort());
  });
});
