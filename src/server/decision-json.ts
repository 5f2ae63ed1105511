/*
 * A Decision as the UTF-8 bytes of its JSON: byte for byte what
 * Buffer.from(JSON.stringify(decision), 'utf8') gives, made faster for the
 * service.
 *
 * Two thirds of a Decision's 14–18 KB are the rules' words (condition labels
 * and failures, titles, materials, figures), which every Decision shows as the
 * same frozen objects (src/engine/decide.ts). JSON.stringify wrote them, and
 * the socket's UTF-8 encoding encoded them, afresh for every request: under
 * load the largest single cost of POST /v1/decisions (BENCHMARKS.md). Here a
 * frozen part is encoded once and its bytes remembered by identity (a frozen
 * plain object's JSON cannot change); what the application gave (the subject,
 * the amounts, the values a condition read) is written per request.
 *
 * The keys are written in the order of the library's object literals
 * (decide.ts). tests/server/decision-json.test.ts compares these bytes with
 * JSON.stringify's over the examples and generated applications, both
 * engines, so a key added to the Decision and not written here fails there.
 */
import type { ConditionTrace, Decision, Item } from '../engine/decision.js';

const stringify = JSON.stringify;

/** Enough for any single Decision; a larger one grows it. */
const INITIAL_BYTES = 256 * 1024;
let out = Buffer.allocUnsafe(INITIAL_BYTES);
let at = 0;
/** Text written since the last remembered bytes: encoded in one go, not piece by piece. */
let text = '';

function flush(): void {
  if (text.length === 0) return;
  // A UTF-16 code unit is at most 3 bytes of UTF-8.
  room(text.length * 3);
  at += (out as unknown as { utf8Write(s: string, at: number): number }).utf8Write(text, at);
  text = '';
}

function put(bytes: Buffer): void {
  flush();
  room(bytes.length);
  out.set(bytes, at);
  at += bytes.length;
}

function room(n: number): void {
  if (at + n <= out.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, at + n));
  out.copy(bigger, 0, 0, at);
  out = bigger;
}

const remembered = new WeakMap<object, Buffer>();

/** A frozen object's bytes, remembered; undefined for an object something could still change. */
function frozenBytes(v: object): Buffer | undefined {
  let b = remembered.get(v);
  if (b === undefined && deeplyFrozen(v)) {
    b = Buffer.from(stringify(v), 'utf8');
    remembered.set(v, b);
  }
  return b;
}

function deeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function';
  if (!Object.isFrozen(v)) return false;
  for (const k of Object.keys(v)) if (!deeplyFrozen((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** A value the rules give: its remembered bytes when it is frozen, else written. */
function shown(v: unknown): void {
  const b = v !== null && typeof v === 'object' ? frozenBytes(v) : undefined;
  if (b !== undefined) put(b);
  else text += stringify(v);
}

/** Whether a value's JSON is fixed: a primitive, or a frozen object (remembered). */
function fixed(v: unknown): boolean {
  return v === null || (typeof v === 'object' ? frozenBytes(v) !== undefined : typeof v !== 'function');
}

/** `,"key":value`, or nothing where JSON.stringify leaves the key out (undefined, a function). */
function member(key: string, v: unknown): string {
  const json = stringify(v) as string | undefined;
  return json === undefined ? '' : `,"${key}":${json}`;
}

/** A condition's opening, up to its `actual`, remembered with the values it was written from. */
interface ConditionHead {
  readonly id: string;
  readonly source: string;
  readonly failure: unknown;
  readonly fact: string;
  readonly path: string;
  readonly operator: string;
  readonly expected: unknown;
  readonly bytes: Buffer;
}

/**
 * By the frozen label they show; several per label, as the general
 * conditions' labels are shared by every clause (and a guideline may add a
 * leaf with a label of its own beside them).
 */
const conditionHeads = new WeakMap<object, ConditionHead[]>();

function conditionOpening(c: ConditionTrace): string {
  return `{"id":${stringify(c.id)},"source":${stringify(c.source)},"label":${stringify(c.label)},"failure":${stringify(c.failure)},"fact":${stringify(c.fact)},"path":${stringify(c.path)},"operator":${stringify(c.operator)}${member('expected', c.expected)}`;
}

function conditionHead(label: object, c: ConditionTrace): Buffer {
  let list = conditionHeads.get(label);
  if (list === undefined) conditionHeads.set(label, (list = []));
  for (let i = 0; i < list.length; i++) {
    const h = list[i]!;
    if (
      h.id === c.id &&
      h.expected === c.expected &&
      h.path === c.path &&
      h.failure === c.failure &&
      h.fact === c.fact &&
      h.operator === c.operator &&
      h.source === c.source
    )
      return h.bytes;
  }
  const bytes = Buffer.from(conditionOpening(c), 'utf8');
  list.push({ id: c.id, source: c.source, failure: c.failure, fact: c.fact, path: c.path, operator: c.operator, expected: c.expected, bytes });
  return bytes;
}

/** What follows `actual`: four texts, not four members written each time. */
const CLOSINGS = [
  ',"passed":false,"blocking":false}',
  ',"passed":false,"blocking":true}',
  ',"passed":true,"blocking":false}',
  ',"passed":true,"blocking":true}',
];

function condition(c: ConditionTrace): void {
  const { label } = c;
  // Only what cannot change may be remembered: frozen words, and an expected value that is frozen or a primitive.
  if (label !== null && fixed(label) && fixed(c.failure) && fixed(c.expected)) put(conditionHead(label, c));
  else text += conditionOpening(c);
  // passed and blocking are booleans by the Decision's type; anything else is written as JSON.stringify would
  const { passed, blocking } = c;
  text +=
    typeof passed === 'boolean' && typeof blocking === 'boolean'
      ? member('actual', c.actual) + CLOSINGS[(passed ? 2 : 0) + (blocking ? 1 : 0)]!
      : `${member('actual', c.actual)}${member('passed', passed)}${member('blocking', blocking)}}`;
}

/** An item's opening, up to its `subject`, remembered by the frozen title it shows. */
interface ItemHead {
  readonly clause: string;
  readonly article: string;
  readonly part: string;
  readonly nature: string;
  readonly bytes: Buffer;
}

const itemHeads = new WeakMap<object, ItemHead[]>();

function itemOpening(it: Item): string {
  return `{"clause":${stringify(it.clause)},"article":${stringify(it.article)},"part":${stringify(it.part)},"nature":${stringify(it.nature)},"title":${stringify(it.title)}`;
}

// conditionHead's lookup, written out again: one helper for both would take a closure per call, per condition
function itemHead(title: object, it: Item): Buffer {
  let list = itemHeads.get(title);
  if (list === undefined) itemHeads.set(title, (list = []));
  for (const h of list) if (h.clause === it.clause && h.article === it.article && h.part === it.part && h.nature === it.nature) return h.bytes;
  const bytes = Buffer.from(itemOpening(it), 'utf8');
  list.push({ clause: it.clause, article: it.article, part: it.part, nature: it.nature, bytes });
  return bytes;
}

function item(it: Item): void {
  if (fixed(it.title)) put(itemHead(it.title, it));
  else text += itemOpening(it);
  text += `,"subject":${stringify(it.subject)},"subjectKey":${stringify(it.subjectKey)},"eligible":${stringify(it.eligible)},"baseAmount":${stringify(it.baseAmount)},"amount":${stringify(it.amount)},"conditions":[`;
  const { conditions, figures } = it;
  for (let i = 0; i < conditions.length; i++) {
    if (i > 0) text += ',';
    condition(conditions[i]!);
  }
  text += `],"adjustments":${stringify(it.adjustments)},"computation":${stringify(it.computation)},"figures":[`;
  for (let i = 0; i < figures.length; i++) {
    if (i > 0) text += ',';
    shown(figures[i]);
  }
  text += '],"materials":';
  shown(it.materials);
  text += ',"suspended":';
  shown(it.suspended);
  text += `,"provenance":${stringify(it.provenance)}}`;
}

/** The UTF-8 bytes of JSON.stringify(decision), for a Decision as the library returns it. */
export function decisionJson(d: Decision): Buffer {
  at = 0;
  text = `{"applicantId":${stringify(d.applicantId)},"year":${stringify(d.year)},"total":${stringify(d.total)},"items":[`;
  const { items } = d;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) text += ',';
    item(items[i]!);
  }
  text += `],"warnings":${stringify(d.warnings)},"excludedEvents":${stringify(d.excludedEvents)},"rulesHash":${stringify(d.rulesHash)},"guideline":`;
  shown(d.guideline);
  text += '}';
  flush();
  const bytes = Buffer.allocUnsafe(at);
  out.copy(bytes, 0, 0, at);
  return bytes;
}
