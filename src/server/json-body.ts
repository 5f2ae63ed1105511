import { parseJsonText, type PathSegment } from '../index.js';
import { makeIssue } from '../issues.js';
import { HttpError } from './http-error.js';

/*
 * Request bodies as the CLI reads files: strict JSON (a duplicate key is an
 * error, not a silently lost value), and no deeper than the service allows,
 * measured on the text before any parser recurses into it.
 */

/** How deeply the text's arrays and objects nest, read without parsing (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** One JSON document: its value, or an HttpError (400 unreadable, 422 nested too deeply). */
export function parseJsonBody(text: string, maxDepth: number, prefix: PathSegment[] = []): unknown {
  if (nestingDepth(text) > maxDepth) throw new HttpError(422, [makeIssue('too-deep', prefix, { limit: maxDepth })]);
  const r = parseJsonText(text);
  if (!r.ok) throw new HttpError(400, r.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
  return r.value;
}

/** NDJSON: one application per non-empty line; a line's issues are at its index. */
export function parseNdjsonBody(text: string, maxDepth: number, maxLines: number): unknown[] {
  const out: unknown[] = [];
  const lines = text.split('\n');
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (out.length === maxLines) throw tooManyApplications(maxLines);
    out.push(parseJsonBody(trimmed, maxDepth, [out.length]));
  }
  return out;
}

export function tooManyApplications(limit: number): HttpError {
  return new HttpError(413, [makeIssue('too-many', [], { limit, detail: 'applications in one batch' })]);
}
