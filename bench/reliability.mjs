// Reliability figures (issue #17), measured on the built CLI, not timed tests:
//   node bench/reliability.mjs [--batch=10000,100000] [--hostile-mb=50]
//   npm run bench:memory   (the same with --batch=100000,1000000: the flat-memory target)
// 1. A hostile token-heavy JSON file (`{"x":[1,1,…]}`) through `check`: CPU
//    seconds and peak RSS of the process (target: refused in < 1 s CPU, < 200 MB).
// 2. `batch` over N generated JSONL applications (bench/generate.mjs, seeded):
//    peak RSS at each N (target: 100k and 1M within 15 % of each other, i.e.
//    memory flat in the number of applications).
// Each CLI run is its own process; its peak RSS and CPU time are its own
// `process.resourceUsage()` at exit (bench/rusage-hook.mjs). Every file is made
// in a temporary directory under the system's, removed at the end.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeGenerator } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const dir = mkdtempSync(join(tmpdir(), 'heyuan-rel-bench-'));
const usageFile = join(dir, 'rusage.json');
const hook = pathToFileURL(join(root, 'bench/rusage-hook.mjs')).href;

/** Runs the CLI: exit status, CPU seconds, peak RSS in MB, wall seconds. */
function measured(args) {
  rmSync(usageFile, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', hook, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, BENCH_RUSAGE_FILE: usageFile },
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const u = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { status: r.status, cpu: u.cpuS, rssMb: u.maxRssKb / 1024, wall, stderr: r.stderr };
}

try {
  const mb = Number(arg('hostile-mb', '50'));
  const hostile = join(dir, 'hostile.json');
  writeFileSync(hostile, `{"x":[${'1,'.repeat(Math.floor((mb * 1024 * 1024) / 2) - 4)}1]}`);
  const h = measured(['check', hostile, '--year', '2026', '--lang', 'en']);
  const refused = h.stderr.includes('[too-large]');
  console.log(
    `hostile ${mb} MB through check: exit ${h.status}, ${refused ? 'refused (too-large)' : 'NOT refused'}, ${h.cpu.toFixed(2)} s CPU, peak RSS ${h.rssMb.toFixed(0)} MB — target < 1 s and < 200 MB: ${refused && h.cpu < 1 && h.rssMb < 200 ? 'met' : 'MISSED'}`,
  );
  rmSync(hostile);

  const { eventSchemas, loadPolicy } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const gen = makeGenerator({ eventSchemas, clauses: loadPolicy({ year: 2026 }).clauses, seed: 2026 });
  const sizes = arg('batch', '10000,100000').split(',').map(Number);
  const peaks = [];
  for (const n of sizes) {
    const file = join(dir, `apps-${n}.jsonl`);
    const out = createWriteStream(file);
    for (let i = 0; i < n; i++) if (!out.write(JSON.stringify(gen.application(i)) + '\n')) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    // CSV results (one row per item): the same streamed writer as JSON lines, a tenth of the disk.
    const results = join(dir, `out-${n}.csv`);
    const b = measured(['batch', file, '--year', '2026', '--out', results, '--lang', 'en']);
    peaks.push(b.rssMb);
    const size = (f) => `${(statSync(f).size / 2 ** 20).toFixed(0)} MB`;
    console.log(
      `batch ${n.toLocaleString('en-US')} applications (${size(file)} JSONL → ${size(results)} CSV): exit ${b.status}, ${b.wall.toFixed(0)} s wall, ${b.cpu.toFixed(1)} s CPU, peak RSS ${b.rssMb.toFixed(0)} MB`,
    );
    if (b.status !== 0 && b.status !== 1) console.log(b.stderr.split('\n').slice(-5).join('\n'));
    rmSync(file);
    rmSync(results, { force: true });
    rmSync(`${results}.errors.jsonl`, { force: true });
  }
  if (peaks.length > 1) {
    const spread = Math.max(...peaks) / Math.min(...peaks) - 1;
    console.log(`peak RSS spread across ${sizes.join(' / ')}: ${(spread * 100).toFixed(0)} % — target ≤ 15 %: ${spread <= 0.15 ? 'met' : 'MISSED'}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
