/**
 * What a condition can read: the applicant, the event being paid for, the
 * year's context (periods derived from the guideline), the clause as this year
 * has it, and what history says. Conditions read every fact as own
 * properties only (segmentReader, and the resolver given to json-rules-engine),
 * so an inherited key can never become a fact; the context and clause facts are
 * also null-prototype and frozen.
 */
export interface Facts {
  applicant: object;
  event: object;
  context: object;
  clause: object;
  history: object;
}

/**
 * A deep copy of plain JSON data with null prototypes and only own keys.
 * Below `depth` levels values are kept as they are: raw input from a caller
 * may be cyclic or nested past the stack, and no schema reads that deep.
 */
export function nullProtoCopy<T>(value: T, depth = Infinity): T {
  if (value === null || typeof value !== 'object' || depth <= 0) return value;
  if (Array.isArray(value)) return value.map((v) => nullProtoCopy(v, depth - 1)) as T;
  // Not Object.create(null), which V8 keeps in slow dictionary mode: an empty
  // literal given a null prototype first stays a fast object, and with no
  // prototype there is still no inherited setter an assignment could reach.
  const out = Object.setPrototypeOf({}, null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = nullProtoCopy((value as Record<string, unknown>)[key], depth - 1);
  return out as T;
}

/**
 * What nullProtoCopy gives, made in place, for data the caller alone holds (a
 * fresh zod output shares no object with its input): every plain object gets a
 * null prototype, arrays stay arrays. Saves copying each application twice.
 */
export function detachPrototypes<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const v of value) detachPrototypes(v);
    return value;
  }
  for (const key of Object.keys(value)) detachPrototypes((value as Record<string, unknown>)[key]);
  return Object.setPrototypeOf(value, null) as T;
}

/** Freezes plain data all the way down; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
