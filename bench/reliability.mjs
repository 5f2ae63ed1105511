// Reliability figures (issue #17), measured on the built CLI, not timed tests:
//   node bench/reliability.mjs [--batch=100000,1000000] [--hostile-mb=50]
// 1. A hostile token-heavy JSON file (`{"x":[1,1,…]}`) through `check`: CPU
//    seconds and peak RSS of the process (target: refused in < 1 s CPU, < 200 MB).
// 2. `batch` over N JSONL applications: peak RSS at each N (target: 100k and 1M
//    within 15 % of each other, i.e. memory flat in the number of applications).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const arg = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const dir = mkdtempSync(join(tmpdir(), 'heyuan-rel-bench-'));

/** Runs the CLI under GNU time: user+sys CPU seconds and peak RSS in MB. */
function measured(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { status: r.status, cpu: last[0] + last[1], rssMb: last[2] / 1024, stderr: r.stderr };
}

const mb = Number(arg('hostile-mb', '50'));
const hostile = join(dir, 'hostile.json');
writeFileSync(hostile, `{"x":[${'1,'.repeat(Math.floor((mb * 1024 * 1024) / 2) - 4)}1]}`);
const h = measured(['check', hostile, '--year', '2026', '--lang', 'en']);
const refused = h.stderr.includes('[too-large]');
console.log(
  `hostile ${mb} MB through check: exit ${h.status}, ${refused ? 'refused (too-large)' : 'NOT refused'}, ${h.cpu.toFixed(2)} s CPU, peak RSS ${h.rssMb.toFixed(0)} MB — target < 1 s and < 200 MB: ${refused && h.cpu < 1 && h.rssMb < 200 ? 'met' : 'MISSED'}`,
);

const example = JSON.parse(readFileSync(join(root, 'examples/01-enterprise.json'), 'utf8'));
const sizes = arg('batch', '100000').split(',').map(Number);
const peaks = [];
for (const n of sizes) {
  const file = join(dir, `apps-${n}.jsonl`);
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    // One applicant each: an individual (no credit code), id by number.
    const app = { ...example, applicant: { ...example.applicant, id: `A-${i}`, kind: 'individual' }, history: [] };
    delete app.applicant.creditCode;
    delete app.applicant.isSme;
    if (!out.write(JSON.stringify(app) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const b = measured(['batch', file, '--year', '2026', '--out', join(dir, `out-${n}.jsonl`), '--lang', 'en']);
  peaks.push(b.rssMb);
  console.log(`batch ${n.toLocaleString('en-US')} applications: exit ${b.status}, ${b.cpu.toFixed(1)} s CPU, peak RSS ${b.rssMb.toFixed(0)} MB`);
}
if (peaks.length > 1) {
  const spread = Math.max(...peaks) / Math.min(...peaks) - 1;
  console.log(`peak RSS spread across ${sizes.join(' / ')}: ${(spread * 100).toFixed(0)} % — target ≤ 15 %: ${spread <= 0.15 ? 'met' : 'MISSED'}`);
}
