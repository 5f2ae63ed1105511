// npm run bench (last section): the HTTP service under load, on loopback.
// autocannon POSTs a typical application (examples/01-enterprise.json) to
// /v1/decisions, then the same body to a bare Fastify route returning a
// constant, in one run, the same connections and duration for both; each
// server in its own process. Targets (issue 16): the service within 3× of the
// bare route's requests/s, p99 under 10 ms at 50 connections. A miss is
// printed, never a failure.
//
// The machine may be shared, so the two servers take turns (service, bare,
// service, bare, …: a neighbour's burst hits both), the ratio is the median
// of the rounds' ratios, and each row also gives the server's CPU time per
// request (from /proc: its main thread, and its other threads, which are
// mostly V8's garbage collector), which a neighbour moves less than req/s. A
// third server, the bare route returning the service's own Decision as a
// constant, shows what the size of the answer costs by itself.
//   node bench/service.mjs [--quick] [--rounds=N]   (after npm run build)
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const quick = process.argv.includes('--quick');
const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice(9)) : quick ? 1 : 3;
const duration = quick ? 5 : 10;
const connections = 50;
const body = readFileSync(new URL('../examples/01-enterprise.json', import.meta.url), 'utf8');

/** CPU seconds (user + system) a process has used so far, its main thread's and the others' (V8's collector and compiler helpers, libuv's pool); null where /proc is not there. */
function cpuSeconds(pid) {
  const ticks = (file) => {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks, 100 per second on Linux
  };
  try {
    const main = ticks(`/proc/${pid}/task/${pid}/stat`);
    let others = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) if (Number(tid) !== pid) others += ticks(`/proc/${pid}/task/${tid}/stat`);
    return { main, others };
  } catch {
    return null;
  }
}

async function serve(which, extra = []) {
  // The service's log goes where `heyuan-ip serve` writes it, stdout: here /dev/null. The port comes over IPC.
  const devNull = openSync('/dev/null', 'w');
  const child = spawn(process.execPath, [new URL('./service-child.mjs', import.meta.url).pathname, which, ...extra], {
    stdio: ['ignore', devNull, 'inherit', 'ipc'],
  });
  closeSync(devNull);
  const [port] = await once(child, 'message');
  return { child, port };
}

async function load(which, extra) {
  const { child, port } = await serve(which, extra);
  try {
    const opts = { url: `http://127.0.0.1:${port}/v1/decisions`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections };
    // A short warm-up, so that V8 has optimised the hot paths before the measured run.
    await autocannon({ ...opts, duration: 2 });
    const before = cpuSeconds(child.pid);
    const r = await autocannon({ ...opts, duration });
    const after = cpuSeconds(child.pid);
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${which}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
    const per = (k) => (before === null || after === null ? null : ((after[k] - before[k]) * 1e6) / r.requests.total);
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, mainUs: per('main'), othersUs: per('others') };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

// The constant for the third row: the service's own answer to this body, byte for byte.
const { createServer } = await import(new URL('../dist/server.js', import.meta.url).href);
const probe = createServer({}, { logger: false });
const decision = await probe.inject({ method: 'POST', url: '/v1/decisions', headers: { 'content-type': 'application/json' }, payload: body });
await probe.close();
const decisionFile = join(tmpdir(), `heyuan-bench-decision-${process.pid}.json`);
writeFileSync(decisionFile, decision.rawPayload);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = { service: [], bare: [], sized: [] };
const ratios = [];
console.log(
  `\nHTTP service on loopback: ${connections} connections, ${duration} s per server and round, ${rounds} round(s), POST /v1/decisions (examples/01-enterprise.json)`,
);
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (let i = 0; i < rounds; i++) {
  const service = await load('service');
  const bare = await load('bare');
  runs.service.push(service);
  runs.bare.push(bare);
  ratios.push(bare.rps / service.rps);
  console.log(
    `  round ${i + 1}: service ${Math.round(service.rps)} req/s p99 ${service.p99} ms, bare ${Math.round(bare.rps)} req/s: ${(bare.rps / service.rps).toFixed(2)}×`,
  );
}
runs.sized.push(await load('bare', [decisionFile]));
unlinkSync(decisionFile);

const pick = (list) => {
  // the round of the median throughput, so that its latencies belong to it
  const m = median(list.map((r) => r.rps));
  return list.find((r) => r.rps === m);
};
const fmt = (n) => (n === null ? '—' : Math.round(n).toLocaleString('en-US'));
const row = (name, m) => `| ${name} | ${fmt(m.rps)} | ${m.p50} | ${m.p99} | ${fmt(m.mainUs)} | ${fmt(m.othersUs)} | ${m.total.toLocaleString('en-US')} |`;
const service = pick(runs.service);
const bare = pick(runs.bare);
const ratio = median(ratios);
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);
console.log('| server (median round) | req/s | p50 ms | p99 ms | server CPU µs/request: main thread | other threads | requests |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(row('decision service', service));
console.log(row('bare Fastify route (constant `{"ok":true}`)', bare));
console.log(row(`bare route, the service's ${(decision.rawPayload.length / 1024).toFixed(1)} KB Decision as a constant`, runs.sized[0]));
if (service.mainUs !== null && bare.mainUs !== null) {
  // What a neighbour moves least: how much more of the machine one request of the service takes than one of the bare route.
  const cpuRatio = (service.mainUs + service.othersUs) / (bare.mainUs + bare.othersUs);
  console.log(`\nserver CPU per request, service ÷ bare: ${cpuRatio.toFixed(2)}× (all threads)`);
}
console.log(
  `bare ÷ service throughput: ${ratio.toFixed(2)}× (median of ${rounds}; target ≤ 3×: ${ratio <= 3 ? 'met' : 'MISSED'}); service p99 ${service.p99} ms (target < 10 ms: ${service.p99 < 10 ? 'met' : 'MISSED'})`,
);

// What the service adds to a bare route, part by part, in a process of its own.
spawnSync(process.execPath, [new URL('./service-parts.mjs', import.meta.url).pathname], { stdio: 'inherit' });
