import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { DECISION_CSV_COLUMNS, decisionCsvHeader, decisionCsvRows } from '../../src/cli/decision-csv.js';
import type { Decision } from '../../src/engine/decision.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * The results CSV read back by a CSV parser (as a spreadsheet reads it) has
 * exactly one row per item, under the right applicant, whatever the ids hold:
 * line breaks, quotes, commas, formula starters. Regression: a lone LF or CR
 * in an id was written unquoted (csv-stringify quotes only a full CRLF once
 * `record_delimiter` is set), which split the row in two.
 */

const policy = loadPolicy({ year: 2026 });

/** A cell as csv-stringify's formula escape writes it: one `'` before a formula starter. */
const escaped = (v: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? `'${v}` : v);

function csvOf(decisions: Decision[]): string {
  return decisionCsvHeader() + decisions.map((d) => decisionCsvRows(d, 'en')).join('');
}

/** Read as a spreadsheet reads it: any unquoted CR, LF or CRLF ends a row (csv-parse would otherwise take CRLF alone from the first line). */
function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];
}

function expectRowsMatch(decisions: Decision[], rows: Record<string, string>[]): void {
  const expected = decisions.flatMap((d) =>
    d.items.map((item) => ({
      applicant_id: escaped(d.applicantId),
      subject: escaped(item.subject),
      subject_key: escaped(item.subjectKey),
      amount: item.amount,
      clause: item.clause,
    })),
  );
  expect(rows.map((r) => ({ applicant_id: r.applicant_id, subject: r.subject, subject_key: r.subject_key, amount: r.amount, clause: r.clause }))).toEqual(
    expected,
  );
}

describe('results CSV', () => {
  it('quotes a lone LF or CR in an id, so the row is not split (regression)', () => {
    const app = sampleApplication();
    app.applicant.id = 'A-001\nHY-777';
    app.events[0].id = 'E-1\n=2+5';
    app.events[1].id = 'E-2\r@SUM(1+1)';
    const d = policy.evaluateSync(app);
    const csv = csvOf([d]);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(d.items.length);
    expect(Object.keys(rows[0]!)).toEqual([...DECISION_CSV_COLUMNS]);
    expectRowsMatch([d], rows);
    // Each line break of an id sits inside a quoted cell.
    expect(csv).toContain('"A-001\nHY-777"');
    expect(csv).toContain('"E-2\r@SUM(1+1)"');
  });

  const idChar = fc.constantFrom('\n', '\r', '\r\n', '"', ',', '=', '+', '-', '@', '\t', ';', "'", 'A', '河', ' ', '\u2028');
  const hostileId = fc.array(idChar, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
  const N = runs(100);
  prop.prop([fc.array(fc.tuple(hostileId, hostileId, hostileId), { minLength: 1, maxLength: 4 })], { numRuns: N })(
    'parsed back with csv-parse, the rows are exactly the decisions’ items, whatever the ids hold',
    (ids) => {
      const decisions = ids.map(([applicant, e1, e2], i) => {
        const app = sampleApplication();
        app.applicant.id = `${applicant}${i}`;
        // distinct event ids even once compared by identity (whitespace aside)
        app.events[0].id = `1${e1}`;
        app.events[1].id = `2${e2}`;
        return policy.evaluateSync(app);
      });
      expectRowsMatch(decisions, rowsOf(csvOf(decisions)));
    },
  );
  record('csv: results parsed back equal the items (hostile ids)', N, 0);
});
