/**
 * Rule paths are the dotted subset of JSONPath (`$.applicant.county`),
 * resolved here on own properties only. No filter or script expression is
 * accepted, so nothing a rule file says ever reaches jsonpath-plus.
 */
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const cache = new Map<string, readonly string[]>();

export function isRulePath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length > 256 || !path.startsWith('$.')) return false;
  return path
    .slice(2)
    .split('.')
    .every((s) => SEGMENT.test(s) && !RESERVED.has(s));
}

export function pathSegments(path: string): readonly string[] {
  let segments = cache.get(path);
  if (!segments) {
    if (!isRulePath(path)) throw new TypeError(`not a rule path: ${JSON.stringify(path)}`);
    segments = Object.freeze(path.slice(2).split('.'));
    cache.set(path, segments);
  }
  return segments;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The value at `path`, or undefined when any step is not an own property of an object. */
export function resolvePath(value: unknown, path: string): unknown {
  return resolveSegments(value, pathSegments(path));
}

/** One step: the own property `key` of an object that is not an array, or undefined. */
function own(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && hasOwn.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
}

/** resolvePath with the segments already split (a compiled condition splits its paths once). */
export function resolveSegments(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (let i = 0; i < segments.length && current !== undefined; i++) current = own(current, segments[i]!);
  return current;
}

/**
 * resolveSegments specialised for one path, for compiled conditions: nearly
 * every rule path is one or two steps, and a closure per length avoids the
 * generic loop on every leaf of every item.
 */
export function segmentReader(segments: readonly string[]): (value: unknown) => unknown {
  if (segments.length === 1) {
    const [a] = segments as [string];
    return (v) => own(v, a);
  }
  if (segments.length === 2) {
    const [a, b] = segments as [string, string];
    return (v) => own(own(v, a), b);
  }
  return (v) => resolveSegments(v, segments);
}
