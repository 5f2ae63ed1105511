// One server for bench/service.mjs, in its own process so that autocannon
// (in the parent) does not share its event loop. Sends its port to the parent
// over IPC.
//   service          the decision service as `heyuan-ip serve` runs it (default
//                    options: one JSON log line per request to stdout, which
//                    the parent points at /dev/null)
//   bare             a Fastify route returning a constant
//   bare <file>      a Fastify route returning the bytes of <file> as JSON
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [which, file] = process.argv.slice(2);
let app;
if (which === 'service') {
  const { createServer } = await import(new URL('../dist/server.js', import.meta.url).href);
  app = createServer();
} else if (file === undefined) {
  app = Fastify();
  app.post('/v1/decisions', async () => ({ ok: true }));
} else {
  const bytes = readFileSync(file);
  app = Fastify();
  app.post('/v1/decisions', async (_req, reply) => reply.type('application/json; charset=utf-8').send(bytes));
}
await app.listen({ host: '127.0.0.1', port: 0 });
process.send(app.server.address().port);
process.once('SIGTERM', () => void app.close().then(() => process.disconnect()));
