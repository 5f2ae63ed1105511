import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';

const example = JSON.parse(readFileSync(new URL('../../examples/01-enterprise.json', import.meta.url), 'utf8'));

describe('values a trace shows', () => {
  const policy = loadPolicy({ year: 2026 });

  it('what the rules and the year give (a list, a period) is one frozen plain copy, the same in every Decision', () => {
    const a = policy.evaluateSync(example);
    const b = policy.evaluateSync(structuredClone(example));
    const g1a = a.items[0]!.conditions.find((c) => c.id === 'G1')!;
    const g1b = b.items[0]!.conditions.find((c) => c.id === 'G1')!;
    expect(Array.isArray(g1a.expected)).toBe(true);
    expect(Object.isFrozen(g1a.expected)).toBe(true);
    expect(g1a.expected).toBe(g1b.expected);
    const g4 = a.items.find((i) => i.conditions.some((c) => c.id === 'G4'))!.conditions.find((c) => c.id === 'G4')!;
    expect(Object.getPrototypeOf(g4.expected)).toBe(Object.prototype);
    expect(Object.isFrozen(g4.expected)).toBe(true);
    expect(() => (g1a.expected as string[]).push('elsewhere')).toThrow(TypeError);
  });

  it("what the application gives is each Decision's own, and can be changed without changing anything else", () => {
    const app = structuredClone(example);
    app.applicant.ipViolationDates = ['2019-01-01'];
    const a = policy.evaluateSync(app);
    const g3 = a.items[0]!.conditions.find((c) => c.id === 'G3')!;
    expect(g3.actual).toEqual(['2019-01-01']);
    (g3.actual as string[]).push('2020-01-01');
    expect(policy.evaluateSync(app).items[0]!.conditions.find((c) => c.id === 'G3')!.actual).toEqual(['2019-01-01']);
  });

  it('a rule value cannot be changed through policy.clauses, so no later decision can be', () => {
    const leaves = policy.clauses.flatMap((c) => (c.clause.conditions as { all?: Array<{ value: unknown }> }).all ?? []);
    const listed = leaves.filter((l) => Array.isArray(l.value));
    expect(listed.length).toBeGreaterThan(0);
    for (const leaf of listed) expect(() => (leaf.value as unknown[]).push('x')).toThrow(TypeError);
    const before = JSON.stringify(policy.evaluateSync(example));
    expect(JSON.stringify(policy.evaluateSync(example))).toBe(before);
  });

  // Every object two Decisions share must be frozen all the way down: a caller changing its own
  // Decision (a label, a title, the guideline's year) must not change the next one.
  it('no object two Decisions share can be changed: labels, titles, materials, figures, the guideline', async () => {
    const lines = readFileSync(new URL('../../examples/applications.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    const apps = [example, ...lines.map((l) => JSON.parse(l) as unknown)];
    const jre = loadPolicy({ year: 2026, engine: 'json-rules-engine' });
    const mutableShared = new Set<string>();
    let shared = 0;
    for (const app of apps) {
      for (const [a, b] of [
        [policy.evaluateSync(app), policy.evaluateSync(structuredClone(app))],
        [await jre.evaluate(app), await jre.evaluate(structuredClone(app))],
      ] as const) {
        const inA = new Set<object>();
        walk(a, '$', (v) => inA.add(v));
        walk(b, '$', (v, path) => {
          if (!inA.has(v)) return;
          shared++;
          if (!deeplyFrozen(v)) mutableShared.add(path);
        });
      }
    }
    expect(shared).toBeGreaterThan(1000); // labels and the rest are shared (frozen), not copied per Decision
    expect([...mutableShared]).toEqual([]);
  });

  it('changing a shared label or the guideline of one Decision throws, and the next Decision is unchanged', () => {
    const a = policy.evaluateSync(example);
    const before = JSON.stringify(policy.evaluateSync(example));
    const g1 = a.items[0]!.conditions.find((c) => c.id === 'G1')!;
    expect(() => {
      g1.label!.zh = '已改';
    }).toThrow(TypeError);
    expect(() => {
      a.items[0]!.title.en = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      a.guideline.year = 1999;
    }).toThrow(TypeError);
    // what is the caller's own can still be replaced: the condition object is the Decision's
    g1.label = { zh: '本次', en: 'this one' };
    expect(JSON.stringify(policy.evaluateSync(example))).toBe(before);
  });
});

function walk(v: unknown, path: string, visit: (v: object, path: string) => void): void {
  if (v === null || typeof v !== 'object') return;
  visit(v, path);
  for (const [k, x] of Object.entries(v)) walk(x, `${path}.${Array.isArray(v) ? '*' : k}`, visit);
}

function deeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}
