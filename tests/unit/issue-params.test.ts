import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type Issue, type IssueCode, type IssueParamsByCode, issueParamSpec } from '../../src/core/issue.js';
import { makeIssue } from '../../src/locales/issue.js';
import { lintRules, loadPolicy, safeLoadPolicy } from '../../src/index.js';
import { parseJsonText } from '../../src/schema/json-text.js';
import { openInput, readCsvHeader, readEntries } from '../../src/cli/batch-input.js';
import { fixtureFiles, writeFixture } from '../lint/build-fixture.js';
import { LINT_FIXTURES } from '../lint/fixtures.js';
import { readRules } from '../lint/read-rules.js';
import { mutatedApplicationArb, mutatedGuidelineArb, mutatedRulesArb, optionsArb } from '../fuzz/targets.js';

/*
 * Each code's params are typed (`IssueParamsByCode`) from one table,
 * ISSUE_PARAMS in src/core/issue.ts. The first block is checked by `tsc`
 * (`npm run typecheck` covers tests/): a wrong, missing or mistyped key does
 * not compile. The second runs real inputs through the library and checks
 * that every issue it produces sets only its code's declared keys, every
 * required one, each of the declared kind.
 */

describe('params typed per code (checked by tsc)', () => {
  it('a correct call compiles and returns the issue of that code', () => {
    const issue = makeIssue('too-many', ['events'], { limit: 50 });
    expectTypeOf(issue.code).toEqualTypeOf<'too-many'>();
    expectTypeOf(issue.params.limit).toEqualTypeOf<number>();
    expectTypeOf<IssueParamsByCode['invalid-value']>().toEqualTypeOf<{
      readonly received: string;
      readonly allowed: readonly string[];
      readonly allowedZh?: readonly string[];
      readonly allowedEn?: readonly string[];
    }>();
    expect(issue.params).toEqual({ limit: 50 });
  });

  it('a wrong key, a missing key or a wrong type does not compile', () => {
    // @ts-expect-error `limits` is no key of too-many
    makeIssue('too-many', [], { limits: 50 });
    // @ts-expect-error too-many needs its limit
    makeIssue('too-many', [], {});
    // @ts-expect-error too-many needs params at all
    makeIssue('too-many', []);
    // @ts-expect-error a limit is a number, not a string
    makeIssue('too-many', [], { limit: '50' });
    // @ts-expect-error invalid-value lists what is allowed
    makeIssue('invalid-value', [], { received: '"x"' });
    // @ts-expect-error `side` is 'field' or 'value'
    makeIssue('operator-type', [], { side: 'left', operator: 'equal', allowed: [], received: 'money' });
    // @ts-expect-error a code without params takes none
    makeIssue('unauthorized', [], { key: 'x' });
    makeIssue('unauthorized', []);
    makeIssue('missing-field', ['applicant', 'id']);
    expect(makeIssue('missing-field', ['applicant', 'id']).params).toBeUndefined();
  });

  it('narrowing on code gives that code’s params', () => {
    const issues: Issue[] = [makeIssue('too-many', ['events'], { limit: 3 }), makeIssue('unknown-clause', ['clauseId'], { key: 'x' })];
    const seen: string[] = [];
    for (const issue of issues) {
      if (issue.code === 'too-many') {
        expectTypeOf(issue.params.limit).toEqualTypeOf<number>();
        expectTypeOf(issue.params.received).toEqualTypeOf<string | undefined>();
        seen.push(`limit ${issue.params.limit}`);
      } else if (issue.code === 'unknown-clause') {
        expectTypeOf(issue.params.key).toEqualTypeOf<string>();
        // @ts-expect-error unknown-clause has no limit
        void issue.params.limit;
        seen.push(`key ${issue.params.key}`);
      } else if (issue.code === 'usage') {
        // usage's params are all optional, so a hand-built usage issue may leave them out.
        expectTypeOf(issue.params).toEqualTypeOf<IssueParamsByCode['usage'] | undefined>();
      }
    }
    expect(seen).toEqual(['limit 3', 'key x']);
  });
});

// ---- real inputs ---------------------------------------------------------

const ROOT = join(__dirname, '..', '..');
const collected: Issue[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function kindOf(v: unknown): string {
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'number';
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return 'texts';
  return typeof v;
}

/** What is wrong with an issue's params against its code's declared keys: [] when nothing. */
function paramProblems(issue: Issue): string[] {
  const spec = issueParamSpec(issue.code);
  const params: Record<string, unknown> = issue.params ?? {};
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const s = spec[key];
    if (!s) out.push(`${issue.code}: undeclared key ${key}`);
    else if (value !== undefined && kindOf(value) !== s.kind) out.push(`${issue.code}: ${key} is ${kindOf(value)}, declared ${s.kind}`);
  }
  for (const [key, s] of Object.entries(spec)) {
    if (!s.optional && params[key] === undefined) out.push(`${issue.code}: required key ${key} missing`);
  }
  return out;
}

describe('params as real inputs produce them', () => {
  it('lint fixtures: every rule problem sets its declared keys', () => {
    for (const f of LINT_FIXTURES) {
      if (f.text) {
        for (const [file, text] of Object.entries(fixtureFiles(f))) {
          const r = parseJsonText(text, file);
          if (!r.ok) collected.push(...r.issues);
        }
      } else {
        const dir = writeFixture(f);
        dirs.push(dir);
        collected.push(...lintRules(readRules(dir)));
      }
    }
    expect(collected.flatMap(paramProblems)).toEqual([]);
  });

  it('the example CSV with errors, the bad-input example and API edges', async () => {
    const policy = loadPolicy({ year: 2026 });
    const opened = openInput(join(ROOT, 'examples', 'applications-with-errors.csv'), undefined);
    if (!opened.ok) throw new Error(opened.message.en);
    const header = await readCsvHeader(opened.value);
    if (!header.ok) throw new Error('the example header should read');
    const apps: unknown[] = [];
    for await (const entry of readEntries(opened.value, header.value)) {
      collected.push(...entry.issues.map((li) => li.issue));
      if (entry.issues.length === 0) {
        const r = policy.validate(entry.application);
        if (!r.ok) collected.push(...r.issues);
        else apps.push(entry.application);
      }
    }
    // examples/03-bad-input.mjs: a bad credit code, an impossible date, money as a number, a misspelt field.
    const bad = JSON.parse(readFileSync(join(ROOT, 'examples', '01-enterprise.json'), 'utf8')) as {
      applicant: Record<string, unknown>;
      events: Record<string, unknown>[];
    };
    bad.applicant.creditCode = '914403007152672600';
    bad.events[0]!.date = '2025-02-30';
    bad.events[0]!.intrestRate = '0.04';
    const r = policy.safeEvaluate(bad);
    if (!r.ok) collected.push(...r.issues);
    // More events than one application may hold: too-many with its limit.
    const crowded = policy.safeEvaluate({ ...bad, events: Array.from({ length: 10_001 }, () => bad.events[0]) });
    if (!crowded.ok) collected.push(...crowded.issues);
    // Two applications of one applicant: duplicate-applicant-id with its first and second index.
    if (apps.length > 0) collected.push(...(await policy.evaluateBatch([apps[0], apps[0]])).rejected.flatMap((x) => x.issues));
    for (const options of [{ year: '2026' }, { year: 2031 }, { year: 2026, engine: 'x' }, 7]) {
      const l = safeLoadPolicy(options as never);
      if (!l.ok) collected.push(...l.issues);
    }
    expect(collected.flatMap(paramProblems)).toEqual([]);
  });

  it('random applications, rule files, guidelines and options (fast-check)', () => {
    const policy = loadPolicy({ year: 2026 });
    for (const app of fc.sample(mutatedApplicationArb, 300)) {
      const r = policy.safeEvaluate(app);
      if (!r.ok) collected.push(...r.issues);
    }
    for (const rules of fc.sample(mutatedRulesArb, 80)) {
      const r = safeLoadPolicy({ year: 2026, rules });
      if (!r.ok) collected.push(...r.issues);
    }
    for (const guideline of fc.sample(mutatedGuidelineArb, 80)) {
      const r = safeLoadPolicy({ guideline: guideline as never });
      if (!r.ok) collected.push(...r.issues);
    }
    for (const options of fc.sample(optionsArb, 80)) {
      const r = safeLoadPolicy(options as never);
      if (!r.ok) collected.push(...r.issues);
    }
    expect(collected.flatMap(paramProblems)).toEqual([]);
  });

  it('covered a broad set of codes (so the checks above were not vacuous)', () => {
    const codes = new Set<IssueCode>(collected.map((i) => i.code));
    for (const code of [
      'too-many',
      'invalid-value',
      'unknown-field',
      'money-as-number',
      'invalid-date',
      'invalid-credit-code',
      'operator-type',
      'duplicate-applicant-id',
      'invalid-json',
      'above-ceiling',
    ] as const) {
      expect(codes, code).toContain(code);
    }
    expect(codes.size, [...codes].sort().join(' ')).toBeGreaterThanOrEqual(30);
  });
});
