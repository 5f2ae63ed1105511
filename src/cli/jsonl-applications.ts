import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseJson } from './io.js';
import type { SourceEntry } from './source-entry.js';

/**
 * One application per line; blank lines are skipped (but counted, so a row
 * number is the line an editor shows); a line that is not JSON is an entry
 * with its issue, never the end of the batch.
 */
export async function* jsonlApplications(input: Readable, file: string, onBytes?: (bytes: number) => void): AsyncGenerator<SourceEntry> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let row = 0;
  let bytes = 0;
  for await (const line of lines) {
    row++;
    bytes += Buffer.byteLength(line) + 1;
    onBytes?.(bytes);
    if (line.trim() === '') continue;
    const at = row;
    const parsed = parseJson(line, file);
    if (!parsed.ok) {
      yield { application: undefined, applicantId: null, rows: 1, issues: parsed.issues.map((issue) => ({ issue, row: at })), locate: () => ({ row: at }) };
      continue;
    }
    const id = (parsed.value as { applicant?: { id?: unknown } } | null)?.applicant?.id;
    yield { application: parsed.value, applicantId: typeof id === 'string' ? id : null, rows: 1, issues: [], locate: () => ({ row: at }) };
  }
}
