import type { Bilingual, Result } from '../core/issue.js';
import { cliBoth } from './cli-wording.js';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { makeIssue } from '../locales/issue.js';
import { type CsvHeader, csvApplications, parseCsvHeader } from './csv-applications.js';
import { csvRecords } from './csv-records.js';
import { ioErrorMessage, isIoError } from './io-error.js';
import { jsonlApplications } from './jsonl-applications.js';
import type { SourceEntry } from './source-entry.js';

export const INPUT_FORMATS = ['jsonl', 'csv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Record<string, InputFormat> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' };

/** An input the batch can read twice (its two passes): a file, or stdin held in memory. */
export interface BatchInput {
  format: InputFormat;
  /** How the file is named in messages. */
  label: string;
  size: number;
  open(): Readable;
}

/** A usage problem, worded in both languages: the caller prints it and exits 2. */
export type Opened = { ok: true; value: BatchInput } | { ok: false; message: Bilingual };

const usage = (message: Bilingual): Opened => ({ ok: false, message });

export function openInput(file: string, format: string | undefined): Opened {
  let fmt: InputFormat | undefined;
  if (format !== undefined) {
    if (!(INPUT_FORMATS as readonly string[]).includes(format))
      return usage(cliBoth((w) => w.unknownOption({ option: '--input-format', value: format, allowed: INPUT_FORMATS })));
    fmt = format as InputFormat;
  } else if (file === '-') fmt = 'jsonl';
  else fmt = BY_EXTENSION[extname(file).toLowerCase()];
  if (fmt === undefined) return usage(cliBoth((w) => w.unknownInputFileFormat({ file })));

  if (file === '-') {
    // Stdin cannot be read twice, so it is held in memory for the second pass.
    const data = readFileSync(0);
    return { ok: true, value: { format: fmt, label: '(stdin)', size: data.length, open: () => Readable.from([data]) } };
  }
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return usage(cliBoth((w) => w.notAFile({ file })));
    size = st.size;
  } catch (err) {
    if (!isIoError(err)) throw err;
    return usage(ioErrorMessage(err));
  }
  return { ok: true, value: { format: fmt, label: file, size, open: () => createReadStream(file) } };
}

/** Reads only the header row of a CSV input, so a bad header stops the run before anything is decided. */
export async function readCsvHeader(input: BatchInput): Promise<Result<CsvHeader>> {
  const stream = input.open();
  try {
    for await (const item of csvRecords(stream, { toLine: 1 })) {
      if ('error' in item) return { ok: false, issues: [makeIssue('invalid-csv', [], { detail: item.error })] };
      return parseCsvHeader(item.cells);
    }
  } finally {
    stream.destroy();
  }
  return { ok: false, issues: [makeIssue('csv-missing-column', [], { key: 'applicant.id' })] };
}

/** The entries of one pass over the input. */
export async function* readEntries(input: BatchInput, header: CsvHeader | null, onBytes?: (bytes: number) => void): AsyncGenerator<SourceEntry> {
  if (input.format === 'jsonl') {
    yield* jsonlApplications(input.open(), input.label, onBytes);
    return;
  }
  yield* csvApplications(header!, skipFirst(csvRecords(input.open(), { onBytes })));
}

async function* skipFirst<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  let first = true;
  for await (const item of items) {
    if (first) first = false;
    else yield item;
  }
}
