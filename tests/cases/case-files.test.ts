import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFileNames, loadCaseFiles, parseCaseFile } from './case-file.js';

const RULES = join(__dirname, '..', '..', 'rules', 'clauses');
const ruleIds = readdirSync(RULES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe('one clause table per clause', () => {
  it('every rules/clauses/<id>.json has tests/cases/<id>.yaml, and every table a rule file', () => {
    expect(caseFileNames().map((f) => f.replace(/\.yaml$/, ''))).toEqual(ruleIds);
  });

  it("each table names its file's clause and the clause's article", () => {
    for (const file of loadCaseFiles()) {
      const rule = JSON.parse(readFileSync(join(RULES, `${file.clause}.json`), 'utf8')) as { id: string; article: string };
      expect({ file: file.file, clause: file.clause, article: file.article }).toEqual({
        file: `tests/cases/${rule.id}.yaml`,
        clause: rule.id,
        article: rule.article,
      });
    }
  });
});

describe('a malformed table fails loudly, naming its file and the path of each problem', () => {
  const valid = readFileSync(join(__dirname, 'ip-talent.yaml'), 'utf8');

  it('an amount written as a number instead of a quoted string', () => {
    const text = valid.replace("base: '10000.00', amount: '10000.00'", "base: '10000.00', amount: 10000.00");
    expect(text).not.toBe(valid);
    expect(() => parseCaseFile('tests/cases/x.yaml', text)).toThrow(
      /tests\/cases\/x\.yaml: cases\.0\.items\.0\.amount: an amount is a quoted string with two decimals/,
    );
  });

  it('a refusal that does not say which condition failed', () => {
    const text = valid.replace('eligible: false, blocking: [C1], ', 'eligible: false, ');
    expect(text).not.toBe(valid);
    expect(() => parseCaseFile('tests/cases/x.yaml', text)).toThrow(
      /tests\/cases\/x\.yaml: cases\.3\.items\.0\.blocking: a refusal names the conditions that failed/,
    );
  });

  it('a misspelt key', () => {
    const text = valid.replace('    history: [{ clause: ip-talent, year: 2023', '    histroy: [{ clause: ip-talent, year: 2023');
    expect(text).not.toBe(valid);
    expect(() => parseCaseFile('tests/cases/x.yaml', text)).toThrow(/tests\/cases\/x\.yaml: cases\.5: Unrecognized key: "histroy"/);
  });

  it('a case with no expectation', () => {
    expect(() => parseCaseFile('tests/cases/x.yaml', `${valid}\n  - case: nothing expected\n`)).toThrow(
      /cases\.8\.items: a case expects either items or rejected paths/,
    );
  });

  it('text that is not YAML', () => {
    expect(() => parseCaseFile('tests/cases/x.yaml', 'cases: [\n')).toThrow(/^tests\/cases\/x\.yaml: not YAML/);
  });
});
