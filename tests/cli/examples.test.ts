import { EVENT_TYPES } from '../../src/heyuan/application.js';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvApplications, parseCsvHeader } from '../../src/cli/csv-applications.js';
import { csvRecords } from '../../src/cli/csv-records.js';
import type { SourceEntry } from '../../src/cli/source-entry.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { EXAMPLES } from './run-cli.js';

async function readExample(name: string): Promise<SourceEntry[]> {
  const records = csvRecords(createReadStream(join(EXAMPLES, name)));
  const first = await records.next();
  if (first.done || 'error' in first.value) throw new Error(`${name}: no header`);
  const header = parseCsvHeader(first.value.cells);
  if (!header.ok) throw new Error(header.issues.map((i) => i.message.en).join('; '));
  const out: SourceEntry[] = [];
  for await (const e of csvApplications(header.value, records)) out.push(e);
  return out;
}

describe('the batch examples', () => {
  const policy = loadPolicy({ year: 2026 });

  it('applications.csv: at least 50 valid applicants covering every event type, the same applications as applications.jsonl', async () => {
    const entries = await readExample('applications.csv');
    expect(entries.length).toBeGreaterThanOrEqual(50);
    for (const e of entries) {
      expect(e.issues).toEqual([]);
      const r = policy.validate(e.application);
      expect(r.ok ? [] : r.issues.map((i) => i.message.en)).toEqual([]);
    }
    const types = new Set(entries.flatMap((e) => (e.application as { events: { type: string }[] }).events.map((ev) => ev.type)));
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
    const jsonl = readFileSync(join(EXAMPLES, 'applications.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const valid = (x: unknown) => {
      const r = policy.validate(x);
      if (!r.ok) throw new Error('invalid');
      return r.value;
    };
    expect(jsonl.map(valid)).toEqual(entries.map((e) => valid(e.application)));
  });

  it('every clause of the 2026 policy has an item, and every clause not suspended pays at least once', async () => {
    const jsonl = readFileSync(join(EXAMPLES, 'applications.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const { decisions } = await policy.evaluateBatch(jsonl);
    const items = decisions.flatMap((d) => d.items);
    for (const yc of policy.clauses) {
      const own = items.filter((i) => i.clause === yc.clause.id);
      expect(own.length, yc.clause.id).toBeGreaterThan(0);
      if (yc.suspended === null)
        expect(
          own.some((i) => i.amount !== '0.00'),
          yc.clause.id,
        ).toBe(true);
    }
  });

  it('applications-with-errors.csv: good applicants and bad rows side by side', async () => {
    const entries = await readExample('applications-with-errors.csv');
    const bad = entries.filter((e) => e.issues.length > 0 || !policy.validate(e.application).ok);
    expect(bad.length).toBeGreaterThanOrEqual(5);
    expect(entries.length - bad.length).toBeGreaterThanOrEqual(2);
  });
});
