import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';
import { localize } from '../../src/server/localize.js';
import { EXAMPLE_LINES, post, type Running, start } from './http.js';

/*
 * POST /v1/decisions writes its body as bytes it encodes itself (json-bytes.ts)
 * rather than letting Fastify serialise the object: every example, in each
 * language, must still be exactly the library's Decision as JSON, with the
 * headers Fastify gave it before.
 */

const policy = loadPolicy({ year: 2026 });
let s: Running;
beforeAll(async () => {
  s = await start();
});
afterAll(() => s.close());

describe('POST /v1/decisions, byte for byte', () => {
  it("gives each of the 59 examples as JSON.stringify of the library's Decision, with and without ?lang=", async () => {
    for (const line of EXAMPLE_LINES) {
      const d = policy.evaluateSync(JSON.parse(line));
      for (const lang of [undefined, 'zh', 'en'] as const) {
        const r = await post(s.base, `/v1/decisions${lang ? `?lang=${lang}` : ''}`, line);
        expect(r.status).toBe(200);
        const want = JSON.stringify(lang ? localize(d, lang) : d);
        expect(r.text).toBe(want);
        expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(want)));
      }
    }
  });
});
