/**
 * How deep a rule file's JSON may nest. Conditions are read by recursive
 * schemas and compiled by recursive functions: a hostile file nested a few
 * thousand levels deep would overflow the stack (a RangeError, not an issue).
 * Real clauses nest fewer than ten levels.
 */
export const MAX_DEPTH = 100;

/** The path of the first value nested deeper than `max`, found without recursion; null if none. */
export function tooDeep(value: unknown, max = MAX_DEPTH): PathSegment[] | null {
  const stack: Array<{ v: unknown; path: PathSegment[] }> = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length > max) return path;
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
    for (const [k, x] of entries) if (x !== null && typeof x === 'object') stack.push({ v: x, path: [...path, k] });
  }
  return null;
}
import type { PathSegment } from './issue.js';
