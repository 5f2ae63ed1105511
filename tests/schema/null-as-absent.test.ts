import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';
import { bundledApplicationSchemas } from '../../src/heyuan/application.js';

const FIELD_NAMES = bundledApplicationSchemas.fieldNames;

/*
 * The null rule (docs/service.md): what a Jackson or System.Text.Json client
 * sends by default, every field of its class written and the absent ones as
 * null, must decide exactly as the clean application does.
 */

const policy = loadPolicy({ year: 2026 });
const lines = readFileSync(new URL('../../examples/applications.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');

type Obj = Record<string, unknown>;

/** Every field the object's kind has and the object lacks, added as null (events: every event type's fields). */
function asGeneratedClient(app: Obj): Obj {
  const out = structuredClone(app);
  const fill = (o: Obj, names: ReadonlySet<string>) => {
    for (const k of names) if (!Object.prototype.hasOwnProperty.call(o, k)) o[k] = null;
  };
  fill(out.applicant as Obj, FIELD_NAMES.applicant);
  for (const e of (out.events ?? []) as Obj[]) fill(e, FIELD_NAMES.event);
  for (const h of (out.history ?? []) as Obj[]) fill(h, FIELD_NAMES.history);
  return out;
}

describe('null for an absent optional field', () => {
  it('the 59 examples, every absent field written as null, decide byte-identically to the originals', () => {
    expect(lines).toHaveLength(59);
    let nulls = 0;
    for (const line of lines) {
      const clean = JSON.parse(line) as Obj;
      const filled = asGeneratedClient(clean);
      nulls += (JSON.stringify(filled).match(/:null/g) ?? []).length;
      const r = policy.safeEvaluate(filled);
      if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
      expect(JSON.stringify(r.decision)).toBe(JSON.stringify(policy.evaluateSync(clean)));
    }
    // Not a vacuous pass: thousands of nulls went in.
    expect(nulls).toBeGreaterThan(2000);
  });

  it('null for events and history reads as an empty list, as leaving them out does', () => {
    const clean = JSON.parse(lines[0]!) as Obj;
    const app = { applicant: clean.applicant, events: null, history: null };
    const r = policy.safeEvaluate(app);
    expect(r.ok && r.decision.items.every((i) => i.subject === (clean.applicant as Obj).id)).toBe(true);
    expect(JSON.stringify(policy.evaluateSync(app))).toBe(JSON.stringify(policy.evaluateSync({ applicant: clean.applicant })));
  });

  it('a null under a name that is no field is still an unknown field', () => {
    const app = JSON.parse(lines[0]!) as { applicant: Obj; events: Obj[] };
    app.applicant.nmae = null;
    app.events[0]!.interestPayed = null;
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.code, e.path.join('.')])).toEqual([
        ['unknown-field', 'applicant.nmae'],
        ['unknown-field', 'events.0.interestPayed'],
      ]);
    }
  });

  it('a null for a required field reads as that field missing, named', () => {
    const app = JSON.parse(lines[0]!) as { applicant: Obj; events: Obj[] };
    app.applicant.county = null;
    app.events[1]!.interestPaid = null;
    const r = policy.safeEvaluate(app);
    expect(!r.ok && r.errors.map((e) => [e.code, e.path.join('.')])).toEqual([
      ['missing-field', 'applicant.county'],
      ['missing-field', 'events.1.interestPaid'],
    ]);
  });

  it('a null inside a list is not dropped', () => {
    const app = JSON.parse(lines[0]!) as { applicant: Obj };
    app.applicant.ipViolationDates = [null];
    const r = policy.safeEvaluate(app);
    expect(!r.ok && r.errors.map((e) => e.path.join('.'))).toEqual(['applicant.ipViolationDates.0']);
  });

  it("the caller's object is left as it was", () => {
    const app = asGeneratedClient(JSON.parse(lines[1]!) as Obj);
    const before = JSON.stringify(app);
    policy.safeEvaluate(app);
    expect(JSON.stringify(app)).toBe(before);
  });
});
