// npm run fuzz [-- --runs 100000 --seed 42]: the fuzz targets of tests/fuzz at
// scale. Prints the seed, the cases per target and how each ended; exits 1 on
// the first input that makes the library throw or return an untyped error,
// printing that input (shrunk) so it can become a regression test.
import fc from 'fast-check';
import {
  anythingArb,
  applicationsArb,
  fuzzEvaluate,
  fuzzGuideline,
  fuzzLoad,
  fuzzOptions,
  mutatedApplicationArb,
  mutatedGuidelineArb,
  mutatedRulesArb,
  optionsArb,
} from '../tests/fuzz/targets.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('runs', 100_000);
const seed = arg('seed', Date.now() % 2 ** 31);
const json = process.argv.includes('--json');

// Loading rules is the slow target: it gets a smaller share of the runs.
const targets: Array<{ name: string; share: number; property: (tally: Map<string, number>) => fc.IProperty<never> }> = [
  { name: 'arbitrary values → safeEvaluate', share: 0.25, property: (t) => fc.property(anythingArb, (x) => void bump(t, fuzzEvaluate(x))) as never },
  {
    name: 'mutated applications → safeEvaluate',
    share: 0.5,
    property: (t) => fc.property(mutatedApplicationArb, (x) => void bump(t, fuzzEvaluate(x))) as never,
  },
  {
    name: 'mutated rule files → loadPolicy (+ a decision)',
    share: 0.08,
    property: (t) => fc.property(mutatedRulesArb, applicationsArb, (r, a) => void bump(t, fuzzLoad(r, a))) as never,
  },
  {
    name: 'random options and rule containers → loadPolicy',
    share: 0.05,
    property: (t) => fc.property(optionsArb, (o) => void bump(t, fuzzOptions(o))) as never,
  },
  {
    name: 'mutated guidelines → loadPolicy (+ a decision)',
    share: 0.12,
    property: (t) => fc.property(mutatedGuidelineArb, applicationsArb, (g, a) => void bump(t, fuzzGuideline(g, a))) as never,
  },
];

function bump(tally: Map<string, number>, outcome: string): void {
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
}

if (!json) console.log(`fuzz: ${total} inputs, seed ${seed} (replay: npm run fuzz -- --runs ${total} --seed ${seed})`);
const results: Array<{ name: string; cases: number; outcomes: Record<string, number>; failures: number; ms: number }> = [];
let failed = false;
for (const t of targets) {
  const numRuns = Math.max(1, Math.round(total * t.share));
  const tally = new Map<string, number>();
  const start = performance.now();
  const out = fc.check(t.property(tally), { numRuns, seed, endOnFailure: true });
  const ms = Math.round(performance.now() - start);
  results.push({ name: t.name, cases: out.numRuns, outcomes: Object.fromEntries(tally), failures: out.failed ? 1 : 0, ms });
  if (!json)
    console.log(
      `  ${t.name}: ${out.numRuns} cases, ${[...tally].map(([k, v]) => `${v} ${k}`).join(', ')}, ${out.failed ? 'FAILED' : '0 untyped errors'} (${ms} ms)`,
    );
  if (out.failed) {
    failed = true;
    console.error(fc.defaultReportMessage(out));
  }
}
if (json) console.log(JSON.stringify({ seed, results }));
process.exitCode = failed ? 1 : 0;
