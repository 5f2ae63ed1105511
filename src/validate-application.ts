import * as z from 'zod';
import { detachPrototypes, nullProtoCopy } from './facts.js';
import { isPlainInput, objectPrototypeIsClean } from './input-guard.js';
import { findReservedKeys, fromZodIssue, type Issue, makeIssue, type PathSegment } from './issues.js';
import type { Result } from './load-rules.js';
import {
  type Application,
  applicationSchema,
  lenientApplicationSchema,
  REFUSED_EVENT_TYPES,
  strictObjectsArePlain,
  type UnknownFields,
} from './schemas/application.js';

// zod's ahead-of-time compiled parsers: the same schema through generated
// code, which hands any input it would reject to the runtime parser, so the
// issues are zod's own. Compiling costs tens of milliseconds, so it waits for
// the COMPILE_AFTER-th application: a single check starts at once, a batch
// pays it once. Where `new Function` is refused (a strict CSP), z.compile
// returns the schema unchanged.
const COMPILE_AFTER = 50;
let parses = 0;
let fastStrict: typeof applicationSchema | undefined;
let fastLenient: typeof lenientApplicationSchema | undefined;

function schemaFor(unknownFields: UnknownFields): typeof applicationSchema | typeof lenientApplicationSchema {
  if (parses < COMPILE_AFTER) {
    parses++;
    return unknownFields === 'strip' ? lenientApplicationSchema : applicationSchema;
  }
  return unknownFields === 'strip' ? (fastLenient ??= z.compile(lenientApplicationSchema)) : (fastStrict ??= z.compile(applicationSchema));
}

/**
 * Raw JSON in, a typed application or every issue out (not just the first).
 * Reserved keys and refused event types are reported before zod runs, so the
 * refusal of a patent-grant event says why rather than "unknown type".
 */
export function parseApplication(input: unknown, unknownFields: UnknownFields = 'error', prefix: PathSegment[] = []): Result<Application> {
  return parse(input, unknownFields, prefix, false);
}

/**
 * parseApplication for a decision made at once, in the same synchronous call:
 * for plain input under a clean Object.prototype (checked at the start, and
 * nothing in between can change it) zod's output is used as it is, without
 * detaching its prototypes. Never for a value handed back to a caller, or
 * kept across an await.
 */
export function parseForImmediateDecision(input: unknown, unknownFields: UnknownFields): Result<Application> {
  return parse(input, unknownFields, [], true);
}

function parse(input: unknown, unknownFields: UnknownFields, prefix: PathSegment[], immediate: boolean): Result<Application> {
  // The usual case first: a strict parse of the input as it is. If it passes, every key was a known
  // field (so none is reserved) and only plain objects remain to be checked; zod read nothing through
  // a prototype. Anything else is decided by the careful path below, whose issues are what they always were.
  if (unknownFields === 'error' && objectPrototypeIsClean()) {
    const fast = schemaFor(unknownFields).safeParse(input);
    if (fast.success && strictObjectsArePlain(input)) return { ok: true, value: immediate ? fast.data : detachPrototypes(fast.data) };
  }
  let data: unknown = input;
  const plain = isPlainInput(input);
  if (!plain) {
    const reserved = findReservedKeys(input, prefix);
    if (reserved.length > 0) return { ok: false, issues: reserved };
    // zod reads a field left out through the prototype chain: parse a null-prototype copy, deep enough for every field of the schema.
    data = nullProtoCopy(input, 8);
  }
  const issues: Issue[] = [];
  let refused: Set<number> | undefined;
  const events = (data as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) {
    for (let i = 0; i < events.length; i++) {
      const type = (events[i] as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && Object.prototype.hasOwnProperty.call(REFUSED_EVENT_TYPES, type)) {
        (refused ??= new Set()).add(i);
        issues.push(makeIssue(REFUSED_EVENT_TYPES[type]!, [...prefix, 'events', i, 'type'], {}));
      }
    }
  }
  const parsed = schemaFor(unknownFields).safeParse(data, { reportInput: true });
  // Null-prototype copies: an optional field left out must read as undefined even when a host has polluted Object.prototype.
  if (parsed.success && issues.length === 0) return { ok: true, value: plain && immediate ? parsed.data : detachPrototypes(parsed.data) };
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      const [first, index] = iss.path;
      if (first === 'events' && typeof index === 'number' && refused?.has(index) === true) continue;
      issues.push(...fromZodIssue(iss, prefix));
    }
  }
  return { ok: false, issues };
}
