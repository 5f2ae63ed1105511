// Profiling aid: node --cpu-prof --cpu-prof-dir=bench/.out bench/profile.mjs [decide|validate|cold] [three|all]
// Runs one part of the pipeline in a loop long enough for a CPU profile.
import { LIB, SEED, THREE_EVENTS, threeClauseRules } from './common.mjs';
import { makeGenerator } from './generate.mjs';

const [what = 'decide', which = 'three'] = process.argv.slice(2);
const { loadPolicy, eventSchemas, bundledRules } = await import(LIB);
const policy = which === 'three' ? loadPolicy({ year: 2026, rules: threeClauseRules(bundledRules) }) : loadPolicy({ year: 2026 });
const gen = makeGenerator({ eventSchemas, clauses: policy.clauses, seed: SEED });
const apps = Array.from({ length: 3000 }, (_, i) => gen.application(i, which === 'three' ? { only: THREE_EVENTS } : { events: 3 }));
const t = process.hrtime.bigint();
const R = Number(process.env.ROUNDS ?? 20);
for (let r = 0; r < R; r++)
  for (const a of apps)
    if (what === 'validate') policy.validate(a);
    else policy.evaluateSync(a);
console.log(`${what}: ${(Number(process.hrtime.bigint() - t) / 1e3 / (R * apps.length)).toFixed(2)} µs/app`);
