import { STANDARD_OBJECT_KEYS } from './host-shield.js';

/*
 * When an application may go to zod as it is. zod reads a field left out
 * through the prototype chain, so input is normally copied into null-prototype
 * objects first, and every key is scanned for `__proto__`/`constructor`/
 * `prototype`. For the usual input (JSON.parse output, or literals) and an
 * untouched Object.prototype, both are answered by one cheap walk, and the
 * copy is not needed. Anything unusual answers false and takes the careful
 * path, which reports exactly what it always did.
 */

const ObjectProto = Object.prototype;
const ArrayProto = Array.prototype;
const getProto = Object.getPrototypeOf;
const ownNames = Object.getOwnPropertyNames;
const isArray = Array.isArray;

/** Object.prototype has only its standard properties (enumerable or not): a missing field reads as undefined. */
export function objectPrototypeIsClean(): boolean {
  for (const name of ownNames(ObjectProto)) if (!STANDARD_OBJECT_KEYS.has(name)) return false;
  return true;
}

/** Object.prototype or null: an object whose fields can only be its own, given a clean Object.prototype. */
export function hasPlainPrototype(o: unknown): boolean {
  const proto: unknown = getProto(o);
  return proto === ObjectProto || proto === null;
}

// Deeper than any schema reads; a cyclic input reaches it and takes the careful path.
const MAX_DEPTH = 64;

// Called on objects only: a call per string or number was most of the walk's time.
function plain(v: object, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (isArray(v)) {
    if (getProto(v) !== ArrayProto) return false;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      // a hole (or undefined) is read through Array.prototype by a parser: the careful path decides
      if (x === undefined) return false;
      if (typeof x === 'object' && x !== null && !plain(x, depth + 1)) return false;
    }
    return true;
  }
  if (!hasPlainPrototype(v)) return false;
  // for…in: no key array allocated; with a clean (or null) prototype it sees own enumerable keys only
  for (const key in v) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
    const x = (v as Record<string, unknown>)[key];
    if (typeof x === 'object' && x !== null && !plain(x, depth + 1)) return false;
  }
  return true;
}

/**
 * The input is a tree of plain objects and arrays (prototypes Object.prototype
 * or null, Array.prototype), no reserved key at any depth, at most 64 deep,
 * and Object.prototype is clean: zod may read it as it is.
 */
export function isPlainInput(value: unknown): boolean {
  return objectPrototypeIsClean() && (typeof value !== 'object' || value === null || plain(value, 0));
}
