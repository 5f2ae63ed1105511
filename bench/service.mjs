// npm run bench (last section): the HTTP service under load, on loopback.
// autocannon POSTs a typical application (examples/01-enterprise.json) to
// /v1/decisions, then the same body to a bare Fastify route returning a
// constant, in one run, the same connections and duration for both; each
// server in its own process. Targets (issue 16): the service within 3× of the
// bare route's requests/s, p99 under 10 ms at 50 connections. A miss is
// printed, never a failure.
//   node bench/service.mjs [--quick]   (after npm run build)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const quick = process.argv.includes('--quick');
const duration = quick ? 5 : 15;
const connections = 50;
const body = readFileSync(new URL('../examples/01-enterprise.json', import.meta.url), 'utf8');

async function serve(which) {
  const child = spawn(process.execPath, [new URL('./service-child.mjs', import.meta.url).pathname, which], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout, 'data');
  return { child, port: Number(String(chunk).trim()) };
}

async function load(which) {
  const { child, port } = await serve(which);
  try {
    const opts = { url: `http://127.0.0.1:${port}/v1/decisions`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections };
    // A short warm-up, so that V8 has optimised the hot paths before the measured run.
    await autocannon({ ...opts, duration: 2 });
    const r = await autocannon({ ...opts, duration });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${which}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

const service = await load('service');
const bare = await load('bare');
const ratio = bare.rps / service.rps;
const row = (name, m) => `| ${name} | ${Math.round(m.rps).toLocaleString('en-US')} | ${m.p50} | ${m.p99} | ${m.total.toLocaleString('en-US')} |`;
console.log(`\nHTTP service on loopback: ${connections} connections, ${duration} s each, POST /v1/decisions (examples/01-enterprise.json)\n`);
console.log('| server | req/s | p50 ms | p99 ms | requests |');
console.log('|---|---:|---:|---:|---:|');
console.log(row('decision service', service));
console.log(row('bare Fastify route (constant)', bare));
console.log(
  `\nbare ÷ service throughput: ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'met' : 'MISSED'}); service p99 ${service.p99} ms (target < 10 ms: ${service.p99 < 10 ? 'met' : 'MISSED'})`,
);
