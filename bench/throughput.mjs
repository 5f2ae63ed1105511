// One batch run in its own process, so that its peak RSS is its own:
//   node bench/throughput.mjs <batch|stream|simulate|simulate-files|generate> <n>
// simulate: the same applications under 2026 and a 2026 draft that lowers a
// clause cap, cuts a part's budget into proration and suspends a clause;
// simulate-files: the same with the claims in temporary files (as the CLI).
// Applications come from a generator function (seeded, made on the fly).
// Prints the elapsed time, decisions and peak RSS (process.resourceUsage().maxRSS).
import { INTERNALS, LIB, SEED, now, ms } from './common.mjs';
import { makeGenerator } from './generate.mjs';

const [mode, nText] = process.argv.slice(2);
const n = Number(nText);
const { loadPolicy, eventSchemas, simulate, bundledRules } = await import(LIB);
const policy = loadPolicy({ year: 2026 });
const gen = makeGenerator({ eventSchemas, clauses: policy.clauses, seed: SEED });
function* source() {
  for (let i = 0; i < n; i++) yield gen.application(i);
}
// Warm up on other applications, then start from a settled heap.
for (let i = 0; i < 2000; i++) policy.evaluateSync(gen.application(n + i));
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;

let held = null; // the batch's decisions, kept until the memory is read
let decisions = 0;
let rejected = 0;
let paid = 0;
let rssSamples = [];
const t0 = now();
const cpu0 = process.cpuUsage();
if (mode === 'batch') {
  const { decisions: ds } = await policy.evaluateBatch(source());
  held = ds;
  decisions = ds.length;
  for (const d of ds) if (d.total !== '0.00') paid++;
  rssSamples.push(process.memoryUsage().rss);
} else if (mode === 'stream') {
  for await (const entry of policy.evaluateStream(source)) {
    if (entry.kind === 'decision') {
      decisions++;
      if (entry.decision.total !== '0.00') paid++;
      if (decisions % 10_000 === 0) rssSamples.push(process.memoryUsage().rss);
    } else if (entry.kind === 'rejected') rejected++;
  }
} else if (mode === 'simulate' || mode === 'simulate-files') {
  const g = bundledRules.guidelines.find((x) => x.data.year === 2026).data;
  const draft = {
    ...g,
    budget: { ...g.budget, parts: { ...g.budget.parts, transformation: '1000000' } },
    patches: g.patches.map((p) =>
      p.clause === 'pledge-loan-interest'
        ? { ...p, lower: { clauseCap: '50000' } }
        : p.clause === 'gi-product'
          ? { ...p, suspend: { zh: '暂停', en: 'suspended' } }
          : p,
    ),
  };
  // The memory is read as the one pass goes: a simulation keeps claims and two totals per applicant, no decisions.
  function* sampled() {
    for (let i = 0; i < n; i++) {
      if (i > 0 && i % 10_000 === 0) rssSamples.push(process.memoryUsage().rss);
      yield gen.application(i);
    }
  }
  // simulate-files: the claims in temporary files, as the CLI keeps them (the API keeps them in memory).
  let sim;
  if (mode === 'simulate') sim = await simulate(sampled(), 2026, draft);
  else {
    const { fileSpills, safeSimulateWith } = await import(INTERNALS);
    const r = await safeSimulateWith(sampled(), 2026, draft, {}, fileSpills());
    if (!r.ok) throw new Error(JSON.stringify(r.issues[0]));
    sim = r.value;
  }
  decisions = sim.counts.applicants;
  rejected = sim.counts.rejected;
  paid = sim.applicants.filter((a) => a.draft !== '0.00').length;
  held = sim;
} else if (mode === 'generate') {
  for (const app of source()) if (app.events.length > 0) decisions++;
} else throw new Error(`mode: batch, stream, simulate, simulate-files or generate, not ${mode}`);
const elapsed = ms(now() - t0);
const cpu = process.cpuUsage(cpu0);
const peakRssMB = process.resourceUsage().maxRSS / 1024;
// What the run still holds once garbage is collected (batch: the decisions it returned; stream: nothing).
globalThis.gc?.();
const liveHeapMB = process.memoryUsage().heapUsed / 2 ** 20;
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the decisions were kept alive until the heap was read; now they may go
held = null;
process.stdout.write(
  JSON.stringify({
    mode,
    n,
    decisions,
    rejected,
    paid,
    elapsedMs: elapsed,
    cpuMs: (cpu.user + cpu.system) / 1e3,
    rssBeforeMB: rssBefore / 2 ** 20,
    peakRssMB,
    liveHeapMB,
    rssSamplesMB: rssSamples.map((r) => Math.round(r / 2 ** 20)),
  }),
);
