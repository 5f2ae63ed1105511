import type * as z from 'zod';
import { countSchema, dateSchema, moneySchema } from './primitives.js';

/*
 * The type of a field, read off the zod schemas themselves, for tools that
 * must know it without a second list to keep in step: the rules lint (does a
 * condition read a field that exists, with a value of its type?) and the CSV
 * reader (what should this cell become?).
 */

/** The shape of a fact field, read off the zod schemas (or the documented context). */
export type FieldType =
  | { kind: 'money' | 'date' | 'count' | 'number' | 'boolean' | 'text' | 'unknown' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'list'; of: FieldType }
  | { kind: 'record'; fields: Readonly<Record<string, FieldType>> };

export const T = {
  money: { kind: 'money' },
  date: { kind: 'date' },
  count: { kind: 'count' },
  boolean: { kind: 'boolean' },
  text: { kind: 'text' },
} as const satisfies Record<string, FieldType>;

type AnySchema = z.core.$ZodType;

/** Money, dates and counts are strings and numbers to zod: they are told apart by schema identity. */
export function fieldTypeOf(schema: AnySchema): FieldType {
  if (schema === moneySchema) return T.money;
  if (schema === dateSchema) return T.date;
  if (schema === countSchema) return T.count;
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return fieldTypeOf(def.innerType as AnySchema);
    case 'pipe':
      return fieldTypeOf(def.in as AnySchema);
    case 'string':
      return T.text;
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return T.boolean;
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries as Record<string, string>).map(String) };
    case 'literal':
      return { kind: 'enum', values: (def.values as unknown[]).map(String) };
    case 'array':
      return { kind: 'list', of: fieldTypeOf(def.element as AnySchema) };
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      return { kind: 'record', fields: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, fieldTypeOf(s)])) };
    }
    default:
      return { kind: 'unknown' };
  }
}
