import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test as prop } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSpills } from '../../src/cli/file-spill.js';
import { memorySpills } from '../../src/engine/spill.js';
import { tempDir } from './run-cli.js';

/*
 * The CLI's spills: records in temporary files, sorted by an external merge
 * sort. They must give exactly what the in-memory spill gives (Array#sort,
 * stable), whatever the run size, and leave nothing behind.
 */

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

interface Rec {
  key: number;
  text: string;
  at: number;
}
const byKey = (a: Rec, b: Rec) => a.key - b.key;

describe('fileSpills', () => {
  prop.prop(
    [fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), text: fc.string({ unit: 'binary' }) }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 })],
    {
      numRuns: 60,
    },
  )('sorted gives what a stable in-memory sort gives, in any run size; read gives the order pushed', async (records, run) => {
    const recs: Rec[] = records.map((r, at) => ({ ...r, at }));
    const dir = fresh();
    const store = fileSpills({ run, dir })();
    const mem = memorySpills().spill<Rec>();
    const file = store.spill<Rec>();
    for (const r of recs) {
      await file.push(r);
      await mem.push(r);
    }
    // Few keys and many equal records: the order pushed must survive the merge of runs.
    expect(await all(file.sorted(byKey))).toEqual(await all(mem.sorted(byKey)));
    expect(await all(file.read())).toEqual(recs);
    await store.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty spill reads and sorts to nothing', async () => {
    const store = fileSpills({ dir: fresh() })();
    const s = store.spill<Rec>();
    expect(await all(s.read())).toEqual([]);
    expect(await all(s.sorted(byKey))).toEqual([]);
    await store.dispose();
  });

  it('a reader left half-way is closed by dispose, and the files go', async () => {
    const dir = fresh();
    const store = fileSpills({ run: 3, dir })();
    const s = store.spill<Rec>();
    for (let i = 0; i < 20; i++) await s.push({ key: 20 - i, text: 'x', at: i });
    const it = s.sorted(byKey)[Symbol.asyncIterator]();
    expect((await it.next()).value).toMatchObject({ key: 1 });
    await store.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a store left by a killed run (its process gone) is removed by the next run; a live one is kept', async () => {
    const dir = fresh();
    // A pid that existed and is gone: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(dir, `heyuan-ip-spill-${dead}-abc`));
    mkdirSync(join(dir, `heyuan-ip-spill-${process.ppid}-def`));
    const store = fileSpills({ dir })();
    expect(readdirSync(dir).filter((n) => !n.startsWith(`heyuan-ip-spill-${process.pid}-`))).toEqual([`heyuan-ip-spill-${process.ppid}-def`]);
    await store.dispose();
  });
});
