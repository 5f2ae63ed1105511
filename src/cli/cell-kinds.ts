import { bundledApplicationSchemas } from '../heyuan/application.js';
import type * as z from 'zod';
import { type FieldType, fieldTypeOf } from '../schema/field-types.js';

/*
 * What a CSV cell must become, read off the application schema itself, so
 * that a field added to the schema is accepted in CSV with no second list
 * to keep in step.
 */

export type CellKind = { kind: 'string' } | { kind: 'boolean' } | { kind: 'number' } | { kind: 'array'; element: CellKind };

/** Booleans and counts are converted; everything else (money, dates, enums, text) stays exactly as written. */
export function cellKind(schema: z.core.$ZodType): CellKind {
  return kindOf(fieldTypeOf(schema));
}

function kindOf(type: FieldType): CellKind {
  switch (type.kind) {
    case 'boolean':
      return { kind: 'boolean' };
    case 'count':
    case 'number':
      return { kind: 'number' };
    case 'list':
      return { kind: 'array', element: kindOf(type.of) };
    default:
      return { kind: 'string' };
  }
}

function fieldsOf(shape: Record<string, z.core.$ZodType>): ReadonlyMap<string, CellKind> {
  return new Map(Object.entries(shape).map(([name, s]) => [name, cellKind(s)]));
}

// The CSV columns of the bundled policy's vocabulary.
const { applicantSchema, historyEntrySchema, eventSchemas } = bundledApplicationSchemas.strict;

export const applicantFields = fieldsOf(applicantSchema.shape);
export const historyFields = fieldsOf(historyEntrySchema.shape);

const eventFields = new Map<string, ReadonlyMap<string, CellKind>>(
  Object.entries(eventSchemas).map(([type, s]) => [type, fieldsOf(s.shape as Record<string, z.core.$ZodType>)]),
);

/** Every field name some event type has: the event columns a header may name. */
export const eventFieldNames: ReadonlySet<string> = new Set([...eventFields.values()].flatMap((m) => [...m.keys()]));

/** The kind of an event field for that event's type; unknown types and fields stay strings for the validator to report. */
export function eventFieldKind(type: string | undefined, field: string): CellKind {
  const fields = type !== undefined && Object.prototype.hasOwnProperty.call(eventSchemas, type) ? eventFields.get(type) : undefined;
  return fields?.get(field) ?? { kind: 'string' };
}

/**
 * A cell as its field's type. A cell that does not fit stays the text it
 * was, so the application validator reports it with the field's own message
 * ("expected a boolean, got "yes"").
 */
export function convertCell(text: string, kind: CellKind): unknown {
  switch (kind.kind) {
    case 'boolean':
      if (/^true$/i.test(text)) return true;
      if (/^false$/i.test(text)) return false;
      return text;
    case 'number':
      // Digits only: "1e3", "0x10" and " 3" are not counts a person wrote.
      return /^[0-9]{1,15}$/.test(text) ? Number(text) : text;
    case 'array':
      return text
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => convertCell(part, kind.element));
    case 'string':
      return text;
  }
}
