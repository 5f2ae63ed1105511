import { readdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventSchemas, type GuidelineInput, loadPolicy, simulate, type Simulation } from '../../src/index.js';
import { safeSimulateWith } from '../../src/api/simulate.js';
import { fileSpills } from '../../src/cli/file-spill.js';
import { makeGenerator } from '../../bench/generate.mjs';
import { creditCode } from '../support/golden.js';
import { tempDir } from '../cli/run-cli.js';
import { guideline2026 } from './fixtures.js';

/*
 * A simulation big enough for its streamed proration to matter: 3,000
 * generated applications and 607 with one equal prize (remainders that tie),
 * under 2026 and a draft that cuts the innovation and transformation budgets
 * (the ties at the threshold themselves are pinned in
 * tests/batch/large-stream.test.ts, on the same planProration). Each side must equal evaluateBatch on that side,
 * applicant by applicant, with the claims in memory and in files sorted in
 * small runs (the CLI's spills).
 */

const policy = loadPolicy({ year: 2026 });
const gen = makeGenerator({ eventSchemas, clauses: policy.clauses, seed: 1919 });
const apps: unknown[] = [];
for (let i = 0; i < 3000; i++) apps.push(gen.application(i));
for (let i = 0; i < 607; i++) {
  apps.push({
    applicant: {
      id: `T-${i}`,
      name: `河源市同额${i}有限公司`,
      kind: 'enterprise',
      creditCode: creditCode(800_000 + i),
      county: 'heping',
      isSme: true,
      seriousDishonesty: false,
    },
    events: [
      { id: 'P-1', type: 'award', date: '2025-07-15', scheme: 'guangdong-patent-award', level: 'silver', patentNumber: `ZL2021${String(20000000 + i)}.X` },
    ],
    history: [],
  });
}
const g = guideline2026();
const draft: GuidelineInput = { ...g, budget: { ...g.budget, parts: { ...g.budget.parts, innovation: '2000013', transformation: '1500000' } } };

async function expectSidesEqualBatch(sim: Simulation): Promise<void> {
  // The simulation tells applicants apart by id, evaluateBatch by credit code: its rejections are given to both alike.
  const kept = apps.filter((_, i) => !sim.rejected.some((r) => r.index === i));
  const base = await policy.evaluateBatch(kept);
  const drafted = await loadPolicy({ guideline: draft }).evaluateBatch(kept);
  expect(base.rejected).toEqual([]);
  expect(sim.parts.map((p) => p.base)).toEqual(base.budget.parts);
  expect(sim.parts.map((p) => p.draft)).toEqual(drafted.budget.parts);
  const byId = new Map(sim.applicants.map((a) => [a.applicantId, a]));
  const got = base.decisions.map((d, k) => [d.applicantId, byId.get(d.applicantId)?.base, byId.get(d.applicantId)?.draft, drafted.decisions[k]!.total]);
  expect(got.filter(([, b, d, want], k) => b !== base.decisions[k]!.total || d !== want)).toEqual([]);
  expect(sim.counts.applicants).toBe(base.decisions.length);
  for (const side of [sim.totals.base, sim.totals.draft]) {
    expect(side.applicants).toBe(side.paid);
    expect(side.clauses).toBe(side.paid);
  }
}

describe('a large simulation, both sides prorated', () => {
  it('equals evaluateBatch on each side', async () => {
    const sim = await simulate(apps, 2026, draft);
    expect(sim.parts.filter((p) => p.base.ratio !== '1.000000').length).toBeGreaterThanOrEqual(1);
    expect(sim.parts.filter((p) => p.draft.ratio !== '1.000000').length).toBeGreaterThanOrEqual(2);
    await expectSidesEqualBatch(sim);
  });

  it('gives the same simulation with its claims in files sorted in runs of 50 records', async () => {
    const inMemory = await simulate(apps, 2026, draft);
    const dir = tempDir();
    try {
      const r = await safeSimulateWith(apps, 2026, draft, {}, fileSpills({ run: 50, dir }));
      expect(r.ok).toBe(true);
      if (r.ok) expect(JSON.stringify(r.value)).toBe(JSON.stringify(inMemory));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
