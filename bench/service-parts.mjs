// Where one request's time goes in the decision service, part by part, in one
// process (node bench/service-parts.mjs, after npm run build and node
// bench/build.mjs; bench/service.mjs runs it last). Each part is timed alone on examples/01-enterprise.json, as
// CPU time (process.cpuUsage), the least of five rounds: a shared machine
// slows a round, it never speeds one up. The parts are what the service adds to
// a bare Fastify route; their sum beside the measured CPU per request shows
// what is Fastify's, Node's HTTP and the garbage collector's. One row is an
// option measured and not taken: the Decision serialised by Fastify's own
// fast-json-stringify, compiled from the generated Decision schema as a route's
// response schema would be (slower than JSON.stringify, and it writes required
// properties before optional ones, so the bytes differ from the library's).
// Rows marked "before" are what the service did before decision-json.ts.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pino from 'pino';
import { loadPolicy } from '../dist/index.js';
import { createServer } from '../dist/server.js';
import { decisionJson } from './.out/decision-json.js';

const text = readFileSync(new URL('../examples/01-enterprise.json', import.meta.url), 'utf8');
const policy = loadPolicy({ year: 2026 });
const decision = policy.evaluateSync(JSON.parse(text));
const json = JSON.stringify(decision);
const scratch = Buffer.allocUnsafe(256 * 1024);
const log = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: true }));
const fields = { method: 'POST', route: '/v1/decisions', status: 200, ms: 1.23, rulesHash: decision.rulesHash };

// Fastify's own serializer (fast-json-stringify) compiled from the generated Decision schema, as a route's
// response schema would have it (draft-07: the dialect Fastify's compiler reads), taken out of a handler.
const service = createServer({}, { logger: false });
const decisionJsonSchema = JSON.parse((await service.inject({ url: '/v1/schemas/decision?target=draft-07' })).body);
await service.close();
const { $schema: _dialect, ...responseSchema } = decisionJsonSchema;
const withSchema = Fastify();
let compiled;
withSchema.get('/', { schema: { response: { 200: responseSchema } } }, async (_req, reply) => {
  compiled = reply.getSerializationFunction(200);
  return decision;
});
await withSchema.inject({ url: '/' });
await withSchema.close();
const examples = readFileSync(new URL('../examples/applications.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const identical = examples.filter((l) => {
  const d = policy.evaluateSync(JSON.parse(l));
  return compiled(d) === JSON.stringify(d);
}).length;

/** µs of CPU per call, the least of five rounds. */
function cost(fn, n = 4000) {
  for (let i = 0; i < n / 4; i++) fn();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / n);
  }
  return best;
}

const parts = [
  ['JSON.parse of the body (1 KB)', () => JSON.parse(text)],
  ['safeEvaluate: validation (zod) and the decision', () => policy.safeEvaluate(JSON.parse(text))],
  ['  of which validation alone', () => policy.validate(JSON.parse(text))],
  [
    `the Decision's JSON as UTF-8 (${Buffer.byteLength(json).toLocaleString('en-US')} bytes), the rules' words remembered: what the service sends (decision-json.ts)`,
    () => decisionJson(decision),
  ],
  [`  (before: JSON.stringify of the Decision, ${json.length.toLocaleString('en-US')} UTF-16 units)`, () => JSON.stringify(decision)],
  // Not what the service does: byte-identical to JSON.stringify for only some examples (it writes required properties first).
  [
    `  (not used: Fastify's fast-json-stringify from the Decision schema; byte-identical for ${identical} of ${examples.length} examples)`,
    () => compiled(decision),
  ],
  [
    `  (before: then its UTF-8 into a buffer, copied out)`,
    () => {
      const n = scratch.write(json, 0, 'utf8');
      return Buffer.from(scratch.subarray(0, n));
    },
  ],
  // What the string path did: Fastify's Buffer.byteLength for Content-Length, then Node's stream code
  // encoding the string once into memory sized by an upper bound (3 bytes a unit, no second scan).
  [
    '  (before that: Buffer.byteLength, then the socket encoding the string once)',
    () => {
      Buffer.byteLength(json);
      return Buffer.allocUnsafeSlow(json.length * 3).write(json, 0, 'utf8');
    },
  ],
  ['one log line (pino, synchronous, to /dev/null)', () => log.child({ reqId: 'x' }).info(fields, 'request')],
];
console.log('\nThe service per request, part by part (CPU µs, least of 5 rounds):\n');
console.log('| part | µs |');
console.log('|---|---:|');
for (const [name, fn] of parts) console.log(`| ${name} | ${cost(fn).toFixed(1)} |`);
