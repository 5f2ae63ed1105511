import type { Readable } from 'node:stream';
import { makeIssue } from '../locales/issue.js';
import { boundedLines } from './bounded-lines.js';
import { MAX_APPLICATION_BYTES, parseJson } from './io.js';
import type { SourceEntry } from './source-entry.js';

/**
 * One application per line; blank lines are skipped (but counted, so a row
 * number is the line an editor shows); a line that is not JSON is an entry
 * with its issue, never the end of the batch.
 */
export async function* jsonlApplications(input: Readable, file: string, onBytes?: (bytes: number) => void): AsyncGenerator<SourceEntry> {
  let row = 0;
  let bytes = 0;
  for await (const item of boundedLines(input, MAX_APPLICATION_BYTES)) {
    row++;
    bytes += item.bytes + 1;
    onBytes?.(bytes);
    const at = row;
    if ('tooLong' in item) {
      // Refused before parsing: one rejected row, never the end of the batch.
      const issue = makeIssue('too-large', [], { received: String(item.bytes), limit: MAX_APPLICATION_BYTES }, file);
      yield { application: undefined, applicantId: null, rows: 1, issues: [{ issue, row: at }], locate: () => ({ row: at }) };
      continue;
    }
    const line = item.line;
    if (line.trim() === '') continue;
    const parsed = parseJson(line, file);
    if (!parsed.ok) {
      yield { application: undefined, applicantId: null, rows: 1, issues: parsed.issues.map((issue) => ({ issue, row: at })), locate: () => ({ row: at }) };
      continue;
    }
    const id = (parsed.value as { applicant?: { id?: unknown } } | null)?.applicant?.id;
    yield { application: parsed.value, applicantId: typeof id === 'string' ? id : null, rows: 1, issues: [], locate: () => ({ row: at }) };
  }
}
