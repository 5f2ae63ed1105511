import { parseApplication } from '../../src/api/parse-application.js';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { isPlainInput, objectPrototypeIsClean } from '../../src/core/input-guard.js';

const example = JSON.parse(readFileSync(new URL('../../examples/01-enterprise.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function objectsOf(v: unknown, out = new Set<object>()): Set<object> {
  if (v !== null && typeof v === 'object') {
    out.add(v);
    for (const k of Object.keys(v)) objectsOf((v as Record<string, unknown>)[k], out);
  }
  return out;
}

describe('isPlainInput: when zod may read an application without a copy', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).isSme;
  });

  it('JSON.parse output and null-prototype objects are plain', () => {
    expect(isPlainInput(structuredClone(example))).toBe(true);
    expect(isPlainInput(Object.assign(Object.create(null) as object, { a: [1, 'x', { b: null }] }))).toBe(true);
    expect(isPlainInput('not an object')).toBe(true); // zod refuses it; no copy could help
  });

  it.each([
    ['a reserved key deep down', JSON.parse('{"a":{"b":[{"__proto__":1}]}}')],
    ['a constructor key', { events: [{ constructor: 'x' }] }],
    ['a prototype key', { applicant: { prototype: {} } }],
    ['a class instance', { applicant: new (class Applicant {})() }],
    ['an object with another prototype', { applicant: Object.create({ isSme: true }) }],
    ['an array hole', { events: [, {}] }], // eslint-disable-line no-sparse-arrays
    ['an undefined array element', { events: [undefined] }],
    ['a Map', { history: new Map() }],
  ])('%s takes the careful path', (_name, value) => {
    expect(isPlainInput(value)).toBe(false);
  });

  it('a cyclic or very deep input takes the careful path', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isPlainInput(cyclic)).toBe(false);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(isPlainInput(deep)).toBe(false);
    let shallow: unknown = 'leaf';
    for (let i = 0; i < 60; i++) shallow = [shallow];
    expect(isPlainInput(shallow)).toBe(true);
  });

  it('a key added to Object.prototype, enumerable or not, makes every input careful', () => {
    expect(objectPrototypeIsClean()).toBe(true);
    Object.defineProperty(Object.prototype, 'isSme', { value: true, configurable: true, enumerable: false, writable: true });
    expect(objectPrototypeIsClean()).toBe(false);
    expect(isPlainInput(structuredClone(example))).toBe(false);
    delete (Object.prototype as Record<string, unknown>).isSme;
    (Object.prototype as Record<string, unknown>).isSme = true;
    expect(objectPrototypeIsClean()).toBe(false);
    delete (Object.prototype as Record<string, unknown>).isSme;
    expect(objectPrototypeIsClean()).toBe(true);
  });
});

describe('parseApplication without the copy', () => {
  it('never shares an object with, or changes, the caller input (the runtime parser and the compiled one)', () => {
    // the compiled parser takes over after the 50th application
    for (let i = 0; i < 60; i++) {
      const input = structuredClone(example);
      const before = JSON.stringify(input);
      const r = parseApplication(input);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const theirs = objectsOf(input);
      for (const o of objectsOf(r.value)) expect(theirs.has(o)).toBe(false);
      for (const o of theirs) expect(Object.getPrototypeOf(o)).toBe(Array.isArray(o) ? Array.prototype : Object.prototype);
      expect(JSON.stringify(input)).toBe(before);
    }
  });

  it('an optional field left out stays out under a polluted Object.prototype', () => {
    const input = structuredClone(example) as { events: Record<string, unknown>[] };
    const loan = input.events.findIndex((e) => e.type === 'pledge-loan');
    delete input.events[loan]!.principal;
    Object.defineProperty(Object.prototype, 'principal', { value: '1', configurable: true, enumerable: false, writable: true });
    try {
      const r = parseApplication(input);
      expect(r.ok).toBe(true);
      if (r.ok) expect(Object.prototype.hasOwnProperty.call(r.value.events[loan], 'principal')).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).principal;
    }
  });

  it('a required-with field left out is missing under a polluted Object.prototype (isSme for an enterprise)', () => {
    const input = structuredClone(example) as { applicant: Record<string, unknown> };
    delete input.applicant.isSme;
    Object.defineProperty(Object.prototype, 'isSme', { value: true, configurable: true, enumerable: false, writable: true });
    try {
      const r = parseApplication(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing-field', 'applicant.isSme']]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).isSme;
    }
  });
});
