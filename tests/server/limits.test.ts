import { describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/index.js';
import { EXAMPLE_LINES, EXAMPLES, get, post, start } from './http.js';

type Body = Record<string, any>;
const issuesOf = (text: string) => JSON.parse(text) as { ok: false; issues: Body[] };

describe('limits: each configurable, each a clear status, none a crash', () => {
  it('body bytes: 413 body-too-large with the limit', async () => {
    const s = await start({}, { bodyLimit: 2048 });
    try {
      const big = JSON.stringify({ ...EXAMPLES[0], padding: 'x'.repeat(4096) });
      const r = await post(s.base, '/v1/decisions', big);
      expect(r.status).toBe(413);
      expect(issuesOf(r.text).issues[0]).toMatchObject({ code: 'body-too-large', params: { limit: 2048 } });
      expect((await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('JSON depth: 422 too-deep, measured before parsing (a 100k-deep body too)', async () => {
    const s = await start({}, { maxDepth: 8 });
    try {
      const app = structuredClone(EXAMPLES[0]) as Body;
      app.applicant.name = { a: { b: { c: { d: { e: { f: { g: 'deep' } } } } } } };
      const r = await post(s.base, '/v1/decisions', JSON.stringify(app));
      expect(r.status).toBe(422);
      expect(issuesOf(r.text).issues[0]).toMatchObject({ code: 'too-deep', params: { limit: 8 } });
      const hostile = await post(s.base, '/v1/decisions', '['.repeat(100_000) + ']'.repeat(100_000));
      expect(hostile.status).toBe(422);
      // brackets inside strings are text, not nesting
      expect(
        (await post(s.base, '/v1/decisions', JSON.stringify({ ...EXAMPLES[0], applicant: { ...(EXAMPLES[0]!.applicant as Body), name: '[[[[[[[[[[[[{{{{{' } })))
          .status,
      ).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('events per application: 422 too-many at events; in a batch only that application is rejected', async () => {
    const s = await start({}, { maxEvents: 1 });
    try {
      const r = await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!); // two events
      expect(r.status).toBe(422);
      expect(issuesOf(r.text).issues).toMatchObject([{ code: 'too-many', path: ['events'], params: { limit: 1, received: '2' } }]);
      const apps = EXAMPLES.slice(0, 6);
      const counts = apps.map((a) => (a.events as unknown[]).length);
      const lines = (await post(s.base, '/v1/decisions/batch', JSON.stringify(apps))).text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Body);
      expect(lines.map((l) => l.kind)).toEqual([...counts.map((n) => (n > 1 ? 'rejected' : 'decision')), 'budget']);
      expect(lines.slice(0, 6).map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(counts.some((n) => n <= 1) && counts.some((n) => n > 1)).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('batch size: 413 too-many, for a JSON array and for NDJSON', async () => {
    const s = await start({}, { maxBatch: 5 });
    try {
      const r = await post(s.base, '/v1/decisions/batch', JSON.stringify(EXAMPLES.slice(0, 6)));
      expect(r.status).toBe(413);
      expect(issuesOf(r.text).issues[0]).toMatchObject({ code: 'too-many', params: { limit: 5 } });
      const nd = await post(s.base, '/v1/decisions/batch', EXAMPLE_LINES.slice(0, 6).join('\n'), { 'content-type': 'application/x-ndjson' });
      expect(nd.status).toBe(413);
      expect((await post(s.base, '/v1/decisions/batch', JSON.stringify(EXAMPLES.slice(0, 5)))).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('request time: a batch that cannot finish in time is 503 timeout, nothing decided', async () => {
    const s = await start({}, { requestTimeout: 1 });
    try {
      const apps = Array.from({ length: 20 }, (_, k) =>
        EXAMPLES.map((a) => ({ ...a, applicant: { ...(a.applicant as Body), id: `${(a.applicant as Body).id}-${k}` } })),
      ).flat();
      const r = await post(s.base, '/v1/decisions/batch', JSON.stringify(apps));
      expect(r.status).toBe(503);
      expect(issuesOf(r.text).issues[0]).toMatchObject({ code: 'timeout', params: { limit: 1 } });
    } finally {
      await s.close();
    }
  });
});

describe('the bearer token', () => {
  it('is off by default', async () => {
    const s = await start();
    try {
      expect((await get(s.base, '/v1/clauses')).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('when set, every route but /healthz needs it: 401 without or with a wrong one', async () => {
    const s = await start({}, { token: 's3cret-token' });
    try {
      const none = await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer');
      expect(issuesOf(none.text).issues[0]!.code).toBe('unauthorized');
      expect((await get(s.base, '/version', { authorization: 'Bearer wrong-token!' })).status).toBe(401);
      expect((await get(s.base, '/version', { authorization: 's3cret-token' })).status).toBe(401);
      const ok = await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!, { 'content-type': 'application/json', authorization: 'Bearer s3cret-token' });
      expect(ok.status).toBe(200);
      expect((await get(s.base, '/healthz')).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('logs and failures', () => {
  it('one JSON line per request: id, route, status, ms, rules hash; no personal data', async () => {
    const s = await start();
    try {
      await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!);
      await post(s.base, '/v1/decisions', '{"applicant": {"name": "张三", "creditCode": "91441602MA1126488M"}}');
      await get(s.base, '/v1/clauses/pledge-loan-interest');
      const requests = s.logs.filter((l) => l.msg === 'request');
      expect(requests).toHaveLength(3);
      expect(requests.map((l) => [l.route, l.status])).toEqual([
        ['/v1/decisions', 200],
        ['/v1/decisions', 422],
        ['/v1/clauses/:id', 200],
      ]);
      for (const l of requests) {
        expect(l.reqId).toMatch(/^[0-9a-f-]{36}$/);
        expect(typeof l.ms).toBe('number');
        expect(l.rulesHash).toMatch(/^sha256:[0-9a-f]{64}$/);
      }
      const applicant = EXAMPLES[0]!.applicant as Body;
      for (const secret of [applicant.name, applicant.creditCode, '张三', '91441602MA1126488M']) expect(JSON.stringify(s.logs)).not.toContain(secret);
      // nor the client's address
      expect(JSON.stringify(requests)).not.toContain('127.0.0.1');
    } finally {
      await s.close();
    }
  });

  it('an unexpected error is 500 with the request id; the stack goes to the log, never to the client', async () => {
    const app = createServer({}, { logger: false });
    app.get('/boom', async () => {
      throw new Error('secret internals at /srv/app.js:12');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { port } = app.server.address() as { port: number };
      const r = await fetch(`http://127.0.0.1:${port}/boom`, { headers: { 'x-request-id': 'req-42' } });
      expect(r.status).toBe(500);
      const text = await r.text();
      expect(text).not.toContain('secret');
      expect(text).not.toContain('.js');
      expect(JSON.parse(text)).toMatchObject({ ok: false, issues: [{ code: 'internal-error', params: { key: 'req-42' } }] });
    } finally {
      await app.close();
    }
  });
});
