import { STANDARD_OBJECT_KEYS } from './input-guard.js';

/*
 * A host may have put keys on Object.prototype (enumerable or not) before or
 * after importing us. zod and our own code read objects with for…in and with
 * descriptor literals, so such a key could make the import throw or a
 * decision read a field that is not there. While our own synchronous code
 * runs (the module bodies at import, a safe* call), keys a host added are set
 * aside and then put back exactly as they were (same descriptors, same order),
 * before any host code runs again. A key that cannot be set aside
 * (non-configurable) is left, and what it breaks is caught by the safe*
 * functions as a typed `host-environment` refusal.
 */

const proto = Object.prototype;
const ownKeys = Reflect.ownKeys;
const getDescriptor = Object.getOwnPropertyDescriptor;
const define = Object.defineProperty;

let depth = 0;
let setAside: Array<[PropertyKey, PropertyDescriptor]> = [];

function hostKeys(): PropertyKey[] {
  const keys = ownKeys(proto);
  // The usual case: only the standard names (12 in every engine we support).
  if (keys.length === STANDARD_OBJECT_KEYS.size && keys.every((k) => typeof k === 'string' && STANDARD_OBJECT_KEYS.has(k))) return [];
  return keys.filter((k) => typeof k !== 'string' || !STANDARD_OBJECT_KEYS.has(k));
}

/** Starts a shielded stretch: host keys on Object.prototype are set aside until the matching `endShield`. */
export function beginShield(): void {
  if (depth++ > 0) return;
  for (const key of hostKeys()) {
    const d = getDescriptor(proto, key);
    if (!d || !d.configurable) continue;
    setAside.push([key, d]);
    delete (proto as Record<PropertyKey, unknown>)[key];
  }
}

/** Ends it: every key set aside is defined again as it was. */
export function endShield(): void {
  if (depth === 0 || --depth > 0) return;
  const back = setAside;
  setAside = [];
  for (const [key, d] of back) define(proto, key, d);
}

/** Runs synchronous library code with the host's Object.prototype keys set aside. */
export function shielded<T>(fn: () => T): T {
  beginShield();
  try {
    return fn();
  } finally {
    endShield();
  }
}
