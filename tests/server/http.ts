import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions, type ServicePolicyOptions } from '../../src/server/index.js';

/** The 59 example applications (examples/applications.jsonl), as text lines. */
export const EXAMPLE_LINES = readFileSync(new URL('../../examples/applications.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');
export const EXAMPLES = EXAMPLE_LINES.map((l) => JSON.parse(l) as Record<string, unknown>);

export interface Running {
  app: FastifyInstance;
  base: string;
  /** The JSON log lines written so far. */
  logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/** The real service on a free loopback port, its log captured. */
export async function start(policy: ServicePolicyOptions = {}, options: ServerOptions = {}): Promise<Running> {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const app = createServer(policy, { logger: { level: 'info', stream }, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  return { app, base: `http://127.0.0.1:${addr.port}`, logs, close: () => app.close() };
}

export async function post(base: string, path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(base + path, { method: 'POST', body, headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

export async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
