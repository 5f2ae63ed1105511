import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../src/api/rules.js';
import type { RuleFiles } from '../../src/rules/load-rules.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';

/*
 * The lint runs on whatever a rule author saved: any value at any place in a
 * rule file must come back as issues, never as an exception.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function pathsOf(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

function replaceAt(v: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? replaceAt(x, rest, value) : x));
  const o = v as Record<string, Json>;
  return { ...o, [head as string]: replaceAt(o[head as string]!, rest, value) };
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    '',
    'x',
    '$.date',
    '$.nope',
    '100000',
    '2025-01-01',
    [],
    {},
    ['a'],
    { all: [] },
    { fact: 'event', path: '$.x' },
  ),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

describe('lintRules is total', () => {
  it('any value at any place of a clause, the policy or a guideline gives issues, not an exception', () => {
    const base = clone(bundledRules) as unknown as { policy: Json; clauses: { file: string; data: Json }[]; guidelines: { file: string; data: Json }[] };
    const targets = [
      ...base.clauses.map((c, i) => ({ kind: 'clause' as const, i, paths: pathsOf(c.data) })),
      ...base.guidelines.map((g, i) => ({ kind: 'guideline' as const, i, paths: pathsOf(g.data) })),
      { kind: 'policy' as const, i: 0, paths: pathsOf(base.policy) },
    ];
    fc.assert(
      fc.property(fc.nat(), fc.nat(), jsonValue, (t, p, value) => {
        const target = targets[t % targets.length]!;
        const path = target.paths[p % target.paths.length]!;
        const files = clone(base);
        if (target.kind === 'policy') files.policy = replaceAt(files.policy, path, value);
        else if (target.kind === 'clause') files.clauses[target.i]!.data = replaceAt(files.clauses[target.i]!.data, path, value);
        else files.guidelines[target.i]!.data = replaceAt(files.guidelines[target.i]!.data, path, value);
        const issues = lintRules(files as unknown as RuleFiles);
        for (const issue of issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(typeof issue.file).toBe('string');
          expect(issue.message.zh.length).toBeGreaterThan(0);
          expect(issue.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a label blanked in either language anywhere in a clause is found', () => {
    const base = clone(bundledRules);
    const withLeaves = base.clauses.filter((c) => JSON.stringify(c.data).includes('"label"'));
    expect(withLeaves.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom('zh', 'en'), (c, l, lang) => {
        const files = clone(base);
        const clause = files.clauses.filter((x) => JSON.stringify(x.data).includes('"label"'))[c % withLeaves.length]!;
        const labels = pathsOf(clause.data as Json).filter((p) => p[p.length - 1] === 'label' && p.includes('conditions'));
        const path = labels[l % labels.length]!;
        clause.data = replaceAt(clause.data as Json, [...path, lang], ' ');
        const issues = lintRules(files);
        expect(issues).toContainEqual(expect.objectContaining({ code: 'unlabelled-condition', file: clause.file, path: path.slice(0, -1) }));
      }),
      { numRuns: 50 },
    );
  });
});
