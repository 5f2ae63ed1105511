// One server for bench/service.mjs, in its own process so that autocannon
// (in the parent) does not share its event loop: `service` is the decision
// service as `heyuan-ip serve` runs it (its one log line per request written
// to /dev/null), `bare` a Fastify route returning a constant. Prints the port.
import { createWriteStream } from 'node:fs';
import Fastify from 'fastify';

const which = process.argv[2];
let app;
if (which === 'service') {
  const { createServer } = await import(new URL('../dist/server.js', import.meta.url).href);
  app = createServer({}, { logger: { level: 'info', stream: createWriteStream('/dev/null') } });
} else {
  app = Fastify();
  app.post('/v1/decisions', async () => ({ ok: true }));
}
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${app.server.address().port}\n`);
process.once('SIGTERM', () => void app.close());
