// npm run bench: builds the library, then measures the built code (no
// transpiler in the loop) on seeded generated applications and prints a table.
//   node bench/run.mjs [--quick]   (after `npm run build && node bench/build.mjs`)
// Targets (issue 9) are checked and printed; a miss does not fail the run.
// --quick: fewer samples, 10k only; --only=cold,latency,batch,simulate,side: some sections.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { HAND, INTERNALS, LIB, SEED, THREE, THREE_EVENTS, here, median, ms, now, table, threeClauseRules, yearContext } from './common.mjs';
import { makeGenerator } from './generate.mjs';
import { stockEngine } from './stock-jre.mjs';

const quick = process.argv.includes('--quick');
// --only=cold,latency,batch,side runs some sections (while iterating on a fix)
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (section) => !only || only.includes(section);
const say = (s) => process.stderr.write(s + '\n');
const { loadPolicy, eventSchemas, bundledRules } = await import(LIB);
const { decideByHand } = await import(HAND);
const { compiledConditions } = await import(INTERNALS);

const policy = loadPolicy({ year: 2026 });
const gen = makeGenerator({ eventSchemas, clauses: policy.clauses, seed: SEED });
const rows = [];
const notes = [];
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const int = (x) => Math.round(x).toLocaleString('en-US');
const verdict = (ok) => (ok ? 'met' : 'MISSED');

say(`clauses loaded: ${policy.clauses.length}; event types generated: ${gen.types.length}`);

// ── 1. Cold start ───────────────────────────────────────────────────────────
if (want('cold')) {
  const runs = quick ? 5 : 15;
  const env = { ...process.env, BENCH_LIB: LIB, BENCH_APP: JSON.stringify(gen.application(1, { events: 3 })) };
  const wall = (args) => {
    const t = now();
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    const elapsed = ms(now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    return { elapsed, out: r.stdout };
  };
  // Wall time as the parent sees it, and each child's own CPU time (startup included), which a busy
  // neighbour disturbs far less. The bare start prints its CPU time too: `node -e ""` plus one call.
  const BARE = ['-e', 'const c = process.cpuUsage(); process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1e3 }))'];
  const bare = [];
  const bareCpu = [];
  const cold = [];
  const splits = [];
  wall(BARE); // the first spawn pays for the file cache
  wall([join(here, 'cold-start.mjs')]);
  for (let i = 0; i < runs; i++) {
    const b = wall(BARE);
    bare.push(b.elapsed);
    bareCpu.push(JSON.parse(b.out).cpuMs);
    const c = wall([join(here, 'cold-start.mjs')]);
    cold.push(c.elapsed);
    splits.push(JSON.parse(c.out));
  }
  const b = median(bare);
  const c = median(cold);
  const over = c - b;
  const cpuOver = median(splits.map((s) => s.cpuMs)) - median(bareCpu);
  const split = (k) => fmt(median(splits.map((s) => s[k])), 1);
  rows.push([`cold start: bare \`node -e ""\` (median of ${runs})`, `${fmt(b, 1)} ms`, `CPU ${fmt(median(bareCpu), 1)} ms`, '']);
  rows.push([
    'cold start: import + loadPolicy(2026) + first decision',
    `${fmt(c, 1)} ms`,
    `+${fmt(over, 1)} ms wall, +${fmt(cpuOver, 1)} ms CPU over bare (import ${split('import')}, load ${split('load')}, first decision ${split('first')} ms)`,
    `≤ +150 ms: ${verdict(over <= 150)}`,
  ]);
  notes.push(
    "cold start: the target is on the wall clock (median of interleaved runs); the CPU figure adds V8's compiler and GC threads, which run beside the main thread, so it is larger than the wall time on an idle machine and a sanity check on a busy one",
  );
  say('cold start done');
}

// ── 2. One decision, p50 / p99, full trace ──────────────────────────────────
// tinybench times each call (one evaluateSync on the next application, round the set)
// after a warm-up, and gives the percentiles of those samples.
async function latency(apps, samples) {
  let next = 0;
  const bench = new Bench({ name: 'one decision', iterations: samples, time: 0, warmupIterations: Math.min(2000, samples), warmupTime: 0, throws: true });
  bench.add('evaluateSync', () => {
    policy.evaluateSync(apps[next++ % apps.length]);
  });
  await bench.run();
  const r = bench.tasks[0].result;
  if (r.state !== 'completed') throw new Error(`latency: ${r.state}`);
  // tinybench reports milliseconds
  return {
    p50: r.latency.p50 * 1e3,
    p99: r.latency.p99 * 1e3,
    runs: r.latency.samplesCount ?? samples,
    items: apps.reduce((n, a) => n + policy.evaluateSync(a).items.length, 0) / apps.length,
  };
}
if (want('latency')) {
  const typical = Array.from({ length: 2000 }, (_, i) => gen.application(100_000_000 + i, { events: 3 }));
  const heavy = Array.from({ length: 300 }, (_, i) => gen.application(200_000_000 + i, { events: 50 }));
  for (const a of [...typical, ...heavy]) {
    const r = policy.validate(a);
    if (!r.ok) throw new Error(`generated an invalid application: ${JSON.stringify(r.issues[0])}`);
  }
  const t = await latency(typical, quick ? 5000 : 20000);
  const h = await latency(heavy, quick ? 600 : 3000);
  rows.push([
    'evaluateSync, typical (3 events), full trace',
    `p50 ${fmt(t.p50, 1)} µs`,
    `p99 ${fmt(t.p99, 1)} µs (${fmt(t.items, 1)} items/decision; tinybench, ${int(t.runs)} calls)`,
    `p99 < 1 ms: ${verdict(t.p99 < 1000)}`,
  ]);
  rows.push([
    'evaluateSync, heavy (50 events), full trace',
    `p50 ${fmt(h.p50, 1)} µs`,
    `p99 ${fmt(h.p99, 1)} µs (${fmt(h.items, 1)} items/decision; tinybench, ${int(h.runs)} calls)`,
    '',
  ]);
  say('latency done');
}

// ── 3. Batch throughput and peak RSS, each run in its own process ───────────
if (want('batch')) {
  const child = (mode, n) => {
    const r = spawnSync(process.execPath, ['--expose-gc', join(here, 'throughput.mjs'), mode, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) return { error: (r.stderr || `exit ${r.status}`).split('\n').find((l) => /Error|heap/i.test(l)) ?? `exit ${r.status}` };
    return JSON.parse(r.stdout);
  };
  const sizes = quick ? [10_000] : [10_000, 100_000];
  const g = child('generate', sizes.at(-1));
  notes.push(
    `generating ${int(g.n)} applications alone takes ${fmt(g.elapsedMs / 1e3, 2)} s (${int(g.n / (g.elapsedMs / 1e3))}/s); the rows below include it (the stream generates every application twice)`,
  );
  for (const mode of ['batch', 'stream']) {
    for (const n of sizes) {
      const r = child(mode, n);
      say(`${mode} ${n} done`);
      if (r.error) {
        rows.push([`${mode === 'batch' ? 'evaluateBatch' : 'evaluateStream'}, ${int(n)} applications`, 'failed', r.error, '']);
        continue;
      }
      const rate = r.decisions / (r.elapsedMs / 1e3);
      let target = '';
      if (mode === 'stream' && n === 100_000) target = `< 300 MB and < 10 s: ${verdict(r.peakRssMB < 300 && r.elapsedMs < 10_000)}`;
      rows.push([
        `${mode === 'batch' ? 'evaluateBatch' : 'evaluateStream'}, ${int(n)} applications`,
        `${int(rate)} decisions/s`,
        `${fmt(r.elapsedMs / 1e3, 2)} s wall, ${fmt(r.cpuMs / 1e3, 2)} s CPU; peak RSS ${int(r.peakRssMB)} MB (${int(r.rssBeforeMB)} MB before, heap after GC ${int(r.liveHeapMB)} MB${r.rssSamplesMB.length > 1 ? `, every 10k: ${Math.min(...r.rssSamplesMB)}–${Math.max(...r.rssSamplesMB)} MB` : ''})`,
        target,
      ]);
    }
  }
}

// ── 3b. simulate against one evaluateStream over the same applications ─────
// Issue 19: a simulation decides every application under two policies; it must take
// under twice one stream (which itself reads its input twice), with memory flat.
if (want('simulate')) {
  const n = quick ? 10_000 : 100_000;
  const child = (mode) => {
    const r = spawnSync(process.execPath, ['--expose-gc', join(here, 'throughput.mjs'), mode, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const runs = quick ? 1 : 3;
  const stream = [];
  const sim = [];
  // Interleaved, so a busy neighbour slows both alike; medians compared.
  for (let i = 0; i < runs; i++) {
    stream.push(child('stream'));
    sim.push(child('simulate'));
  }
  const sMs = median(stream.map((r) => r.elapsedMs));
  const tMs = median(sim.map((r) => r.elapsedMs));
  const sCpu = median(stream.map((r) => r.cpuMs));
  const tCpu = median(sim.map((r) => r.cpuMs));
  const last = sim.at(-1);
  const lastStream = stream.at(-1);
  const range = (r) => (r.rssSamplesMB.length > 1 ? `, every 10k: ${Math.min(...r.rssSamplesMB)}–${Math.max(...r.rssSamplesMB)} MB` : '');
  rows.push([
    `evaluateStream, ${int(n)} applications (median of ${runs})`,
    `${fmt(sMs / 1e3, 2)} s`,
    `${fmt(sCpu / 1e3, 2)} s CPU; peak RSS ${int(lastStream.peakRssMB)} MB${range(lastStream)}`,
    '',
  ]);
  rows.push([
    `simulate 2026 vs a draft, ${int(n)} applications (median of ${runs})`,
    `${fmt(tMs / 1e3, 2)} s`,
    `${fmt(tMs / sMs, 2)}× one stream (CPU ${fmt(tCpu / 1e3, 2)} s, ${fmt(tCpu / sCpu, 2)}×); peak RSS ${int(last.peakRssMB)} MB (${int(last.rssBeforeMB)} MB before, heap after GC ${int(last.liveHeapMB)} MB with the result held${range(last)})`,
    `< 2× one stream: ${verdict(tMs < 2 * sMs)}`,
  ]);
  // Memory: the same simulation with its claims in temporary files, as the CLI runs it; the samples are taken during
  // its one pass, so they show what the claims cost (nothing) apart from the result, which is built after it.
  const files = child('simulate-files');
  rows.push([
    `simulate, claims in temporary files (the CLI's), ${int(n)} applications`,
    `${fmt(files.elapsedMs / 1e3, 2)} s`,
    `CPU ${fmt(files.cpuMs / 1e3, 2)} s; peak RSS ${int(files.peakRssMB)} MB (${int(files.rssBeforeMB)} MB before, heap after GC ${int(files.liveHeapMB)} MB with the result held${range(files)})`,
    `flat during the pass: ${verdict(files.rssSamplesMB.length < 2 || Math.max(...files.rssSamplesMB) <= 1.15 * Math.min(...files.rssSamplesMB))}`,
  ]);
  say('simulate done');
}

// ── 4. Side by side: hand-written, stock json-rules-engine, the library ─────
if (want('side')) {
  const three = loadPolicy({ year: 2026, rules: threeClauseRules(bundledRules) });
  const missing = THREE.filter((id) => !three.clauses.some((c) => c.clause.id === id));
  if (missing.length > 0) throw new Error(`clauses missing for the comparison: ${missing.join(', ')}`);
  const g3 = makeGenerator({ eventSchemas, clauses: three.clauses, seed: SEED + 3 });
  const apps = Array.from({ length: quick ? 1000 : 3000 }, (_, i) => g3.application(i, { only: THREE_EVENTS }));
  const jre = stockEngine(three, bundledRules.policy);
  const bp = bundledRules.policy;
  const conds = compiledConditions(three.clauses, bp.generalConditions, yearContext(three, bp.violationLookbackYears, bp.clawbackBarYears), bp.predecessor);

  // Same work, same answers: every amount the hand-written code pays is what the library pays,
  // and stock json-rules-engine passes exactly the items the library finds eligible.
  let paid = 0;
  for (const app of apps) {
    const lib = three.evaluateSync(app);
    const hand = decideByHand(app);
    const libItems = lib.items.map((i) => `${i.clause}/${i.subject}/${i.eligible}/${i.amount}`).join(' ');
    const handItems = hand.items.map((i) => `${i.clause}/${i.subject}/${i.eligible}/${i.amount}`).join(' ');
    if (lib.total !== hand.total || libItems !== handItems)
      throw new Error(`hand-written and library disagree on ${app.applicant.id}:\n${libItems}\n${handItems}`);
    const passed = await jre(app);
    for (const i of lib.items)
      if (passed.has(i.clause) !== i.eligible) throw new Error(`json-rules-engine and library disagree on ${app.applicant.id} ${i.clause}`);
    const compiledPassed = conds(app);
    for (const i of lib.items)
      if (compiledPassed.has(i.clause) !== i.eligible) throw new Error(`compiled conditions and library disagree on ${app.applicant.id} ${i.clause}`);
    if (lib.total !== '0.00') paid++;
  }
  notes.push(
    `side by side: ${int(apps.length)} applications with one event of each of ${THREE_EVENTS.join(', ')}; ${int(paid)} are paid something; the hand-written code pays exactly what the library pays (every item), and stock json-rules-engine passes exactly the items the library finds eligible`,
  );

  const runs = {
    hand: () => {
      for (const a of apps) decideByHand(a);
    },
    library: () => {
      for (const a of apps) three.evaluateSync(a);
    },
    'library (validation only)': () => {
      for (const a of apps) three.validate(a);
    },
    conditions: () => {
      for (const a of apps) conds(a);
    },
    jre: async () => {
      for (const a of apps) await jre(a);
    },
  };
  // Rounds interleave the contenders so that a busy neighbour slows them all alike. The time is this
  // process's CPU time (process.cpuUsage: user + system), which other processes on a shared machine
  // disturb far less than the wall clock; the wall clock is shown beside it.
  const per = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  const wallPer = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  const rounds = quick ? 3 : 9;
  for (let r = 0; r < rounds + 1; r++) {
    for (const [name, fn] of Object.entries(runs)) {
      const t = now();
      const c = process.cpuUsage();
      await fn();
      const cpu = process.cpuUsage(c);
      if (r === 0) continue; // the warm-up
      per[name].push((cpu.user + cpu.system) / apps.length);
      wallPer[name].push(Number(now() - t) / 1e3 / apps.length);
    }
  }
  const hand = median(per.hand);
  const lib = median(per.library);
  const val = median(per['library (validation only)']);
  const jreT = median(per.jre);
  const condT = median(per.conditions);
  const wall = (k) => `wall ${fmt(median(wallPer[k]), 1)} µs`;
  rows.push(['3 clauses: hand-written TypeScript (conditions, decimal.js amounts, caps)', `${fmt(hand, 2)} µs/app`, `1× (baseline; ${wall('hand')})`, '']);
  rows.push([
    '3 clauses: the library, whole pipeline (evaluateSync)',
    `${fmt(lib, 2)} µs/app`,
    `${fmt(lib / hand, 1)}× hand-written (validation alone ${fmt(val, 2)} µs; ${wall('library')})`,
    `≤ 15×: ${verdict(lib / hand <= 15)}`,
  ]);
  rows.push([
    "3 clauses: the library's compiled conditions alone (every leaf recorded)",
    `${fmt(condT, 2)} µs/app`,
    `${fmt(jreT / condT, 1)}× faster than json-rules-engine on the same conditions (${wall('conditions')})`,
    '',
  ]);
  rows.push([
    '3 clauses: stock json-rules-engine, conditions only',
    `${fmt(jreT, 2)} µs/app`,
    `${fmt(jreT / lib, 1)}× the library's whole pipeline (${wall('jre')})`,
    `library ≥ 10× faster: ${verdict(jreT / lib >= 10)}`,
  ]);
  say('side by side done');
}

const cpu = cpus()[0]?.model ?? 'unknown';
console.log(`heyuan-ip-policy benchmark — ${new Date().toISOString()}`);
console.log(
  `node ${process.version}, ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GB; ${policy.clauses.length} clauses loaded, ${gen.types.length} event types generated, seed ${SEED}${quick ? ', --quick' : ''}`,
);
console.log('');
console.log(table(['measure', 'result', 'detail', 'target'], rows));
console.log('');
for (const n of notes) console.log(`- ${n}`);
