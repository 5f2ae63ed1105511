// Instructions per application, counted by valgrind's callgrind: far steadier than
// the clock on a shared machine, though the level drifts over hours, so compare two
// builds in one sitting (see BENCHMARKS.md). After `npm run build
// && node bench/build.mjs`:   node bench/instructions.mjs [library jre hand]
// Each contender runs in `node --single-threaded` (so the garbage collector and the
// compiler work on the counted thread, not beside it) twice, for a short and a long
// run over the same applications; the difference divided by the extra decisions is
// the steady-state cost of one decision, without start-up, loading or warm-up.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { here } from './common.mjs';

const ROUNDS = { library: [12, 22], hand: [12, 22], jre: [3, 6] }; // stock json-rules-engine is ~20× slower
const who = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['library', 'jre', 'hand'];

function instructions(name, rounds) {
  const r = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', join(here, 'instructions-child.mjs'), name, String(rounds)],
    { encoding: 'utf8' },
  );
  if (r.error) throw new Error(`valgrind is needed (apt-get install valgrind): ${r.error.message}`);
  const m = /refs:\s+([\d,]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${name} ${rounds}: ${r.stderr.split('\n').slice(-5).join('\n')}`);
  return Number(m[1].replaceAll(',', ''));
}

const per = {};
for (const name of who) {
  const [a, b] = ROUNDS[name];
  per[name] = (instructions(name, b) - instructions(name, a)) / ((b - a) * 1000);
  console.log(`${name.padEnd(8)} ${Math.round(per[name]).toLocaleString('en').padStart(10)} instructions per application`);
}
if (per.library && per.jre) console.log(`stock json-rules-engine / library: ${(per.jre / per.library).toFixed(1)}×`);
if (per.library && per.hand) console.log(`library / hand-written: ${(per.library / per.hand).toFixed(1)}×`);
