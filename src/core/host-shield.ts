/*
 * A host may have put keys on Object.prototype (enumerable or not) before or
 * after importing us. zod and our own code read objects with for…in and with
 * descriptor literals, so such a key could make the import throw or a
 * decision read a field that is not there. While our own synchronous code
 * runs (the module bodies at import, a safe* call), keys a host added are set
 * aside and then put back exactly as they were (same descriptors, same order),
 * before any host code runs again. A key that cannot be set aside
 * (non-configurable) is left where it is, and nothing runs beside it: a
 * shielded call throws HostPrototypeError, which the safe* functions return
 * as a typed `host-environment` refusal (a decision that read the host's value
 * for a field left out would pay the wrong amount).
 */

// Object.prototype's own names in every engine we support. A name not in this
// list (a polluted key, or a method a future engine adds) is a host's key.
export const STANDARD_OBJECT_KEYS: ReadonlySet<string> = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

const proto = Object.prototype;
const ownKeys = Reflect.ownKeys;
const getDescriptor = Object.getOwnPropertyDescriptor;
const define = Object.defineProperty;

let depth = 0;
let setAside: Array<[PropertyKey, PropertyDescriptor]> = [];
// Whether the outermost beginShield left Object.prototype with its standard names only.
let cleanWithin = false;

const isStandard = (k: PropertyKey): boolean => typeof k === 'string' && STANDARD_OBJECT_KEYS.has(k);

function hostKeys(): PropertyKey[] {
  // Listing Object.prototype's keys is the costly part (V8 keeps a prototype as a dictionary and sorts it).
  const keys = ownKeys(proto);
  // The usual case: only the standard names (12 in every engine we support).
  if (keys.length === STANDARD_OBJECT_KEYS.size) {
    let standard = true;
    for (let i = 0; i < keys.length && standard; i++) standard = isStandard(keys[i]!);
    if (standard) return [];
  }
  return keys.filter((k) => !isStandard(k));
}

/**
 * Within a shielded stretch whose start found (or left) Object.prototype with
 * its standard names only: nothing of a host's can have run since, so callers
 * need not list its keys again. Outside one, false: look for yourself.
 */
export function insideCleanShield(): boolean {
  return depth > 0 && cleanWithin;
}

/** Starts a shielded stretch: host keys on Object.prototype are set aside until the matching `endShield`. */
export function beginShield(): void {
  if (depth++ > 0) return;
  let left = false;
  for (const key of hostKeys()) {
    const d = getDescriptor(proto, key);
    if (!d || !d.configurable) {
      left = true;
      continue;
    }
    setAside.push([key, d]);
    delete (proto as Record<PropertyKey, unknown>)[key];
  }
  cleanWithin = !left;
}

/** Ends it: every key set aside is defined again as it was. */
export function endShield(): void {
  if (depth === 0 || --depth > 0) return;
  cleanWithin = false;
  const back = setAside;
  setAside = [];
  for (const [key, d] of back) define(proto, key, d);
}

/**
 * Object.prototype holds a key a host put there for good (non-configurable):
 * a field an application leaves out would read the host's value, so no
 * answer given beside it can be trusted. The safe* functions turn this into a
 * typed `host-environment` refusal.
 */
export class HostPrototypeError extends Error {
  override name = 'HostPrototypeError';
  constructor(readonly keys: readonly string[]) {
    super(`Object.prototype has keys that cannot be set aside (non-configurable): ${keys.join(', ')}`);
  }
}

/** Runs synchronous library code with the host's Object.prototype keys set aside; refuses to run beside keys that cannot be. */
export function shielded<T>(fn: () => T): T {
  beginShield();
  try {
    if (!cleanWithin) throw new HostPrototypeError(hostKeys().map(String));
    return fn();
  } finally {
    endShield();
  }
}
