import { describe, expect, it } from 'vitest';
import { bundledRules, loadPolicy, validateRules } from '../../src/index.js';

// Every issue an applicant can cause reads fully in both languages: no English
// type names inside the Chinese message, each problem reported once.
const policy = loadPolicy({ year: 2026 });
const errorsOf = (app: unknown) => {
  const r = policy.safeEvaluate(app);
  if (r.ok) throw new Error('expected issues');
  return r.errors;
};
const applicant = { id: 'A', name: '主体', kind: 'enterprise', creditCode: '9144030071526726XG', county: 'zijin', isSme: true, seriousDishonesty: false };

describe('issue wording', () => {
  it('a credit code required by the kind is a missing field, in both languages', () => {
    const [issue, ...rest] = errorsOf({ applicant: { ...applicant, creditCode: undefined, kind: 'university' }, events: [] });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'missing-field', path: ['applicant', 'creditCode'] });
    expect(issue!.message.en).toBe('required field is missing (expected a string)');
    expect(issue!.message.zh).toBe('缺少必填字段（应为字符串）');
  });

  it('isSme is required of an enterprise', () => {
    const issues = errorsOf({ applicant: { ...applicant, isSme: undefined }, events: [] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['missing-field', ['applicant', 'isSme']]]);
    expect(issues[0]!.message.zh).toContain('true 或 false');
  });

  it('a wrong type names the expected type in each language', () => {
    const [issue] = errorsOf({ applicant: { ...applicant, seriousDishonesty: 'no' }, events: [] });
    expect(issue!.message.en).toBe('expected true or false, got "no"');
    expect(issue!.message.zh).toBe('应为布尔值（true 或 false），实际为 "no"');
    expect(issue!.params).toEqual({ expected: 'boolean', received: '"no"' });
  });

  it('a malformed date is reported once', () => {
    const issues = errorsOf({
      applicant,
      events: [{ id: 'E', type: 'award', role: 'patentee', date: '2025/07/15', scheme: 'china-patent-award', level: 'gold', patentNumber: 'ZL202110000001.1' }],
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['invalid-date', ['events', 0, 'date']]]);
  });

  it('containers are shown as […] and {…}, not in English words', () => {
    const [issue] = errorsOf({ applicant: { ...applicant, name: ['x'] }, events: [] });
    expect(issue!.message.zh).toBe('应为字符串，实际为 […]');
  });
});

describe('problems inside a condition tree', () => {
  const clause = () =>
    structuredClone(bundledRules.clauses.find((c) => c.file.endsWith('pledge-loan-interest.json'))!) as {
      file: string;
      data: { conditions: { all: Record<string, unknown>[] } };
    };
  const issuesFor = (change: (leaves: Record<string, unknown>[]) => void) => {
    const c = clause();
    change(c.data.conditions.all);
    const r = validateRules({ ...bundledRules, clauses: [c] });
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
  };

  it('a JSONPath filter in a nested leaf is reported at that leaf, not as "invalid input" of the whole tree', () => {
    expect(issuesFor((l) => (l[0]!.path = '$[?(@.x)]'))).toEqual([['invalid-path', ['conditions', 'all', 0, 'path']]]);
  });

  it('a misspelt operator key names both the unknown key and the missing one', () => {
    expect(
      issuesFor((l) => {
        l[1]!.operatr = l[1]!.operator;
        delete l[1]!.operator;
      }),
    ).toEqual([
      ['missing-field', ['conditions', 'all', 1, 'operator']],
      ['unknown-field', ['conditions', 'all', 1, 'operatr']],
    ]);
  });
});
