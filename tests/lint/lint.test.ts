import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledRules, jsonPointer, lintRules } from '../../src/index.js';
import { writeFixture } from './build-fixture.js';
import { runLint } from './cli-harness.js';
import { type ExpectedFinding as Expected, LINT_FIXTURES } from './fixtures.js';
import { readRules } from './read-rules.js';

const RULES = join(__dirname, '..', '..', 'rules');

// Each fixture is written once, from the real rules and its patch, into a temporary directory.
const dirs = new Map(LINT_FIXTURES.map((f) => [f.name, writeFixture(f)]));
afterAll(() => {
  for (const dir of dirs.values()) rmSync(dir, { recursive: true, force: true });
});
const dirOf = (name: string) => dirs.get(name)!;
const fixtures = LINT_FIXTURES.map((f) => f.name).sort();
const expectedOf = (name: string): Expected[] => LINT_FIXTURES.find((f) => f.name === name)!.expected;
/** Fixtures whose breakage is in the JSON text itself: only the CLI, which reads text, can see it. */
const TEXT_FIXTURES = new Set(LINT_FIXTURES.filter((f) => f.text).map((f) => f.name));

const sortKey = (e: Expected) => `${e.file} ${e.pointer} ${e.code}`;

describe("the project's own rules", () => {
  it('lintRules finds nothing in rules/ as read from disk', () => {
    const issues = lintRules(readRules(RULES));
    expect(issues.map((i) => `${i.file} ${jsonPointer(i.path)} ${i.message.en}`)).toEqual([]);
  });

  it('lintRules finds nothing in the bundled rules', () => {
    expect(lintRules(bundledRules)).toEqual([]);
  });

  it('heyuan-ip lint rules/ exits 0 with a one-line summary', async () => {
    const r = await runLint([RULES, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toHaveLength(1);
    expect(r.stdout[0]).toMatch(/^lint passed: .*rules, \d+ clauses, guidelines 2026/);
    expect(r.stdout[0]).toContain('规则检查通过');
  });
});

describe('a broken fixture for each lint rule', () => {
  it('has a fixture for every rule, plus the valid baseline', () => {
    expect(fixtures).toContain('valid');
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of fixtures.filter((f) => !TEXT_FIXTURES.has(f))) {
    it(`${name}: lintRules reports exactly the expected problems`, () => {
      const issues = lintRules(readRules(dirOf(name)));
      const got = issues.map((i) => ({ file: i.file!, pointer: jsonPointer(i.path), code: i.code }));
      expect(got.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(expectedOf(name).sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
      for (const i of issues) {
        expect(i.message.zh.length).toBeGreaterThan(0);
        expect(i.message.en.length).toBeGreaterThan(0);
      }
    });
  }

  for (const name of fixtures) {
    const expected = expectedOf(name);
    it(`${name}: heyuan-ip lint prints one line per problem and exits ${expected.length ? 1 : 0}`, async () => {
      const dir = dirOf(name);
      const r = await runLint([dir]);
      expect(r.code).toBe(expected.length ? 1 : 0);
      if (expected.length === 0) return;
      expect(r.stdout).toHaveLength(expected.length);
      for (const e of expected) {
        const prefix = `${e.file.replace(/^rules\//, `${dir}/`)} ${e.pointer || '(root)'} [${e.code}] `;
        expect(
          r.stdout.some((line) => line.startsWith(prefix)),
          `${prefix}\n${r.stdout.join('\n')}`,
        ).toBe(true);
      }
    });
  }
});

describe('what the lines say', () => {
  it('names the misspelt field, the event type and the fields it has, in both languages', async () => {
    const r = await runLint([dirOf('unknown-field-path'), '--lang', 'en']);
    const [line] = r.stdout;
    expect(line).toContain('$.interestPayed');
    expect(line).toContain('"pledge-loan" event');
    expect(line).toContain('"interestPaid"');
    expect(line).toContain('没有字段 $.interestPayed');
  });

  it('says which table row is missing and that null marks a level not eligible', async () => {
    const r = await runLint([dirOf('table-missing-row'), '--lang', 'en']);
    expect(r.stdout[0]).toContain('"guangdong-patent-award:excellent"');
    expect(r.stdout[0]).toContain('with null if it is not eligible');
  });

  it('says a decimal operator compares money, not a yes/no field', async () => {
    const r = await runLint([dirOf('operator-type-field'), '--lang', 'en']);
    expect(r.stdout[0]).toContain('decimalGreaterThan compares money (a decimal string), but event $.pledgeRegistered is true or false');
  });

  it('reports a broken JSON file as a problem line, not a crash, and still lints the other files', async () => {
    const r = await runLint([dirOf('broken-json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toHaveLength(1);
    expect(r.stdout[0]!.startsWith(`${dirOf('broken-json')}/clauses/pledge-loan-interest.json (root) [invalid-json] `)).toBe(true);
  });

  it('exits 2 for a directory that does not exist', async () => {
    const r = await runLint([join(dirOf('valid'), 'no-such-dir')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toContain('no such directory');
  });
});
