import type { core } from 'zod';
import { en } from './en/issues.js';
import type { IssueWording, MessageParams, Wording } from './types.js';
import { zh } from './zh/issues.js';
import {
  type Bilingual,
  formatPath,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssueParamsByCode,
  type ParamsOptional,
  type PathSegment,
} from '../core/issue.js';

export type { Bilingual, Issue, IssueCode, IssueOf, IssueParams, IssueParamsByCode, PathSegment, Result } from '../core/issue.js';
export { formatPath, jsonPointer } from '../core/issue.js';

/** `params` and `file`, with `params` left out only for a code whose params are all optional. */
type ParamsAndFile<C extends IssueCode> =
  ParamsOptional<C> extends true ? [params?: IssueParamsByCode[C], file?: string] : [params: IssueParamsByCode[C], file?: string];

/** An issue worded in both languages from its code's params; a key the code does not set, or one it needs left out, is a compile error. */
export function makeIssue<C extends IssueCode>(code: C, path: readonly PathSegment[], ...[params, file]: ParamsAndFile<C>): IssueOf<C> {
  const given = (params ?? {}) as IssueParamsByCode[C];
  const p = { ...given, path: formatPath(path) } as MessageParams<C>;
  // The tables are typed per code; indexing them with a generic code loses that link, so it is restored here.
  const word = (table: IssueWording) => (table[code] as Wording<C>)(p);
  const issue = { code, path: [...path], message: { zh: word(zh), en: word(en) } } as IssueOf<C>;
  // Only what was given: a form reads `params.received`, not a path it already has.
  if (Object.keys(given).length > 0) issue.params = { ...given };
  if (file !== undefined) issue.file = file;
  return issue;
}

/** `makeIssue` for a helper that forwards a generic code and its params, with the file they are in. */
export function makeIssueInFile<C extends IssueCode>(
  file: string | undefined,
  code: C,
  path: readonly PathSegment[],
  params: IssueParamsByCode[C],
): IssueOf<C> {
  return makeIssue(code, path, ...([params, file] as ParamsAndFile<C>));
}

/**
 * Thrown by the throwing entry points; its `issues` are what their `safe`
 * twins return. `message` is English (what a log shows); `messages` has the
 * same line in both languages, for a caller who shows it to people.
 */
export class PolicyError extends Error {
  readonly issues: Issue[];
  readonly messages: Bilingual;
  constructor(issues: Issue[]) {
    const first = issues[0];
    const at = first && first.path.length > 0 ? formatPath(first.path) : null;
    const n = issues.length - 1;
    const messages: Bilingual = first
      ? {
          zh: `${first.code}：${at ? `${at}：` : ''}${first.message.zh}${n > 0 ? `（另有 ${n} 个问题）` : ''}`,
          en: `${first.code}: ${at ? `${at}: ` : ''}${first.message.en}${n > 0 ? ` (+${n} more)` : ''}`,
        }
      : { zh: '政策规则错误', en: 'policy error' };
    super(messages.en);
    this.name = 'PolicyError';
    this.issues = issues;
    this.messages = messages;
  }
}

/** A value as a message shows it: JSON for a scalar, `[…]` or `{…}` for a container; the same in every language. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return `(${typeof value})`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

/** The label of an allowed code at a path (relative to the object validated), from the vocabulary. */
export type AllowedLabel = (path: readonly PathSegment[], code: string) => Bilingual | undefined;

/**
 * Schemas tag their own failures with a message key (`money`, `date`, …);
 * this turns every zod issue into one of ours, worded in both languages.
 */
export function fromZodIssue(iss: core.$ZodIssue, prefix: readonly PathSegment[] = [], file?: string, label?: AllowedLabel): Issue[] {
  const path = [...prefix, ...(iss.path as PathSegment[])];
  // Each allowed code's label, when every one has one: the message names them beside the codes a writer types.
  const labelled = (allowed: readonly string[]) => {
    const labels = label === undefined ? [] : allowed.map((a) => label(iss.path as PathSegment[], a));
    return allowed.length > 0 && labels.length === allowed.length && labels.every((l) => l !== undefined)
      ? { allowedZh: labels.map((l) => l!.zh), allowedEn: labels.map((l) => l!.en) }
      : {};
  };
  // With reportInput zod includes `input: undefined` for a key left out; parsed JSON never holds undefined, so that means missing.
  const hasInput = 'input' in iss && (iss as { input?: unknown }).input !== undefined;
  const input = (iss as { input?: unknown }).input;
  const received = describeValue(input);
  const mk = <C extends IssueCode>(code: C, params: IssueParamsByCode[C], at = path): Issue => makeIssueInFile(file, code, at, params);

  if (iss.code === 'unrecognized_keys') {
    return iss.keys.map((key) => mk(RESERVED_KEYS.has(key) ? 'reserved-key' : 'unknown-field', { key }, [...path, key]));
  }
  if (!hasInput && (iss.code === 'invalid_type' || iss.code === 'invalid_value')) {
    return [mk('missing-field', iss.code === 'invalid_type' ? { expected: iss.expected } : {})];
  }
  switch (iss.message) {
    case 'required':
      // A field required only together with another (creditCode for non-individuals, isSme for enterprises).
      return [mk('missing-field', { expected: (iss as { expected?: string }).expected })];
    case 'money':
      if (typeof input === 'number') return [mk('money-as-number', { received, detail: numberHint(input) })];
      return [mk('invalid-money', { received })];
    case 'rate':
      return [mk('invalid-rate', { received })];
    case 'date':
      return [mk('invalid-date', { received })];
    case 'credit-code':
      return [mk('invalid-credit-code', { received })];
    case 'patent-number':
      return [mk('invalid-patent-number', { received })];
    case 'count':
      return [mk('invalid-count', { received })];
    case 'path':
      return [mk('invalid-path', { received })];
    case 'duplicate-event-id':
      return [mk('duplicate-event-id', { key: String(input) })];
    case 'credit-code-prefix': {
      // The schema's refinement always sets both (src/schema/application.ts).
      const params = (iss as unknown as { params: { kind: string; kindLabel: Bilingual; prefix: string } }).params;
      return [mk('credit-code-prefix', { received, prefix: params.prefix, kind: params.kind, kindZh: params.kindLabel.zh, kindEn: params.kindLabel.en })];
    }
    case 'count-above-field': {
      const params = (iss as unknown as { params: { field: string; fieldLabel: Bilingual; limit: number } }).params;
      return [mk('count-above-field', { received, key: params.field, keyZh: params.fieldLabel.zh, keyEn: params.fieldLabel.en, limit: params.limit })];
    }
  }
  switch (iss.code) {
    case 'invalid_type':
      return [mk('invalid-type', { expected: iss.expected, received })];
    case 'invalid_value':
      return [mk('invalid-value', { received, allowed: iss.values.map(String), ...labelled(iss.values.map(String)) })];
    case 'invalid_union':
      if ('note' in iss && iss.note === 'No matching discriminator') {
        const options = ((iss as { options?: unknown[] }).options ?? []).map(String);
        const value = (input as Record<string, unknown> | undefined)?.[String(path[path.length - 1])];
        return [mk('unknown-event-type', { received: describeValue(value), allowed: options, ...labelled(options) })];
      }
      {
        // A condition is `all`, `any`, `not` or a leaf: report the problems of the
        // shape the input came closest to, at their own paths, not "invalid input".
        const options = (iss as { errors?: core.$ZodIssue[][] }).errors ?? [];
        if (options.length > 0) return closestOption(options).flatMap((inner) => fromZodIssue(inner, path, file));
      }
      return [mk('invalid-input', { received, detail: iss.message })];
    case 'too_big':
      if (iss.origin === 'string') return [mk('too-long', { limit: Number(iss.maximum) })];
      if (iss.origin === 'array') return [mk('too-many', { limit: Number(iss.maximum) })];
      return [mk('invalid-input', { received, detail: `at most ${String(iss.maximum)}` })];
    case 'too_small':
      if (iss.origin === 'array') return [mk('too-few', { limit: Number(iss.minimum) })];
      if (iss.origin === 'string') return [mk('missing-field', { expected: 'non-empty-string' })];
      return [mk('invalid-input', { received, detail: `at least ${String(iss.minimum)}` })];
    default:
      return [mk('invalid-input', { received, detail: iss.message })];
  }
}

/** How far an input is from one shape of a union: each unknown key and each other problem counts one. */
function distance(issues: readonly core.$ZodIssue[]): number {
  let d = 0;
  for (const i of issues) {
    if (i.code === 'unrecognized_keys') d += i.keys.length;
    else if (i.code === 'invalid_union') d += Math.min(...((i as { errors?: core.$ZodIssue[][] }).errors ?? [[]]).map(distance));
    else d += 1;
  }
  return d;
}

function closestOption(options: readonly core.$ZodIssue[][]): core.$ZodIssue[] {
  let best = options[0]!;
  for (const o of options) if (distance(o) < distance(best)) best = o;
  return best;
}

export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function numberHint(n: number): string {
  return Number.isFinite(n) && n >= 0 ? String(n) : '0.00';
}

/** Whether any key, however deep, is reserved: the same walk as findReservedKeys, with no paths. */
function hasReservedKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  // A caller's object may be cyclic: each object is looked at once, or the walk never ends.
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (RESERVED_KEYS.has(key)) return true;
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** Every `__proto__`/`constructor`/`prototype` key, however deep: always an error, never stripped. */
export function findReservedKeys(value: unknown, prefix: readonly PathSegment[] = [], file?: string): Issue[] {
  if (!hasReservedKey(value)) return []; // the common case, without building a path per value
  const issues: Issue[] = [];
  // Each entry links to its parent instead of carrying a copy of its path: copying made deep input
  // quadratic (96 KB nested 16,000 deep took seconds). A path is built only for a key reported.
  type Node = { v: unknown; seg: PathSegment | null; parent: Node | null };
  const pathOf = (n: Node | null, last: PathSegment): PathSegment[] => {
    const segs: PathSegment[] = [last];
    for (let at = n; at !== null; at = at.parent) if (at.seg !== null) segs.push(at.seg);
    return [...prefix, ...segs.reverse()];
  };
  const stack: Node[] = [{ v: value, seg: null, parent: null }];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.v;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], seg: i, parent: node });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (RESERVED_KEYS.has(key)) issues.push(makeIssue('reserved-key', pathOf(node, key), { key }, file));
      else stack.push({ v: (v as Record<string, unknown>)[key], seg: key, parent: node });
    }
  }
  return issues;
}
