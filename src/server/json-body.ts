import type { PathSegment } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';
import { parseJsonText } from '../schema/json-text.js';
import { HttpError } from './http-error.js';

/*
 * Request bodies as the CLI reads files: strict JSON (a duplicate key is an
 * error, not a silently lost value, and a BOM is allowed), and no deeper than
 * the service allows, measured on the text before any parser recurses into it.
 */

/** What a scan of JSON text finds without parsing it (strings skipped): how deeply it nests, and how many object members it writes. */
export function scanJson(text: string): { depth: number; members: number } {
  let depth = 0;
  let max = 0;
  let members = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a) members++; // outside strings, a colon only ever separates a key from its value
  }
  return { depth: max, members };
}

/** How many members the parsed value's objects have: fewer than the text wrote means a key was written twice. */
function memberCount(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    for (const k in v) {
      n++;
      stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return n;
}

/** One JSON document: its value, or an HttpError (400 unreadable, 422 nested too deeply). */
export function parseJsonBody(text: string, maxDepth: number, prefix: PathSegment[] = []): unknown {
  const scan = scanJson(text);
  if (scan.depth > maxDepth) throw new HttpError(422, [makeIssue('too-deep', prefix, { limit: maxDepth })]);
  // The library's strict parser finds duplicate keys through a syntax tree, many times JSON.parse's cost
  // (measured: most of a request's time): it runs only when the count of members says a key repeats, or the text is not JSON.
  try {
    const value: unknown = JSON.parse(text);
    if (memberCount(value) === scan.members) return value;
  } catch {
    // not JSON: the library's parser words the reason
  }
  const r = parseJsonText(text);
  if (!r.ok)
    throw new HttpError(
      400,
      r.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })),
    );
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
