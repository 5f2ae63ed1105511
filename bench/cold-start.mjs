// One cold start, in a fresh process: import the built library, load the 2026
// policy, decide one application (given in BENCH_APP). Prints the split in ms,
// and the process's CPU time so far (process.cpuUsage, startup included).
import { performance } from 'node:perf_hooks';

// Run by hand (profiling), it defaults to the snapshot and examples/01-enterprise.json.
const lib = process.env.BENCH_LIB ?? new URL('./.out/index.js', import.meta.url).href;
const appText = process.env.BENCH_APP ?? (await import('node:fs')).readFileSync(new URL('../examples/01-enterprise.json', import.meta.url), 'utf8');
const t0 = performance.now();
const { loadPolicy } = await import(lib);
const t1 = performance.now();
const policy = loadPolicy({ year: 2026 });
const t2 = performance.now();
const decision = policy.evaluateSync(JSON.parse(appText));
const t3 = performance.now();
if (decision.items.length === 0) throw new Error('the cold-start application decided nothing');
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ start: t0, import: t1 - t0, load: t2 - t1, first: t3 - t2, end: t3, cpuMs: (cpu.user + cpu.system) / 1e3 }));
