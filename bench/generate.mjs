// Seeded generator of applications for the benchmark. Deterministic: the same
// (seed, index) always gives the same application, so a stream source can be
// called twice and produce the same batch without holding it.
//
// Event fields are driven by the library's own schemas (eventSchemas through
// zod's JSON Schema export), so every event type the library accepts is
// covered, and a field added to the schema is generated without a change here.
import * as z from 'zod';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const HEYUAN = ['yuancheng', 'dongyuan', 'heping', 'longchuan', 'zijin', 'lianping', 'jiangdong', 'hitech'];

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mix = (seed, i) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;

/** A valid unified social credit code (GB 32100-2015) from a number. */
/** `prefix`: the first two characters (a cooperative's are "93", GB 32100-2015). */
export function creditCode(n, prefix = '91') {
  const body = String(10_000_000 + (n % 89_999_999)).slice(0, 8);
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(body[i]) * ORG_WEIGHTS[i];
  const c = 11 - (s % 11);
  const org = body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
  const first17 = prefix + '441600' + org;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

const MONEY = '^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?$';

/** A number in the CNIPA shape the schema checks (ZL, 12 digits, a dot, a check character). */
const patentNumber = (n, check) => `ZL2024${String(n).padStart(8, '0')}.${check}`;

/**
 * Builds a generator for one policy. `eventSchemas` and `clauses` come from the
 * library under test (`clauses` is policy.clauses: which kinds each event type
 * can pay, so most generated events could be eligible).
 */
export function makeGenerator({ eventSchemas, clauses, seed = 2026 }) {
  const types = Object.keys(eventSchemas);
  const shapes = Object.fromEntries(types.map((t) => [t, z.toJSONSchema(eventSchemas[t], { io: 'input' })]));
  // Event types a clause pays for, by applicant kind.
  const byKind = new Map();
  for (const { clause } of clauses) {
    if (clause.subject === 'applicant') continue;
    for (const kind of clause.applicants) {
      const list = byKind.get(kind) ?? [];
      if (!list.includes(clause.subject)) list.push(clause.subject);
      byKind.set(kind, list);
    }
  }
  const kinds = [...byKind.keys()];
  const allKinds = [
    'enterprise',
    'university',
    'research-institute',
    'service-agency',
    'industry-association',
    'public-institution',
    'government-body',
    'individual',
  ];

  const pick = (r, list) => list[Math.floor(r() * list.length)];
  const amount = (r, max) => {
    const yuan = 1 + Math.floor(r() ** 2 * max);
    return r() < 0.5 ? String(yuan) : `${yuan}.${String(Math.floor(r() * 100)).padStart(2, '0')}`;
  };
  const date = (r, year) => `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;

  function value(r, name, prop) {
    if (prop.const !== undefined) return prop.const;
    if (prop.enum) return pick(r, prop.enum);
    // being related, dishonest or already funded under the previous policy is the exception
    if (prop.type === 'boolean') return /related|dishonest|predecessor/i.test(name) ? r() < 0.1 : r() < 0.85;
    if (prop.type === 'integer' || prop.type === 'number') return Math.floor(r() * 8);
    if (prop.type === 'array') return Array.from({ length: 1 + Math.floor(r() * 2) }, (_, k) => patentNumber(Math.floor(r() * 1e8), k));
    if (prop.format === 'date') return date(r, r() < 0.9 ? 2025 : 2024);
    if (prop.pattern === MONEY) return name === 'higherLevelFunding' || name === 'insurancePayout' ? amount(r, 50_000) : amount(r, 600_000);
    // identifiers and text: small pools so once-only keys and take-the-higher groups collide sometimes
    if (name === 'patentNumber') return patentNumber(Math.floor(r() * 40), 1);
    return `${name}-${Math.floor(r() * 40)}`;
  }

  function event(r, type, id) {
    const shape = shapes[type];
    const out = {};
    for (const [name, prop] of Object.entries(shape.properties)) {
      if (name === 'id') {
        out.id = id;
        continue;
      }
      const required = shape.required?.includes(name);
      if (name === 'higherLevelFunding') {
        if (r() < 0.15) out[name] = value(r, name, prop);
        continue;
      }
      // optional money is always given (transfer amounts are required by role); other optional fields half the time
      if (!required && prop.pattern !== MONEY && r() < 0.5) continue;
      out[name] = value(r, name, prop);
    }
    // a count bounded by another of the event's counts (certificates put to use ≤ certificates)
    if (out.certificatesUsed !== undefined && out.certificates !== undefined && out.certificatesUsed > out.certificates)
      out.certificatesUsed = out.certificates;
    // G8: an event dated up to the previous policy's expiry must say whether it was funded under it
    if (out.date !== undefined && out.date <= '2025-06-23' && out.predecessorFunded === undefined) out.predecessorFunded = false;
    return out;
  }

  /**
   * Application `i` with `events` events (default: 1–5). `only`: restrict the
   * event types (the side-by-side comparison uses exactly one of each).
   */
  function application(i, { events = 1 + Math.floor(rng(mix(seed, i))() * 5), only } = {}) {
    const r = rng(mix(seed, i));
    r();
    const kind = r() < 0.9 && kinds.length > 0 ? pick(r, kinds) : pick(r, allKinds);
    const applicant = {
      id: `A-${String(i).padStart(7, '0')}`,
      name: `河源市示例${i}有限公司`,
      kind,
      county: r() < 0.92 ? pick(r, HEYUAN) : 'other',
      seriousDishonesty: r() < 0.03,
      ipViolationDates: r() < 0.05 ? [date(r, 2025)] : [],
    };
    if (kind !== 'individual') applicant.creditCode = creditCode(mix(seed, i) + i, kind === 'cooperative' ? '93' : '91');
    if (kind === 'enterprise') applicant.isSme = r() < 0.8;
    const evs = [];
    if (only) {
      only.forEach((type, k) => evs.push(event(r, type, `E-${k + 1}`)));
    } else {
      const likely = byKind.get(kind) ?? types;
      for (let k = 0; k < events; k++) evs.push(event(r, r() < 0.8 ? pick(r, likely) : pick(r, types), `E-${k + 1}`));
    }
    const history = [];
    const nh = r() < 0.3 ? 1 + Math.floor(r() * 3) : 0;
    for (let k = 0; k < nh; k++) {
      const c = clauses.length > 0 ? pick(r, clauses).clause : { id: 'patent-award' };
      const h = {
        clause: c.id,
        year: r() < 0.5 ? 2026 : 2024,
        subjectKey: r() < 0.5 ? applicant.id : `giName-${Math.floor(r() * 40)}`,
        amount: amount(r, 100_000),
      };
      if (r() < 0.05) h.clawedBack = true;
      history.push(h);
    }
    return { applicant, events: evs, history };
  }

  return { application, types };
}
