import { type CsvError, type InfoRecord, type Options, parse } from 'csv-parse';
import type { Readable } from 'node:stream';

/*
 * csv-parse over a stream, with each record's spreadsheet row (header = 1,
 * blank lines counted, a cell with line breaks inside still one row: the
 * number a spreadsheet shows, not the physical line) and CSV syntax errors as
 * items in file order, so that one broken row never stops the rest.
 */

export type CsvItem = { row: number; cells: string[] } | { row: number; error: string };

interface LineInfo {
  lines: number;
  empty_lines?: number;
  comment_lines?: number;
}

export interface CsvRecordOptions {
  /** Stop after this many records (the header check needs one). */
  toLine?: number;
  onBytes?: (bytes: number) => void;
}

export async function* csvRecords(input: Readable, options: CsvRecordOptions = {}): AsyncGenerator<CsvItem> {
  // A record's row is one past the last record's plus the blank lines between: records are counted, not
  // physical lines, which a quoted cell with line breaks would push ahead of what a spreadsheet shows.
  let lastRow = 0;
  let lastEmpty = 0;
  let lastComment = 0;
  const startOf = (info: Partial<LineInfo>): number => {
    const empty = info.empty_lines ?? lastEmpty;
    const comment = info.comment_lines ?? lastComment;
    lastRow = lastRow + 1 + (empty - lastEmpty) + (comment - lastComment);
    lastEmpty = empty;
    lastComment = comment;
    return lastRow;
  };
  const errors: { row: number; error: string }[] = [];
  const parseOptions = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    ...(options.toLine !== undefined ? { to_line: options.toLine } : {}),
    on_record: (record: string[], info: InfoRecord) => ({ row: startOf(info), cells: record }),
    on_skip: (err: CsvError | undefined) => {
      errors.push({ row: startOf((err ?? {}) as Partial<LineInfo>), error: err?.message ?? 'CSV syntax error' });
      return undefined;
    },
  };
  // on_record changes the record's shape, which the typings (without `columns`) cannot express.
  const parser = parse(parseOptions as unknown as Options);
  let bytes = 0;
  if (options.onBytes) {
    input.on('data', (chunk: Buffer | string) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      options.onBytes!(bytes);
    });
  }
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  for await (const record of parser as AsyncIterable<{ row: number; cells: string[] }>) {
    while (errors.length > 0 && errors[0]!.row < record.row) yield errors.shift()!;
    // A row of empty cells is what spreadsheets write for a blank line.
    if (record.cells.every((c) => c === '')) continue;
    yield record;
  }
  yield* errors;
}
