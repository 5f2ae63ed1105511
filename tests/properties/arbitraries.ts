import { APPLICANT_KINDS, COUNTIES, eventSchemas } from '../../src/heyuan/application.js';
import fc from 'fast-check';
import * as z from 'zod';
import type { Policy } from '../../src/api/load-policy.js';
import { type Condition, isFactReference, leavesOf } from '../../src/schema/condition.js';

/*
 * Generators of applications built from the schemas themselves: every event
 * type in `eventSchemas` (through its JSON Schema), every clause the policy
 * has. New clause files and event types are picked up without touching this
 * file. Values are biased towards what matters: money near caps and half-fen
 * boundaries, dates on the event period's edges, keys that collide.
 */

const MONEY_SOURCE = '^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?$';
/** Credit codes with valid check digits (GB 32100-2015). */
const CREDIT_CODES = ['9144030071526726XG', '91440101MA59C2YX1J', '12100000400000624D'];

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  default?: unknown;
};

/** Fen as a BigInt, formatted as a money string with 0, 1 or 2 decimals as the fen allow. */
export function fenToMoney(fen: bigint, style: 0 | 1 | 2 = 2): string {
  const yuan = fen / 100n;
  const rest = fen % 100n;
  if (rest === 0n && style === 0) return String(yuan);
  if (rest % 10n === 0n && style <= 1) return `${yuan}.${rest / 10n}`;
  return `${yuan}.${String(rest).padStart(2, '0')}`;
}

export function moneyToFen(text: string): bigint {
  const [y, f = ''] = text.split('.');
  return BigInt(y!) * 100n + BigInt((f + '00').slice(0, 2));
}

/** Up to 13 integer digits (the money pattern's limit), biased towards small and boundary amounts. */
export const fenArb: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 4, arbitrary: fc.bigInt({ min: 0n, max: 100_000_000n }) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 9_999_999_999_999_99n }) },
  { weight: 2, arbitrary: fc.constantFrom(0n, 1n, 5n, 50n, 99n, 100n, 105n, 995n, 1_000_000n, 10_000_000n, 30_000_000n, 33_333_333n) },
  // x.x5 and x.xx5-producing inputs around the figures rules use
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 1_000_000n }).map((n) => n * 10n + 5n) },
);

export const moneyArb: fc.Arbitrary<string> = fc.tuple(fenArb, fc.constantFrom<0 | 1 | 2>(0, 1, 2)).map(([fen, style]) => fenToMoney(fen, style));

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}
function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Dates in and around the period, with its edges and the days beside them often. */
export function dateArb(period: { from: string; to: string }): fc.Arbitrary<string> {
  const a = dayNumber(period.from);
  const b = dayNumber(period.to);
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: a, max: b }).map(dateOf) },
    { weight: 2, arbitrary: fc.constantFrom(a - 1, a, b, b + 1).map(dateOf) },
    { weight: 1, arbitrary: fc.integer({ min: a - 800, max: b + 800 }).map(dateOf) },
  );
}

/** A small pool so that once-only keys, group keys and history keys collide. */
export const KEY_POOL = ['K1', 'K2', 'K3'];
/** The same for patent numbers, which must have CNIPA's shape. */
export const PATENT_POOL = ['ZL202110000001.1', 'ZL202110000002.2', 'ZL202110000003.3'];

function fromJsonSchema(s: JsonSchema, name: string, period: { from: string; to: string }, hints: readonly unknown[] = []): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  // Values some clause's condition asks for: drawn often, so that items are eligible and amounts get exercised.
  if (hints.length > 0) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hints) }, { weight: 1, arbitrary: fromJsonSchema(s, name, period) });
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'boolean':
      // Most conditions want `true`; a fair coin would leave few items eligible.
      return fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
    case 'integer':
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 20, 20) }) },
        { weight: 1, arbitrary: fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 1_000_000_000 }) },
      );
    case 'string':
      if (s.pattern === MONEY_SOURCE) {
        return name === 'higherLevelFunding' ? fc.oneof({ weight: 4, arbitrary: fc.constant('0') }, { weight: 1, arbitrary: moneyArb }) : moneyArb;
      }
      if (s.format === 'date') return dateArb(period);
      if (name === 'patentNumber' || name === 'patentNumbers') return fc.constantFrom(...PATENT_POOL);
      return fc.constantFrom(...KEY_POOL);
    case 'array':
      return fc.array(fromJsonSchema(s.items ?? {}, name, period), { maxLength: 3 });
    default:
      return fc.constant(null);
  }
}

/** One event of the given type, with every required field and each optional one half the time. */
const eventArbs = new Map<string, fc.Arbitrary<Record<string, unknown>>>();

export function eventArb(type: string, period: { from: string; to: string }, hints: Hints = new Map()): fc.Arbitrary<Record<string, unknown>> {
  const key = `${type} ${period.from} ${period.to} ${JSON.stringify([...hints])}`;
  let arb = eventArbs.get(key);
  if (!arb) {
    arb = buildEventArb(type, period, hints);
    eventArbs.set(key, arb);
  }
  return arb;
}

function buildEventArb(type: string, period: { from: string; to: string }, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  const schema = z.toJSONSchema(eventSchemas[type as keyof typeof eventSchemas], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(schema.required ?? []);
  const props = Object.entries(schema.properties ?? {}).filter(([k]) => k !== 'id');
  const fields = props.map(([k, p]) => {
    // G8: an event up to the old policy's expiry must say predecessorFunded, so it is always given, mostly false
    if (k === 'predecessorFunded') return fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
    const arb = fromJsonSchema(p, k, period, hints.get(k));
    // Optional money fields are usually given: several conditions (patent-transfer's role) need them.
    return required.has(k) ? arb : fc.option(arb, { nil: undefined, freq: 3 });
  });
  return fc.tuple(...fields).map((values) => {
    const out: Record<string, unknown> = {};
    props.forEach(([k], i) => {
      if (values[i] !== undefined) out[k] = values[i];
    });
    return out;
  });
}

export const EVENT_TYPE_NAMES = Object.keys(eventSchemas);

/** Field -> values that conditions compare it with (`equal`, `in`), by fact and event type. */
export type Hints = Map<string, unknown[]>;

/**
 * Reads every clause's own and guideline-added leaves: for `equal` and `in`
 * on a one-segment path with a literal value, the values that would pass.
 */
export function conditionHints(policy: Policy, fact: 'event' | 'applicant', subject?: string): Hints {
  const hints: Hints = new Map();
  for (const yc of policy.clauses) {
    if (subject !== undefined && yc.clause.subject !== subject) continue;
    for (const leaf of [...leavesOf(yc.clause.conditions as Condition), ...yc.addedConditions.flatMap((c) => leavesOf(c))]) {
      if (leaf.fact !== fact || !/^\$\.[A-Za-z_]\w*$/.test(leaf.path) || isFactReference(leaf.value)) continue;
      const values = leaf.operator === 'equal' ? [leaf.value] : leaf.operator === 'in' && Array.isArray(leaf.value) ? leaf.value : [];
      if (values.length === 0) continue;
      const field = leaf.path.slice(2);
      const list = hints.get(field) ?? [];
      for (const v of values) if (!list.includes(v)) list.push(v);
      hints.set(field, list);
    }
  }
  return hints;
}

export interface AppOptions {
  /** Event types to draw from; defaults to those some clause pays for, plus a few others. */
  types?: readonly string[];
  maxEvents?: number;
}

/** The event types the year's clauses pay for: generating only these keeps most items live. */
export function subjectTypes(policy: Policy): string[] {
  return [...new Set(policy.clauses.map((c) => c.clause.subject).filter((s) => s !== 'applicant'))];
}

/** A whole application for this policy's year: usually valid, always JSON. */
export function applicationArb(policy: Policy, options: AppOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const period = policy.guideline.eventPeriod;
  const subjects = subjectTypes(policy);
  const others = EVENT_TYPE_NAMES.filter((t) => !subjects.includes(t));
  const types = options.types ?? subjects;
  const typeArb = fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...types) },
    { weight: 1, arbitrary: fc.constantFrom(...(others.length > 0 ? others : types)) },
  );
  const applicantHints = conditionHints(policy, 'applicant');
  const clauseIds = policy.clauses.map((c) => c.clause.id);
  const kinds = [...new Set(policy.clauses.flatMap((c) => c.clause.applicants))];

  const applicant = fc
    .record({
      kind: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...kinds) }, { weight: 1, arbitrary: fc.constantFrom(...APPLICANT_KINDS) }),
      county: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COUNTIES.filter((c) => c !== 'other')) }, { weight: 1, arbitrary: fc.constant('other') }),
      isSme: applicantHints.has('isSme')
        ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(applicantHints.get('isSme') as boolean[])) }, { weight: 1, arbitrary: fc.boolean() })
        : fc.boolean(),
      seriousDishonesty: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      // Rare, and spread over the look-back's edges: one inside fails every item of the application.
      ipViolationDates: fc.oneof(
        { weight: 6, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(dateArb({ from: yearsEarlier(policy.guideline.window.from, 3), to: policy.guideline.window.from }), {
            minLength: 1,
            maxLength: 2,
          }),
        },
      ),
      creditCode: fc.constantFrom(...CREDIT_CODES),
      id: fc.constantFrom('A-1', 'A-2', 'A-3', 'B-9'),
    })
    .map((a) => {
      const out: Record<string, unknown> = { id: a.id, name: '河源市测试单位', kind: a.kind, county: a.county, seriousDishonesty: a.seriousDishonesty };
      if (a.kind !== 'individual') out.creditCode = a.creditCode;
      if (a.kind === 'enterprise') out.isSme = a.isSme;
      if (a.ipViolationDates.length > 0) out.ipViolationDates = a.ipViolationDates;
      return out;
    });

  const history = fc.array(
    fc.record(
      {
        clause: fc.constantFrom(...clauseIds),
        year: fc.integer({ min: policy.year - 4, max: policy.year }),
        subjectKey: fc.constantFrom(...KEY_POOL, 'A-1'),
        amount: moneyArb,
        clawedBack: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      },
      { requiredKeys: ['clause', 'year', 'subjectKey', 'amount'] },
    ),
    { maxLength: 3 },
  );

  // Events mostly of types whose clauses accept the applicant's kind: otherwise most items fail G5.
  const typesFor = (kind: string) => {
    const fitting = policy.clauses.filter((c) => c.clause.applicants.includes(kind) && types.includes(c.clause.subject)).map((c) => c.clause.subject);
    return fitting.length > 0 ? [...new Set(fitting)] : types;
  };
  return applicant
    .chain((a) => {
      const fitting = typesFor(String(a.kind));
      const kindEvent = fc
        .oneof({ weight: 4, arbitrary: fc.constantFrom(...fitting) }, { weight: 1, arbitrary: typeArb })
        .chain((t) => eventArb(t, period, conditionHints(policy, 'event', t)));
      return fc.record({ applicant: fc.constant(a), events: fc.array(kindEvent, { maxLength: options.maxEvents ?? 6 }), history });
    })
    .map(({ applicant, events, history }) => ({
      applicant,
      // Ids in an order unrelated to the array, so sorting by id is exercised.
      events: events.map((e, i) => ({ id: `E-${(i * 7919) % 1000}`, ...e })),
      history,
    }));
}

function yearsEarlier(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/** A copy with every object's keys in a permuted order (arrays untouched). */
export function permuteKeys(value: unknown, rand: () => number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => permuteKeys(v, rand));
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = permuteKeys((value as Record<string, unknown>)[k], rand);
  return out;
}

/** A deterministic pseudo-random source from a fast-check integer, for permutations. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
