import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { parseJsonText, stripBom } from '../../src/schema/json-text.js';
import { parseJson } from '../../src/cli/io.js';
import { guardGlobals, record, runs } from '../properties/harness.js';

guardGlobals();

/*
 * JSON.parse silently keeps the last of two equal keys and throws on a BOM.
 * parseJsonText reports every duplicate with its path, strips one BOM, and
 * otherwise returns exactly what JSON.parse returns.
 */

describe('strict JSON text', () => {
  test('a duplicate key is a duplicate-key issue with its path, at any depth; every duplicate is reported', () => {
    const r = parseJsonText('{"a":1,"b":{"c":[{"d":1,"d":2}]},"a":3,"a":4}', 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-key', ['b', 'c', 0, 'd']],
      ['duplicate-key', ['a']],
      ['duplicate-key', ['a']],
    ]);
    expect(r.issues[0]!.file).toBe('x.json');
    expect(r.issues[0]!.message.en).toBe('the key "d" appears twice in the same object');
  });

  test('the same key in two different objects is not a duplicate', () => {
    expect(parseJsonText('[{"a":1},{"a":2}]')).toEqual({ ok: true, value: [{ a: 1 }, { a: 2 }] });
  });

  test('a guideline figure written twice no longer silently takes the last value', () => {
    const text = '{"clause":"pledge-loan-interest","lower":{"clauseCap":"80000","clauseCap":"800000"}}';
    expect(JSON.parse(text).lower.clauseCap).toBe('800000');
    expect(parseJsonText(text)).toMatchObject({ ok: false, issues: [{ code: 'duplicate-key', path: ['lower', 'clauseCap'] }] });
  });

  test('a BOM is stripped once; a second one or one inside is a syntax error', () => {
    expect(parseJsonText('\uFEFF{"a":"\uFEFF"}')).toEqual({ ok: true, value: { a: '\uFEFF' } });
    expect(parseJsonText('\uFEFF\uFEFF{}').ok).toBe(false);
    expect(stripBom('\uFEFFx')).toBe('x');
    expect(stripBom('x\uFEFF')).toBe('x\uFEFF');
  });

  test('"__proto__" stays an own key, as with JSON.parse, and the prototype is untouched', () => {
    const r = parseJsonText('{"__proto__":{"polluted":true},"a":{"__proto__":[]}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')!.value).toEqual(JSON.parse('{"polluted":true}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(v).toEqual(JSON.parse('{"__proto__":{"polluted":true},"a":{"__proto__":[]}}'));
  });

  test.each(['', '{', '{"a":1,}', '[1,]', "{'a':1}", '{a:1}', '// c\n{}', 'NaN', 'Infinity', '01', '1.', '.5', '+1', '"\t"', '{"a":1} x', 'undefined'])(
    '%j is invalid-json, as JSON.parse says',
    (text) => {
      expect(() => JSON.parse(text)).toThrow();
      const r = parseJsonText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['invalid-json']);
    },
  );

  test('nesting deep enough to exhaust the stack is an issue, not a RangeError', () => {
    const r = parseJsonText('['.repeat(200_000) + ']'.repeat(200_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.code).toBe('invalid-json');
  });

  test("the CLI's parseJson is this parser", () => {
    expect(parseJson('\uFEFF{"a":1,"a":2}', 'in.json')).toMatchObject({ ok: false, issues: [{ code: 'duplicate-key', file: 'in.json' }] });
  });

  const N = runs(1000);
  prop.prop([fc.jsonValue(), fc.constantFrom(0, 2), fc.boolean()], { numRuns: N })(
    'on any JSON without duplicate keys: exactly JSON.parse, BOM or not',
    (value, indent, bom) => {
      const text = (bom ? '\uFEFF' : '') + JSON.stringify(value, null, indent);
      expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) });
    },
  );
  record('json-text: equals JSON.parse on generated JSON', N);

  const M = runs(1000);
  prop.prop([fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '{', '[', '0', 'x', ' ')], { numRuns: M })(
    'on mangled JSON: refused exactly when JSON.parse refuses',
    (value, at, insert) => {
      const text = JSON.stringify(value);
      const i = at % (text.length + 1);
      const mangled = text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
      let expected: { ok: true; value: unknown } | { ok: false } = { ok: false };
      try {
        expected = { ok: true, value: JSON.parse(mangled) };
      } catch {
        /* refused */
      }
      const r = parseJsonText(mangled);
      if (!expected.ok) expect(r.ok).toBe(false);
      else if (r.ok) expect(r.value).toEqual(expected.value);
      else expect(r.issues.every((x) => x.code === 'duplicate-key')).toBe(true);
    },
  );
  record('json-text: refuses what JSON.parse refuses (mangled JSON)', M);
});
