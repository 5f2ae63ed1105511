import type { Issue, PathSegment, Result } from '../core/issue.js';
import { makeIssue, RESERVED_KEYS } from '../locales/issue.js';
import { applicantFields, type CellKind, convertCell, eventFieldKind, eventFieldNames, historyFields } from './cell-kinds.js';
import type { CsvItem } from './csv-records.js';
import type { LocatedIssue, Location, SourceEntry } from './source-entry.js';

/*
 * The CSV input format: one row per event (or history entry), the
 * applicant's columns repeated on each of its rows, rows of one applicant
 * next to each other. Columns are `applicant.<field>`, `event.<field>` and
 * `history.<field>`; an empty cell is an absent field. See docs/cli.md.
 */

type Group = 'applicant' | 'event' | 'history';

export interface CsvColumn {
  name: string;
  group: Group;
  field: string;
}

export interface CsvHeader {
  columns: CsvColumn[];
  idIndex: number;
}

const PREFIXES: readonly Group[] = ['applicant', 'event', 'history'];

function knownField(group: Group, field: string): boolean {
  if (group === 'applicant') return applicantFields.has(field);
  if (group === 'history') return historyFields.has(field);
  return eventFieldNames.has(field);
}

/** Checks the header row: every column names a field of the schema, once; `applicant.id` is there. */
export function parseCsvHeader(cells: readonly string[]): Result<CsvHeader> {
  const issues: Issue[] = [];
  const columns: CsvColumn[] = [];
  const seen = new Set<string>();
  for (const raw of cells) {
    const name = raw.trim();
    const dot = name.indexOf('.');
    const prefix = name.slice(0, dot) as Group;
    const field = name.slice(dot + 1);
    if (RESERVED_KEYS.has(name) || RESERVED_KEYS.has(field)) {
      issues.push(makeIssue('reserved-key', [name], { key: name }));
    } else if (dot < 0 || !PREFIXES.includes(prefix) || !knownField(prefix, field)) {
      issues.push(makeIssue('csv-unknown-column', [], { key: name }));
    } else if (seen.has(name)) {
      issues.push(makeIssue('csv-duplicate-column', [], { key: name }));
    }
    seen.add(name);
    columns.push({ name, group: prefix, field });
  }
  const idIndex = columns.findIndex((c) => c.name === 'applicant.id');
  if (idIndex < 0) issues.push(makeIssue('csv-missing-column', [], { key: 'applicant.id' }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { columns, idIndex } };
}

interface Part {
  row: number;
  fields: Record<string, string>;
}

/** The rows of one applicant while they are being collected. */
class Pending {
  readonly firstRow: number;
  readonly applicant: Record<string, string> = {};
  /** The row each applicant field was first given on. */
  readonly applicantRow: Record<string, number> = {};
  readonly events: Part[] = [];
  readonly history: Part[] = [];
  readonly issues: LocatedIssue[] = [];
  rows = 0;
  constructor(
    readonly key: string | null,
    row: number,
  ) {
    this.firstRow = row;
  }
}

function build(fields: Record<string, string>, kindOf: (field: string) => CellKind): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, text] of Object.entries(fields)) out[field] = convertCell(text, kindOf(field));
  return out;
}

function finish(p: Pending): SourceEntry {
  const application = {
    applicant: build(p.applicant, (f) => applicantFields.get(f) ?? { kind: 'string' }),
    events: p.events.map((e) => build(e.fields, (f) => eventFieldKind(e.fields.type, f))),
    history: p.history.map((h) => build(h.fields, (f) => historyFields.get(f) ?? { kind: 'string' })),
  };
  const locate = (path: readonly PathSegment[]): Location => {
    const [first, second, third] = path;
    if (first === 'applicant') {
      if (typeof second !== 'string') return { row: p.firstRow };
      return { row: p.applicantRow[second] ?? p.firstRow, column: `applicant.${second}` };
    }
    if ((first === 'events' || first === 'history') && typeof second === 'number') {
      const part = (first === 'events' ? p.events : p.history)[second];
      const prefix = first === 'events' ? 'event' : 'history';
      const loc: Location = { row: part?.row ?? p.firstRow };
      if (typeof third === 'string') loc.column = `${prefix}.${third}`;
      return loc;
    }
    return { row: p.firstRow };
  };
  return { application, applicantId: p.key, rows: p.rows, issues: p.issues, locate };
}

/**
 * Groups CSV records (the header already read) into applications, one
 * entry per run of rows sharing an `applicant.id`. Cells are converted by
 * the schema's field types; what cannot be converted is left for the
 * validator to name.
 */
export async function* csvApplications(header: CsvHeader, items: AsyncIterable<CsvItem>): AsyncGenerator<SourceEntry> {
  const firstSeen = new Map<string, number>();
  let current: Pending | null = null;
  for await (const item of items) {
    if ('error' in item) {
      if (current) yield finish(current);
      current = null;
      const issue = makeIssue('invalid-csv', [], { detail: item.error });
      yield { application: undefined, applicantId: null, rows: 1, issues: [{ issue, row: item.row }], locate: () => ({ row: item.row }) };
      continue;
    }
    const { row, cells } = item;
    const idCell = cells[header.idIndex] ?? '';
    const key = idCell === '' ? null : idCell;
    if (!current || key === null || current.key !== key) {
      if (current) yield finish(current);
      current = new Pending(key, row);
      if (key !== null) {
        const before = firstSeen.get(key);
        if (before !== undefined) {
          const issue = makeIssue('csv-applicant-split', ['applicant', 'id'], { key, detail: String(before) });
          current.issues.push({ issue, row, column: 'applicant.id' });
        } else firstSeen.set(key, row);
      }
    }
    addRow(header, current, row, cells);
  }
  if (current) yield finish(current);
}

function addRow(header: CsvHeader, p: Pending, row: number, cells: readonly string[]): void {
  p.rows++;
  if (cells.length !== header.columns.length) {
    const issue = makeIssue('csv-cell-count', [], { received: String(cells.length), limit: header.columns.length });
    p.issues.push({ issue, row });
  }
  const event: Record<string, string> = {};
  const history: Record<string, string> = {};
  header.columns.forEach((col, i) => {
    const text = cells[i] ?? '';
    if (text === '') return;
    if (col.group === 'event') event[col.field] = text;
    else if (col.group === 'history') history[col.field] = text;
    else if (!Object.hasOwn(p.applicant, col.field)) {
      p.applicant[col.field] = text;
      p.applicantRow[col.field] = row;
    } else if (!sameCell(p.applicant[col.field]!, text, col.field)) {
      const issue = makeIssue('csv-applicant-differs', ['applicant', col.field], {
        key: col.name,
        received: JSON.stringify(text),
        expected: JSON.stringify(p.applicant[col.field]),
        detail: String(p.applicantRow[col.field]),
      });
      p.issues.push({ issue, row, column: col.name });
    }
  });
  if (Object.keys(event).length > 0) p.events.push({ row, fields: event });
  if (Object.keys(history).length > 0) p.history.push({ row, fields: history });
}

/** Two applicant cells say the same when they convert to the same value ("TRUE" and "true" do). */
function sameCell(a: string, b: string, field: string): boolean {
  if (a === b) return true;
  const kind = applicantFields.get(field) ?? { kind: 'string' as const };
  return JSON.stringify(convertCell(a, kind)) === JSON.stringify(convertCell(b, kind));
}
