import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSchemas, loadPolicy, type BatchEntry, type BatchResult, type Decision } from '../../src/index.js';
import { makeGenerator } from '../../bench/generate.mjs';
import { policyInternals } from '../../src/api/load-policy.js';
import { evaluateStream } from '../../src/engine/batch.js';
import { fileSpills } from '../../src/cli/file-spill.js';
import { CLI, cli, tempDir } from '../cli/run-cli.js';
import { creditCode } from '../support/golden.js';
import { competition, enterprise, syntheticClause, syntheticPolicy } from '../support/synthetic.js';

/*
 * A batch big enough for the streaming proration to matter: thousands of
 * generated applications, a part prorated with many claims of one amount (so
 * the fen left over go by applicant id, article and event id, not by
 * remainder), duplicates, invalid rows and applicants sharing a raw id. The
 * stream and the CLI must give, byte for byte, what `evaluateBatch` (every
 * decision in memory, `allocate` over all claims) gives.
 */

const policy = loadPolicy({ year: 2026 });
const gen = makeGenerator({ eventSchemas, clauses: policy.clauses, seed: 1717 });

/** The same competition prize for many applicants: one amount, so remainders tie across the whole group. */
function samePrize(i: number, id: string) {
  return {
    applicant: {
      id,
      name: `河源市同额${i}有限公司`,
      kind: 'enterprise',
      creditCode: creditCode(700_000 + i),
      county: 'yuancheng',
      isSme: true,
      seriousDishonesty: false,
    },
    events: [
      {
        id: `P-${i % 3}`,
        type: 'award',
        date: '2025-07-15',
        scheme: 'guangdong-patent-award',
        level: 'silver',
        patentNumber: `ZL2021${String(10000000 + i)}.X`,
      },
    ],
    history: [],
  };
}

function rows(): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < 3000; i++) out.push(gen.application(i));
  // 607 applicants with the same paid item; ids and event ids repeat (applicants told apart by credit code), so ties reach the input order.
  for (let i = 0; i < 607; i++) out.push(samePrize(i, `T-${i % 100}`));
  // Duplicates of earlier applicants (same credit code, new id) and rows that cannot be decided.
  for (let i = 0; i < 40; i++) {
    const a = gen.application(i * 7) as { applicant: Record<string, unknown> };
    out.push({ ...a, applicant: { ...a.applicant, id: `DUP-${i}` } });
    out.push({ applicant: { id: `BAD-${i}` }, events: 'none' });
  }
  return out;
}

/** The first line that differs, both sides shown (a diff of megabytes of JSON would not be read). */
function firstDifference(got: string[], want: string[]): { line: number; got?: string; want?: string } | null {
  for (let i = 0; i < Math.max(got.length, want.length); i++) if (got[i] !== want[i]) return { line: i, got: got[i], want: want[i] };
  return null;
}

async function expectSameAsBatch(stream: AsyncIterable<BatchEntry>, want: BatchResult): Promise<void> {
  const decisions: Decision[] = [];
  const rejected: { index: number; applicantId: string | null; issues: unknown }[] = [];
  let budget: unknown;
  for await (const e of stream) {
    if (e.kind === 'decision') decisions.push(e.decision);
    else if (e.kind === 'rejected') rejected.push({ index: e.index, applicantId: e.applicantId, issues: e.issues });
    else budget = e.budget;
  }
  expect(
    firstDifference(
      decisions.map((d) => JSON.stringify(d)),
      want.decisions.map((d) => JSON.stringify(d)),
    ),
  ).toBeNull();
  expect(budget).toEqual(want.budget);
  expect(rejected).toEqual(want.rejected);
}

let input: unknown[];
let batch: BatchResult;

beforeAll(async () => {
  input = rows();
  batch = await policy.evaluateBatch(input);
});

describe('a large batch, prorated', () => {
  it('engages proration in several parts, with repeats and rows that cannot be decided', () => {
    const cut = batch.budget.parts.filter((p) => p.ratio !== '1.000000');
    expect(cut.length).toBeGreaterThanOrEqual(2);
    expect(batch.rejected.length).toBeGreaterThanOrEqual(40);
    expect(batch.rejected.some((r) => r.issues[0]!.code === 'duplicate-applicant-id')).toBe(true);
    expect(batch.decisions.some((d) => d.items.some((i) => i.adjustments.some((a) => a.kind === 'budget-proration')))).toBe(true);
  });

  it('evaluateStream gives every decision, rejection and the budget exactly as evaluateBatch', async () => {
    await expectSameAsBatch(
      policy.evaluateStream(() => input),
      batch,
    );
  });

  it('so does the stream with its spills in files sorted in runs of 64 records (the CLI keeps them on disk)', async () => {
    const dir = tempDir();
    try {
      const { rt, decider } = policyInternals(policy);
      await expectSameAsBatch(
        evaluateStream(rt, decider, () => input, fileSpills({ run: 64, dir })),
        batch,
      );
      expect(readdirSync(dir)).toEqual([]); // the store removed its files
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('2,000 equal prizes: the fen left over placed by applicant id, event id and input order alone', () => {
  // 2,000 × 100000.00 requested of a budget of 50000010.03: every claim gets ⌊5000001003 ÷ 2000⌋ fen = 25000.00 yuan
  // (the remainders are all equal) and the 5000001003 mod 2000 = 1003 fen left go to the first 1,003 in order: ids
  // T-0, T-1, T-10, … (20 claims each, 10 per event id), so the 1,003rd is the third of the first event id of the 51st id.
  const prize = syntheticPolicy([syntheticClause('prize', '1.1')], {
    budget: { total: '50000010.03', parts: { innovation: '50000010.03', transformation: '0', protection: '0', services: '0', culture: '0' } },
  });
  const equal = Array.from({ length: 2000 }, (_, i) => ({
    applicant: { ...enterprise, id: `T-${i % 100}`, creditCode: creditCode(900_000 + i) },
    events: [competition(`P-${Math.floor(i / 100) % 2}`, 'gold')],
  }));

  it('pays 1,003 of them a fen more, split inside a group of equal id and event id, as evaluateBatch does', async () => {
    const b = await prize.evaluateBatch(equal);
    expect(b.decisions.filter((d) => d.total === '25000.01').length).toBe(1003);
    expect(b.decisions.filter((d) => d.total === '25000.00').length).toBe(997);
    const sorted = [...new Set(equal.map((a) => a.applicant.id))].sort();
    const edge = b.decisions.filter((d) => d.applicantId === sorted[50] && d.items[0]!.subject === 'P-0').map((d) => d.total);
    expect(edge).toEqual([...Array(3).fill('25000.01'), ...Array(7).fill('25000.00')]);
    await expectSameAsBatch(
      prize.evaluateStream(() => equal),
      b,
    );
    const dir = tempDir();
    try {
      const { rt, decider } = policyInternals(prize);
      await expectSameAsBatch(
        evaluateStream(rt, decider, () => equal, fileSpills({ run: 64, dir })),
        b,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(existsSync(CLI))('the CLI batch on the same file', () => {
  it('writes, byte for byte, the JSON lines of evaluateBatch', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'apps.jsonl');
      writeFileSync(file, input.map((a) => JSON.stringify(a)).join('\n') + '\n');
      const out = join(dir, 'out.jsonl');
      const r = await cli(['batch', file, '--year', '2026', '--out', out, '--lang', 'en']);
      expect(r.status).toBe(1); // some rows were rejected
      const written = readFileSync(out, 'utf8');
      expect(written.endsWith('\n')).toBe(true);
      expect(
        firstDifference(
          written.slice(0, -1).split('\n'),
          batch.decisions.map((d) => JSON.stringify(d)),
        ),
      ).toBeNull();
      const errors = readFileSync(`${out}.errors.jsonl`, 'utf8').trim().split('\n');
      expect(new Set(errors.map((l) => JSON.parse(l).index))).toEqual(new Set(batch.rejected.map((x) => x.index)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
