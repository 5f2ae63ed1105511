import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';
import { CLI, ROOT } from '../cli/run-cli.js';
import { EXAMPLE_LINES } from './http.js';

/*
 * `heyuan-ip serve` as a system service runs it: a child process, stopped
 * with SIGTERM while a request is still arriving. The request must finish
 * with its decision, new connections must be refused, and the process must
 * exit 0 on its own.
 */

function serve(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number; log: string[] }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (c: Buffer) => {
      buffered += c.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        log.push(line);
        const m = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (m) resolve({ child, port: Number(m[1]), log });
      }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${log.join('\n')}`)));
  });
}

describe('heyuan-ip serve', () => {
  it('binds 127.0.0.1 by default; SIGTERM lets a request in flight finish, refuses new ones, exits 0', async () => {
    const { child, port, log } = await serve([]);
    const body = Buffer.from(EXAMPLE_LINES[0]!, 'utf8');
    const half = Math.floor(body.length / 2);
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, method: 'POST', path: '/v1/decisions', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.write(body.subarray(0, half));
      // The rest goes only after the service has been told to stop.
      (async () => {
        await new Promise((r) => setTimeout(r, 300));
        child.kill('SIGTERM');
        while (!log.some((l) => l.includes('closing'))) await new Promise((r) => setTimeout(r, 20));
        // Stopped listening: a new connection is refused.
        const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          () => 'answered',
          (err: Error & { cause?: { code?: string } }) => err.cause?.code ?? err.message,
        );
        expect(refused).toBe('ECONNREFUSED');
        req.end(body.subarray(half));
      })().catch(reject);
    });
    const exited = once(child, 'exit');
    const r = await response;
    expect(r.status).toBe(200);
    expect(r.text).toBe(JSON.stringify(loadPolicy({ year: 2026 }).evaluateSync(JSON.parse(EXAMPLE_LINES[0]!))));
    const [code] = await exited;
    expect(code).toBe(0);
    expect(log.some((l) => l.includes('"msg":"closed"'))).toBe(true);
  });

  it('HEYUAN_IP_TOKEN turns the token on', async () => {
    const { child, port } = await serve([], { HEYUAN_IP_TOKEN: 'from-the-environment' });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/version`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${port}/version`, { headers: { authorization: 'Bearer from-the-environment' } })).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('--rules and --guideline: a rules directory and a draft guideline', async () => {
    const { child, port } = await serve(['--rules', 'rules', '--guideline', 'rules/guidelines/2026.json', '--max-events', '1']);
    try {
      const v = (await (await fetch(`http://127.0.0.1:${port}/version`)).json()) as { guidelines: { year: number }[] };
      expect(v.guidelines.map((g) => g.year)).toEqual([2026]);
      const r = await fetch(`http://127.0.0.1:${port}/v1/decisions`, {
        method: 'POST',
        body: EXAMPLE_LINES[0],
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).toBe(422); // two events, at most one
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
