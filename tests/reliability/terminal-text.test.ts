import { describe, expect, it } from 'vitest';
import { batchSummary } from '../../src/cli/batch-summary.js';
import { issueLine } from '../../src/cli/exit.js';
import { decisionTable } from '../../src/cli/format-table.js';
import { explain } from '../../src/report/explain.js';
import { makeIssue } from '../../src/locales/issue.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { terminalText } from '../../src/report/terminal-text.js';
import { guardGlobals } from '../properties/harness.js';
import { sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * Ids from other systems printed to a reviewer's terminal. Regression: ESC
 * sequences and bidi overrides in ids printed raw in the table and the
 * explanation text, so a terminal could be made to clear the screen and show
 * fake rows.
 */

const policy = loadPolicy({ year: 2026 });
// Clear the screen, home the cursor, print a fake paid row; a C1 CSI; a right-to-left override; a bare CR.
const HOSTILE = ['\u001b[2J\u001b[1;1HA-999 total 9999999.00', '\u009b31m', '\u202eevil', 'x\rPAID', 'a\u2028b', '\u0007'];
// eslint-disable-next-line no-control-regex -- the control characters a terminal would act on are what this looks for
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function hostileDecision() {
  const app = sampleApplication();
  app.applicant.id = HOSTILE.join('|');
  app.events[0].id = `E${HOSTILE[2]}`;
  app.events[1].id = `E${HOSTILE[0]}`;
  return policy.evaluateSync(app);
}

describe('control characters in text outputs', () => {
  it('terminalText shows C0, C1, DEL, bidi and line separators as codes', () => {
    expect(terminalText('a\u001b[2Jb')).toBe('a\\u001B[2Jb');
    expect(terminalText('\u009b\u007f\u202e\u2066\u2028\r\n\t')).toBe('\\u009B\\u007F\\u202E\\u2066\\u2028\\u000D\\u000A\\u0009');
    expect(terminalText('河源 A-001 ｜ ok')).toBe('河源 A-001 ｜ ok');
  });

  it('the decision table has none of them raw, one line per row', () => {
    const d = hostileDecision();
    const table = decisionTable(d, 'en');
    for (const line of table.split('\n')) expect(line).not.toMatch(RAW);
    expect(table).toContain('\\u001B[2J');
    // No id breaks a row in two: the head, then exactly one line per item, then the blank line closing the table.
    const lines = table.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Art.'));
    expect(head).toBe(2);
    expect(lines.slice(head + 1, head + 1 + d.items.length).every((l) => /^\d+\.\d+ /.test(l))).toBe(true);
    expect(lines[head + 1 + d.items.length]).toBe('');
    // Below the table, one line each: no excluded events here, the warnings, the policy's source note (said once), the rules hash.
    expect(d.excludedEvents).toEqual([]);
    expect(lines.at(-2)).toMatch(/^Note: article numbers are this rule catalogue's own/);
    expect(lines).toHaveLength(3 + d.items.length + 1 + d.warnings.length + 1 + 1);
  });

  it('the explanation text has none of them raw', () => {
    const text = explain(hostileDecision(), { lang: 'zh' }).text;
    for (const line of text.split('\n')) expect(line).not.toMatch(RAW);
    expect(text).toContain('\\u202E');
  });

  it('issue lines and the batch summary have none of them raw', () => {
    const issue = makeIssue('duplicate-applicant-id', ['applicant', 'id'], { key: HOSTILE[0]!, first: 0, index: 1 });
    expect(issueLine({ ...issue, file: `in${HOSTILE[3]}.jsonl:2` }, 'en')).not.toMatch(RAW);
    const summary = batchSummary(
      { year: 2026, input: `in${HOSTILE[0]}.jsonl`, rows: 1, decided: 1, rejected: 1, errorsFile: `e${HOSTILE[2]}.jsonl` },
      null,
      'en',
    );
    for (const line of summary.split('\n')) expect(line).not.toMatch(RAW);
  });
});
