import type { Issue, PathSegment, Result } from '../core/issue.js';
import * as z from 'zod';
import { detachPrototypes, nullProtoCopy } from '../core/facts.js';
import { insideCleanShield } from '../core/host-shield.js';
import { isPlainInput, objectPrototypeIsClean } from '../core/input-guard.js';
import { findReservedKeys, fromZodIssue } from '../locales/issue.js';
import { type Application, type ApplicationSchemas, type ExcludedEventFacts, strictObjectsArePlain, type UnknownFields } from '../schema/application.js';
import { nullAsAbsent } from '../schema/null-as-absent.js';

// zod's ahead-of-time compiled parsers: the same schema through generated
// code, which hands any input it would reject to the runtime parser, so the
// issues are zod's own. Compiling costs tens of milliseconds, so it waits for
// the COMPILE_AFTER-th application: a single check starts at once, a batch
// pays it once. Where `new Function` is refused (a strict CSP), z.compile
// returns the schema unchanged.
const COMPILE_AFTER = 50;
type AppSchema = ApplicationSchemas['strict']['applicationSchema'];
interface Parsers {
  parses: number;
  strict?: AppSchema;
  lenient?: AppSchema;
}
const parsers = new WeakMap<ApplicationSchemas, Parsers>();

function schemaFor(schemas: ApplicationSchemas, unknownFields: UnknownFields): AppSchema {
  let p = parsers.get(schemas);
  if (p === undefined) parsers.set(schemas, (p = { parses: 0 }));
  if (p.parses < COMPILE_AFTER) {
    p.parses++;
    return unknownFields === 'strip' ? schemas.lenient.applicationSchema : schemas.strict.applicationSchema;
  }
  return unknownFields === 'strip' ? (p.lenient ??= z.compile(schemas.lenient.applicationSchema)) : (p.strict ??= z.compile(schemas.strict.applicationSchema));
}

/**
 * Raw JSON in, a typed application or every issue out (not just the first).
 * Reserved keys are reported before zod runs; events of a refused type (patent
 * grants) are taken out and listed in `excluded`, so the rest is decided.
 */
export function parseApplicationWith(
  schemas: ApplicationSchemas,
  input: unknown,
  unknownFields: UnknownFields = 'error',
  prefix: PathSegment[] = [],
): Result<Application> {
  return parse(schemas, input, unknownFields, prefix, false);
}

/**
 * parseApplicationWith for a decision made at once, in the same synchronous call:
 * for plain input under a clean Object.prototype (checked at the start, and
 * nothing in between can change it) zod's output is used as it is, without
 * detaching its prototypes. Never for a value handed back to a caller, or
 * kept across an await.
 */
export function parseForImmediateDecision(schemas: ApplicationSchemas, input: unknown, unknownFields: UnknownFields): Result<Application> {
  return parse(schemas, input, unknownFields, [], true);
}

function parse(schemas: ApplicationSchemas, input: unknown, unknownFields: UnknownFields, prefix: PathSegment[], immediate: boolean): Result<Application> {
  // The usual case first: a strict parse of the input as it is. If it passes, every key was a known
  // field (so none is reserved) and only plain objects remain to be checked; zod read nothing through
  // a prototype. Anything else is decided by the careful path below, whose issues are what they always were.
  // Inside a shield that found Object.prototype clean, nothing has read the input yet (no getter of
  // a host's has run): its look stands. The careful path below looks again, after zod has read it.
  if (unknownFields === 'error' && (insideCleanShield() || objectPrototypeIsClean())) {
    const fast = schemaFor(schemas, unknownFields).safeParse(input);
    if (fast.success && strictObjectsArePlain(input))
      return { ok: true, value: (immediate ? fast.data : detachPrototypes(fast.data)) as unknown as Application };
  }
  let data: unknown = input;
  const plain = isPlainInput(input);
  if (!plain) {
    const reserved = findReservedKeys(input, prefix);
    if (reserved.length > 0) return { ok: false, issues: reserved };
    // zod reads a field left out through the prototype chain: parse a null-prototype copy, deep enough for every field of the schema.
    data = nullProtoCopy(input, 8);
  }
  // A generated client's null for a field it left out (docs/service.md, "The null rule").
  data = nullAsAbsent(data, schemas.fieldNames);
  const issues: Issue[] = [];
  // What the messages read an event's type from (the input's own indices; the events taken out below still there).
  const labelSource = data;
  // Events no clause may pay (patent grants) are taken out and listed as excluded: the rest is decided.
  let excluded: ExcludedEventFacts[] | undefined;
  let inputIndex: number[] | undefined;
  const events = (data as { events?: unknown } | null)?.events;
  if (Array.isArray(events)) {
    const kept: unknown[] = [];
    const index: number[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as { type?: unknown; id?: unknown } | null;
      const type = e?.type;
      if (typeof type === 'string' && Object.prototype.hasOwnProperty.call(schemas.refused, type)) {
        const id = e?.id;
        (excluded ??= []).push({ subject: typeof id === 'string' && id !== '' ? id : `events[${i}]`, code: schemas.refused[type]! });
      } else {
        kept.push(e);
        index.push(i);
      }
    }
    if (excluded !== undefined) {
      inputIndex = index;
      data = { ...(data as object), events: kept };
    }
  }
  const parsed = schemaFor(schemas, unknownFields).safeParse(data, { reportInput: true });
  if (parsed.success) {
    // Null-prototype copies: an optional field left out must read as undefined even when a host has polluted Object.prototype.
    const value = (plain && immediate ? parsed.data : detachPrototypes(parsed.data)) as unknown as Application;
    if (excluded !== undefined) {
      value.excluded = excluded;
      value.inputIndex = inputIndex;
    }
    return { ok: true, value };
  }
  for (const iss of parsed.error.issues) {
    const [first, index] = iss.path;
    // an issue of a kept event: at its index in the input
    const at =
      inputIndex !== undefined && first === 'events' && typeof index === 'number'
        ? { ...iss, path: ['events', inputIndex[index] ?? index, ...iss.path.slice(2)] }
        : iss;
    issues.push(...fromZodIssue(at as typeof iss, prefix, undefined, (path, code) => schemas.codeLabel(path, code, labelSource)));
  }
  return { ok: false, issues };
}
