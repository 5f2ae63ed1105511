// One cold start, in a fresh process: import the built library, load the 2026
// policy, decide one application (given in BENCH_APP). Prints the split, in ms
// since the process started.
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { loadPolicy } = await import(process.env.BENCH_LIB);
const t1 = performance.now();
const policy = loadPolicy({ year: 2026 });
const t2 = performance.now();
const decision = policy.evaluateSync(JSON.parse(process.env.BENCH_APP));
const t3 = performance.now();
if (decision.items.length === 0) throw new Error('the cold-start application decided nothing');
process.stdout.write(JSON.stringify({ start: t0, import: t1 - t0, load: t2 - t1, first: t3 - t2, end: t3 }));
