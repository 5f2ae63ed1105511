import { describe, expect, it } from 'vitest';
import { type IssueCode, USAGE_REASONS } from '../../src/core/issue.js';
import { en } from '../../src/locales/en/issues.js';
import { zh } from '../../src/locales/zh/issues.js';

/*
 * Every issue a Chinese reader sees is worded in Chinese. The wording of each
 * code is called with every parameter set to a Chinese placeholder (〇) or a
 * number, so that any Latin letters left in the text come from the wording
 * itself. Allowed are codes a person types or reads as they are: JSON, CSV,
 * the date pattern YYYY-MM-DD, the JSON literals true, false and null, the
 * national standard's prefix GB, the patent-number prefix ZL as printed on a
 * patent certificate, and identifiers written as code: a rule path
 * (`$.interestPaid`), a dotted field or column name (`label.zh`,
 * `applicant.<字段>`), a command (`heyuan-ip schema`), an example patent number
 * (`ZL202310123456.7`), an HTTP header as it is typed (`Authorization: Bearer`),
 * and the library's API as a caller types it: an object literal
 * (`{ year: 2026 }`), a call (`evaluate()`) and the reference evaluator's
 * package name, json-rules-engine.
 */

const ALLOWED = new Set(['JSON', 'CSV', 'YYYY-MM-DD', 'true', 'false', 'null', 'GB', 'ZL', 'json-rules-engine']);
const NUMERIC = new Set(['limit', 'first', 'index', 'row', 'count']);

/** Any code's params, as the placeholders below give them: each wording reads the keys of its own code. */
type AnyParams = Record<string, unknown> & { path: string };
type AnyWording = (p: AnyParams) => string;

/** Every parameter a wording may read, as a placeholder: none can bring Latin letters in. */
function placeholders(overrides: Record<string, unknown> = {}): AnyParams {
  return new Proxy({ path: '〇', ...overrides } as AnyParams, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (Object.hasOwn(target, prop)) return target[prop];
      // A closed set a wording picks its sentence by: each value is a variant of its code below.
      if (prop === 'reason') return undefined;
      if (NUMERIC.has(prop)) return 3;
      if (prop === 'allowed') return ['〇', '〇'];
      return '〇';
    },
    has: () => true,
  });
}

const CODE_SPANS = [
  /\{[^{}]*\}/g,
  /\b[A-Za-z]+\([^()]*\)/g,
  /\$\.[\w.]+/g,
  /\b[A-Za-z]+(?:\.[A-Za-z0-9<>〇\u4e00-\u9fff]+)+/g,
  /heyuan-ip [a-z]+/g,
  /\bZL[0-9]+(?:\.[0-9X])?/g,
  /Authorization: Bearer/g,
];
const latinWords = (text: string) =>
  (CODE_SPANS.reduce((t, re) => t.replace(re, ' '), text).match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).filter((w) => !ALLOWED.has(w));

const codes = Object.keys(en) as IssueCode[];
// Parameters some wordings branch on: each branch is worded, so each is checked.
const VARIANTS: Record<string, unknown>[] = [
  {},
  ...['string', 'boolean', 'int', 'number', 'array', 'object', 'money', 'non-empty-string'].map((expected) => ({ expected })),
  { key: 'both' },
  { key: 'evaluateStream' },
  { detail: 'function' },
  { received: 'applicant' },
  { scope: '*' },
  { scope: undefined },
];
/** The reasons of the codes that word one sentence per reason: each is worded. */
const REASONS: Partial<Record<IssueCode, Record<string, unknown>[]>> = {
  usage: USAGE_REASONS.map((reason) => ({ reason })),
  'unsafe-rule-file': [{ reason: 'outside' }, { reason: 'not-regular' }],
  'table-coverage': [{ reason: 'missing' }, { reason: 'extra' }, { reason: 'not-enum' }],
};

describe('zh issue wording', () => {
  it('covers every issue code, in both languages', () => {
    expect(Object.keys(zh).sort()).toEqual(codes.sort());
  });

  it.each(codes)('%s: no Latin word beyond codes and numbers', (code) => {
    for (const variant of [...VARIANTS, ...(REASONS[code] ?? [])]) {
      const text = (zh[code] as AnyWording)(placeholders(variant));
      // A branch value that a wording repeats (a key, a type name shown as data) is the input's, not the wording's.
      const words = latinWords(text).filter((w) => !Object.values(variant).includes(w));
      expect(words, `${code} ${JSON.stringify(variant)}: ${text}`).toEqual([]);
    }
  });
});
