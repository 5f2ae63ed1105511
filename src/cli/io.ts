import type { Issue } from '../core/issue.js';
import { createWriteStream, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { parseJsonText } from '../schema/json-text.js';
import { tempPathOf } from './output-lock.js';

/** Reads a whole file, or stdin for "-", as UTF-8 with any BOM removed. */
export function readText(file: string): string {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
    // Built by hand rather than with makeIssue: the `usage` wording has one language, this reason has two.
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    const message = { zh: `无法读取该文件（${why}）`, en: `cannot read the file (${why})` };
    return { ok: false, issues: [{ code: 'usage', path: [], message, file: file === '-' ? '(stdin)' : file }] };
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
  out.on('error', (err) => {
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
