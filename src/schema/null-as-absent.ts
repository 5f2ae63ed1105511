import type { FieldNames } from './application.js';

/*
 * The null rule: in an application, `"field": null` means the field was left
 * out. Classes generated from the schema (Jackson, System.Text.Json) write
 * every field they have, the absent ones as null; a Java class flattened from
 * the event union writes all of every event type's fields on each event. So a
 * null under a name that is a field of that kind of object (any event type's,
 * for an event) is dropped before validation; a null under any other name is
 * left for validation to refuse as an unknown field, and so is a null inside a
 * list. A null in place of a required field then reads as that field missing.
 */

type Names = ReadonlySet<string>;

function withoutNulls(o: unknown, names: Names): unknown {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(o)) {
    if ((o as Record<string, unknown>)[key] === null && names.has(key)) {
      // Copied on the first null only, keeping the prototype: the input guard has already judged it.
      copy ??= Object.assign(Object.create(Object.getPrototypeOf(o) as object | null) as Record<string, unknown>, o);
      delete copy[key];
    }
  }
  return copy ?? o;
}

function eachWithoutNulls(list: unknown, names: Names): unknown {
  if (!Array.isArray(list)) return list;
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const v = withoutNulls(list[i], names);
    if (v !== list[i]) (out ??= list.slice())[i] = v;
  }
  return out ?? list;
}

/** The application with every null that stands for a left-out field removed; the input itself is never changed. */
export function nullAsAbsent(input: unknown, names: FieldNames): unknown {
  const root = withoutNulls(input, names.root);
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return root;
  const r = root as Record<string, unknown>;
  const applicant = withoutNulls(r.applicant, names.applicant);
  const events = eachWithoutNulls(r.events, names.event);
  const history = eachWithoutNulls(r.history, names.history);
  if (root === input && applicant === r.applicant && events === r.events && history === r.history) return input;
  const out = root === input ? Object.assign(Object.create(Object.getPrototypeOf(root) as object | null) as Record<string, unknown>, r) : r;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(r, key);
  if (has('applicant')) out.applicant = applicant;
  if (has('events')) out.events = events;
  if (has('history')) out.history = history;
  return out;
}
