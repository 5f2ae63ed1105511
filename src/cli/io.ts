import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Issue, makeIssue } from '../issues.js';
import { parseJsonText } from '../json-text.js';

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
    return { ok: false, issues: [makeIssue('usage', [], { detail: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }, file)] };
  }
  return parseJson(text, file);
}

/** Writes through a temporary file and a rename, so a crash never leaves a half-written output. */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
