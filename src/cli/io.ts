import type { Issue } from '../core/issue.js';
import { closeSync, createWriteStream, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { parseJsonText } from '../schema/json-text.js';
import { ioErrorMessage, isIoError } from './io-error.js';
import { makeIssue } from '../locales/issue.js';
import { tempPathOf } from './output-lock.js';

/**
 * The most bytes one JSON document (an application, a rule file) or one JSONL
 * line may have, checked before anything is parsed: 10,000 events of a
 * realistic size are under 4 MB, and a hostile document of tens of megabytes
 * of tokens made the parser take gigabytes.
 */
export const MAX_APPLICATION_BYTES = 8 * 1024 * 1024;

/** A file over MAX_APPLICATION_BYTES: refused with its size, never read. */
export class TooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`${bytes} bytes, more than ${MAX_APPLICATION_BYTES}`);
  }
}

/** Reads a whole file, or stdin for "-", as UTF-8 with any BOM removed; more than MAX_APPLICATION_BYTES is a TooLargeError. */
export function readText(file: string): string {
  const buf = file === '-' ? readBounded(0) : readFileBounded(file);
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readFileBounded(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_APPLICATION_BYTES) throw new TooLargeError(size);
    return readBounded(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads up to one byte past the limit (a pipe or stdin has no size to check first). */
function readBounded(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_APPLICATION_BYTES) throw new TooLargeError(total);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

export type Parsed = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

/** Strict JSON text: a BOM removed, a syntax error or every duplicate key a coded issue naming the file. */
export function parseJson(text: string, file: string): Parsed {
  return parseJsonText(text, file);
}

export function readJson(file: string): Parsed {
  let text: string;
  try {
    text = readText(file);
  } catch (err) {
    if (err instanceof TooLargeError)
      return {
        ok: false,
        issues: [makeIssue('too-large', [], { received: String(err.bytes), limit: MAX_APPLICATION_BYTES }, file === '-' ? '(stdin)' : file)],
      };
    // Built by hand rather than with makeIssue: the `usage` wording has one language, this reason has two.
    if (!isIoError(err)) throw err;
    return { ok: false, issues: [{ code: 'usage', path: [], message: ioErrorMessage({ ...err, path: file === '-' ? '(stdin)' : file }) }] };
  }
  return parseJson(text, file);
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written output. */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const tmp = tempPathOf(file);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** An output being written to a temporary file; `flush` completes it, `commit` renames it into place. */
export interface AtomicStream {
  readonly path: string;
  write(chunk: string): Promise<void>;
  /** Everything written is on disk in the temporary file; nothing is under the output's name yet. */
  flush(): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

// Temporary files still open, so that an interrupt (Ctrl-C) can remove them.
const openTemps = new Set<AtomicStream>();

/** Removes every temporary file still open: what a SIGINT handler calls before exiting. */
export function abortOpenOutputs(): void {
  for (const s of [...openTemps]) s.abort();
}

/**
 * The streamed form of `writeAtomic`, for outputs too large to build in
 * memory: chunks go to a hidden temporary file beside the target, which
 * appears under its real name only once complete.
 */
export function openAtomicStream(file: string): AtomicStream {
  const tmp = tempPathOf(file);
  const out = createWriteStream(tmp);
  let flushed = false;
  let failure: Error | null = null;
  out.on('error', (err: NodeJS.ErrnoException) => {
    // A failed write (ENOSPC) names no file: name the temporary one, which messages show as the output (io-error.ts).
    err.path ??= tmp;
    failure = err;
  });
  let done = false;
  const stream: AtomicStream = {
    path: file,
    async write(chunk) {
      if (failure) throw failure;
      if (!out.write(chunk)) await once(out, 'drain');
    },
    async flush() {
      if (failure) throw failure;
      if (flushed) return;
      out.end();
      await finished(out);
      flushed = true;
    },
    async commit() {
      await stream.flush();
      renameSync(tmp, file);
      done = true;
      openTemps.delete(stream);
    },
    abort() {
      if (done) return;
      done = true;
      openTemps.delete(stream);
      out.destroy();
      rmSync(tmp, { force: true });
    },
  };
  openTemps.add(stream);
  return stream;
}
