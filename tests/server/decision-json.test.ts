import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ConditionTrace, Decision } from '../../src/engine/decision.js';
import { loadPolicy } from '../../src/index.js';
import { decisionJson } from '../../src/server/decision-json.js';
import { applicationArb } from '../properties/arbitraries.js';
import { SEED } from '../properties/harness.js';
import { EXAMPLES } from './http.js';

/*
 * decisionJson writes a Decision's JSON itself, remembering the bytes of the
 * rules' frozen words: it must give exactly Buffer.from(JSON.stringify(d)),
 * for every Decision the library makes and for one a caller changed.
 */

const policy = loadPolicy({ year: 2026 });
const jre = loadPolicy({ year: 2026, engine: 'json-rules-engine' });

function sameAsStringify(d: unknown): void {
  const want = Buffer.from(JSON.stringify(d), 'utf8');
  const got = decisionJson(d as Decision);
  // compared as text first, so that a difference shows where it is
  expect(got.toString('utf8')).toBe(want.toString('utf8'));
  expect(got.equals(want)).toBe(true);
}

describe('decisionJson', () => {
  it("gives JSON.stringify's UTF-8 for the 59 examples, both engines, twice each (remembered bytes the second time)", async () => {
    for (const app of EXAMPLES) {
      const compiled = policy.evaluateSync(app);
      sameAsStringify(compiled);
      sameAsStringify(policy.evaluateSync(app));
      sameAsStringify(await jre.evaluate(app));
    }
  });

  it('gives it for 400 generated applications: refused items, adjustments, caps, a suspended clause', () => {
    let items = 0;
    let adjusted = 0;
    let suspended = 0;
    for (const app of fc.sample(applicationArb(policy), { numRuns: 400, seed: SEED })) {
      const r = policy.safeEvaluate(app);
      if (!r.ok) continue;
      sameAsStringify(r.decision);
      items += r.decision.items.length;
      adjusted += r.decision.items.filter((i) => i.adjustments.length > 0).length;
      suspended += r.decision.items.filter((i) => i.suspended !== null).length;
    }
    // the sample reaches what the writer treats apart
    expect(items).toBeGreaterThan(400);
    expect(adjusted).toBeGreaterThan(10);
    expect(suspended).toBeGreaterThan(0);
  });

  it('gives it for a Decision with an excluded event (a patent grant)', () => {
    const app = structuredClone(EXAMPLES[0]!) as { events: Record<string, unknown>[] };
    app.events.push({ id: 'E-PG', type: 'patent-grant', date: '2025-08-01' });
    const d = policy.evaluateSync(app);
    expect(d.excludedEvents).toHaveLength(1);
    sameAsStringify(d);
  });

  it('writes conditions that show the same frozen label but differ in any other member each as it is', () => {
    const d = policy.evaluateSync(EXAMPLES[0]!);
    const conditions = d.items[0]!.conditions;
    const [g1, g2] = conditions as [ConditionTrace, ConditionTrace];
    sameAsStringify(d); // g1's opening is now remembered
    const others: Partial<ConditionTrace>[] = [
      { id: 'G9' },
      { source: 'guideline' },
      { failure: g2.failure },
      { fact: 'event' },
      { path: '$.elsewhere' },
      { operator: 'notIn' },
      { expected: Object.freeze(['hitech']) },
      { expected: 'yuancheng' },
    ];
    for (const other of others) conditions.push({ ...g1, ...other });
    sameAsStringify(d);
    // items likewise, by their frozen title
    const first = d.items[0]!;
    for (const other of [{ clause: 'other' }, { article: '9.9' }, { part: 'other' }, { nature: 'project' as const }]) d.items.push({ ...first, ...other });
    sameAsStringify(d);
  });

  it('writes what a caller changed: a replaced label, a changed expected list, a missing actual, a function, a lone surrogate', () => {
    const d = structuredClone(policy.evaluateSync(EXAMPLES[0]!)) as Decision; // a copy: nothing in it is frozen
    sameAsStringify(d);
    const [first, second] = d.items[0]!.conditions;
    first!.label = { zh: '改过的说明', en: 'changed' };
    (first!.expected as string[]).push('elsewhere');
    delete (second as { actual?: unknown }).actual;
    (second as { expected: unknown }).expected = () => 'not JSON';
    d.items[0]!.subject = 'E-\ud800';
    d.applicantId = '引号"与\\反斜杠\n';
    sameAsStringify(d);
    // the same object changed again after being written: its new value, not a remembered one
    first!.label.zh = '再改';
    sameAsStringify(d);
  });

  it("writes the library's Decision after a caller replaced parts of another: remembered bytes follow the frozen objects, not the places", () => {
    const a = policy.evaluateSync(EXAMPLES[0]!);
    a.items[0]!.conditions[0]!.label = { zh: '别的', en: 'other' };
    a.items[0]!.title = { zh: '别的标题', en: 'another title' };
    sameAsStringify(a);
    sameAsStringify(policy.evaluateSync(EXAMPLES[0]!));
  });

  it('returns bytes of its own: a later call does not change an earlier answer', () => {
    const first = decisionJson(policy.evaluateSync(EXAMPLES[0]!));
    const copy = Buffer.from(first);
    decisionJson(policy.evaluateSync(EXAMPLES[1]!));
    expect(first.equals(copy)).toBe(true);
  });

  it('writes a Decision larger than its first buffer (300 events)', () => {
    const base = EXAMPLES[0]! as { events: Record<string, unknown>[] };
    const events = Array.from({ length: 300 }, (_, i) => ({ ...base.events[0]!, id: `E-${i + 1}` }));
    const d = policy.evaluateSync({ ...base, events });
    expect(Buffer.byteLength(JSON.stringify(d))).toBeGreaterThan(256 * 1024);
    sameAsStringify(d);
  });
});
