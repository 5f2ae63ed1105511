import { parse } from 'csv-parse/browser/esm/sync';
import { csvApplications, parseCsvHeader } from '../cli/csv-applications.js';
import type { CsvItem } from '../cli/csv-records.js';
import type { Issue } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';
import { parseJsonText, stripBom } from '../schema/json-text.js';

/*
 * A loaded file as applications, in the browser: a JSON application or array,
 * JSON lines, or the CLI's CSV format (the same grouping code as the CLI, fed
 * from csv-parse's browser build). What cannot be read is returned with its
 * problems, so the page lists it as returned rather than dropping it.
 */

export interface ReadEntry {
  application: unknown;
  /** Problems found while reading (the validator finds the rest). */
  issues: Issue[];
  label: string;
}

export async function readBatch(name: string, text: string): Promise<ReadEntry[]> {
  const body = stripBom(text);
  if (/\.csv$/i.test(name)) return readCsv(name, body);
  if (/\.jsonl$/i.test(name)) {
    return body
      .split(/\r?\n/)
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, i }) => {
        const parsed = parseJsonText(line, `line ${i + 1}`);
        return parsed.ok
          ? { application: parsed.value, issues: [], label: `${name}:${i + 1}` }
          : { application: undefined, issues: parsed.issues, label: `${name}:${i + 1}` };
      });
  }
  const parsed = parseJsonText(body, name);
  if (!parsed.ok) return [{ application: undefined, issues: parsed.issues, label: name }];
  const list = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  return list.map((application, i) => ({ application, issues: [], label: `${name}#${i + 1}` }));
}

async function readCsv(name: string, text: string): Promise<ReadEntry[]> {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    return [{ application: undefined, issues: [makeIssue('invalid-csv', [], { detail: String((err as Error).message) })], label: name }];
  }
  const header = parseCsvHeader(records[0] ?? []);
  if (!header.ok) return [{ application: undefined, issues: header.issues, label: `${name}:1` }];
  async function* items(): AsyncGenerator<CsvItem> {
    for (let i = 1; i < records.length; i++) yield { row: i + 1, cells: records[i]! };
  }
  const out: ReadEntry[] = [];
  for await (const entry of csvApplications(header.value, items())) {
    // where a person finds it: the file and the spreadsheet row the applicant starts on
    out.push({ application: entry.application, issues: entry.issues.map((li) => li.issue), label: `${name}:${entry.issues[0]?.row ?? entry.locate([]).row}` });
  }
  return out;
}
