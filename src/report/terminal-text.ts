/*
 * Text for a terminal. Ids and values come from other systems: an ESC
 * sequence in an applicant id could move the cursor, recolour or rewrite
 * lines, and a bidi override could reorder what a reviewer reads, so that a
 * table shows rows it does not have. Every such character is shown as its
 * code instead (`\u001B`), visibly and without effect.
 */

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const code = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** One value for one line of terminal text: every control and bidi character shown as its code. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, code);
}

/** The same over every string of a plain value (objects and arrays copied, other values kept). */
export function terminalTexts<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalTexts(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = terminalTexts((value as Record<string, unknown>)[key]);
  return out as T;
}
