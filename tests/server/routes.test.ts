import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledVocabulary, explain, loadPolicy } from '../../src/index.js';
import { EXAMPLE_LINES, EXAMPLES, get, post, type Running, start } from './http.js';
import pkg from '../../package.json';

/*
 * Every route of the service over HTTP on loopback: the real server, real
 * sockets, fetch as a client would. Limits, the token and the log are in
 * limits.test.ts; SIGTERM in shutdown.test.ts.
 */

const policy = loadPolicy({ year: 2026 });
let s: Running;
beforeAll(async () => {
  s = await start();
});
afterAll(() => s.close());

type Body = Record<string, any>;
const issuesOf = (text: string) => JSON.parse(text) as { ok: boolean; issues: Body[] };

describe('POST /v1/decisions', () => {
  it('decides an application exactly as the library does, byte for byte', async () => {
    for (const line of EXAMPLE_LINES.slice(0, 8)) {
      const r = await post(s.base, '/v1/decisions', line);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.text).toBe(JSON.stringify(policy.evaluateSync(JSON.parse(line))));
    }
  });

  it('?lang=en gives every worded field in English only', async () => {
    const r = await post(s.base, '/v1/decisions?lang=en', EXAMPLE_LINES[0]!);
    expect(r.status).toBe(200);
    const d = JSON.parse(r.text) as Body;
    const lib = policy.evaluateSync(EXAMPLES[0]);
    expect(d.items[0].title).toBe(lib.items[0]!.title.en);
    expect(d.items[0].conditions[0].label).toBe(lib.items[0]!.conditions[0]!.label!.en);
    expect(d.total).toBe(lib.total);
    const zh = JSON.parse((await post(s.base, '/v1/decisions?lang=zh', EXAMPLE_LINES[0]!)).text) as Body;
    expect(zh.items[0].title).toBe(lib.items[0]!.title.zh);
  });

  it('?year= picks the guideline; a year without one is 404', async () => {
    expect((await post(s.base, '/v1/decisions?year=2026', EXAMPLE_LINES[0]!)).status).toBe(200);
    const r = await post(s.base, '/v1/decisions?year=1999', EXAMPLE_LINES[0]!);
    expect(r.status).toBe(404);
    expect(issuesOf(r.text).issues.map((i) => [i.code, i.path])).toEqual([['not-found', ['query', 'year']]]);
  });

  it('an invalid application is 422 with every issue, each with code, path, zh/en message and params', async () => {
    const app = structuredClone(EXAMPLES[0]) as Body;
    app.events[1].interestPaid = 180000;
    app.applicant.county = 'atlantis';
    const r = await post(s.base, '/v1/decisions', JSON.stringify(app));
    expect(r.status).toBe(422);
    const body = issuesOf(r.text);
    expect(body.ok).toBe(false);
    expect(body.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-value', 'applicant.county'],
      ['money-as-number', 'events.1.interestPaid'],
    ]);
    expect(body.issues[1]).toEqual({
      code: 'money-as-number',
      path: ['events', 1, 'interestPaid'],
      message: { zh: expect.stringContaining('十进制字符串'), en: expect.stringContaining('decimal string') },
      params: { received: '180000', detail: '180000' },
    });
    expect(r.text).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('the example a Jackson client writes (every absent field null) decides as the clean one', async () => {
    const app = structuredClone(EXAMPLES[1]) as Body;
    app.applicant.ipViolationDates = null;
    for (const e of app.events) Object.assign(e, { principal: null, competition: null, interestPaid: e.interestPaid ?? null, jurisdiction: null });
    const r = await post(s.base, '/v1/decisions', JSON.stringify(app));
    expect(r.status).toBe(200);
    expect(r.text).toBe(JSON.stringify(policy.evaluateSync(EXAMPLES[1])));
  });

  it('400 for a body that is not JSON, has a duplicate key, or is missing', async () => {
    const bad = await post(s.base, '/v1/decisions', '{"applicant": ');
    expect(bad.status).toBe(400);
    expect(issuesOf(bad.text).issues[0]!.code).toBe('invalid-json');
    const dup = await post(s.base, '/v1/decisions', '{"applicant": {}, "applicant": {}}');
    expect(dup.status).toBe(400);
    expect(issuesOf(dup.text).issues.map((i) => [i.code, i.path])).toEqual([['duplicate-key', ['applicant']]]);
    const empty = await post(s.base, '/v1/decisions', '');
    expect(empty.status).toBe(400);
    expect(issuesOf(empty.text).issues[0]!.code).toBe('invalid-json');
    const lang = await post(s.base, '/v1/decisions?lang=fr', EXAMPLE_LINES[0]!);
    expect(lang.status).toBe(400);
    expect(issuesOf(lang.text).issues[0]).toMatchObject({ code: 'invalid-value', path: ['query', 'lang'], params: { allowed: ['zh', 'en'] } });
  });

  it('415 for a content type it does not take', async () => {
    const r = await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!, { 'content-type': 'text/plain' });
    expect(r.status).toBe(415);
    expect(issuesOf(r.text).issues[0]).toMatchObject({ code: 'unsupported-media-type', params: { received: '"text/plain"' } });
    const xml = await post(s.base, '/v1/decisions/batch', '<a/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
  });
});

describe('POST /v1/decisions/batch', () => {
  const parseLines = (text: string) =>
    text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Body);

  it('the 59 examples as a JSON array: NDJSON, one decision per application in order, the budget last, equal to evaluateBatch', async () => {
    const r = await post(s.base, '/v1/decisions/batch', JSON.stringify(EXAMPLES));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = parseLines(r.text);
    expect(lines).toHaveLength(60);
    const expected = await policy.evaluateBatch(EXAMPLES);
    expect(lines.slice(0, 59).map((l) => l.kind)).toEqual(Array(59).fill('decision'));
    expect(lines.slice(0, 59).map((l) => l.index)).toEqual([...Array(59).keys()]);
    expect(JSON.stringify(lines.slice(0, 59).map((l) => l.decision))).toBe(JSON.stringify(expected.decisions));
    expect(lines[59]).toEqual({ kind: 'budget', budget: expected.budget });
  });

  it('NDJSON in gives the same lines as a JSON array', async () => {
    const [a, b] = await Promise.all([
      post(s.base, '/v1/decisions/batch', JSON.stringify(EXAMPLES)),
      post(s.base, '/v1/decisions/batch', EXAMPLE_LINES.join('\n') + '\n', { 'content-type': 'application/x-ndjson' }),
    ]);
    expect(b.status).toBe(200);
    expect(b.text).toBe(a.text);
  });

  it('a bad application is a rejected line in its place; the rest are decided', async () => {
    const apps = structuredClone(EXAMPLES.slice(0, 3)) as Body[];
    apps[1]!.applicant.kind = 'pirate';
    const lines = parseLines((await post(s.base, '/v1/decisions/batch', JSON.stringify(apps))).text);
    expect(lines.map((l) => l.kind)).toEqual(['decision', 'rejected', 'decision', 'budget']);
    expect(lines[1]).toMatchObject({
      index: 1,
      applicantId: apps[1]!.applicant.id,
      errors: [{ code: 'invalid-value', path: ['applicant', 'kind'], params: { received: '"pirate"' } }],
    });
  });

  it('?lang=zh words the decisions in Chinese only', async () => {
    const lines = parseLines((await post(s.base, '/v1/decisions/batch?lang=zh', JSON.stringify(EXAMPLES.slice(0, 2)))).text);
    expect(typeof lines[0]!.decision.items[0].title).toBe('string');
  });

  it('400 for a body that is not a list; 400 naming the NDJSON line that is not JSON', async () => {
    const r = await post(s.base, '/v1/decisions/batch', EXAMPLE_LINES[0]!);
    expect(r.status).toBe(400);
    expect(issuesOf(r.text).issues[0]!.code).toBe('invalid-type');
    const nd = await post(s.base, '/v1/decisions/batch', `${EXAMPLE_LINES[0]}\n{oops\n`, { 'content-type': 'application/x-ndjson' });
    expect(nd.status).toBe(400);
    expect(issuesOf(nd.text).issues[0]).toMatchObject({ code: 'invalid-json', path: [1] });
  });
});

describe('POST /v1/validate and /v1/explain', () => {
  it('validate: a verdict, 200 either way', async () => {
    const good = await post(s.base, '/v1/validate', EXAMPLE_LINES[2]!);
    expect(good.status).toBe(200);
    expect(JSON.parse(good.text)).toEqual({ ok: true, issues: [] });
    const app = structuredClone(EXAMPLES[2]) as Body;
    delete app.applicant.isSme;
    const bad = await post(s.base, '/v1/validate', JSON.stringify(app));
    expect(bad.status).toBe(200);
    expect(issuesOf(bad.text)).toMatchObject({ ok: false, issues: [{ code: 'missing-field', path: ['applicant', 'isSme'] }] });
  });

  it("explain: the library's explanation, in the language asked for", async () => {
    const r = await post(s.base, '/v1/explain?lang=en', EXAMPLE_LINES[0]!);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual(JSON.parse(JSON.stringify(explain(policy.evaluateSync(EXAMPLES[0]), { lang: 'en' }))));
    const zh = JSON.parse((await post(s.base, '/v1/explain', EXAMPLE_LINES[0]!)).text) as Body;
    expect(zh.lang).toBe('zh');
    // labelled by the vocabulary like the library's (tests/report/chinese-outputs.test.ts: no code), not by codes
    expect(zh).toEqual(JSON.parse(JSON.stringify(explain(policy.evaluateSync(EXAMPLES[0]), { lang: 'zh' }))));
    expect(zh.text).toContain('注册地所在县（区）：要求为源城区、');
    const bad = await post(s.base, '/v1/explain', '{"applicant": 1}');
    expect(bad.status).toBe(422);
  });
});

describe('the read-only routes', () => {
  it("GET /v1/clauses: the year's clauses with their figures", async () => {
    const r = await get(s.base, '/v1/clauses');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as Body;
    expect(body.year).toBe(2026);
    expect(body.clauses.map((c: Body) => c.id)).toEqual(policy.clauses.map((c) => c.clause.id));
    const interest = body.clauses.find((c: Body) => c.id === 'pledge-loan-interest');
    expect(interest.figures.find((f: Body) => f.name === 'clauseCap')).toMatchObject({ value: '80000', source: 'guideline' });
    expect((await get(s.base, '/v1/clauses?year=2040')).status).toBe(404);
  });

  it('GET /v1/clauses/{id}: the clause in full and in words; 404 for an unknown id', async () => {
    const r = await get(s.base, '/v1/clauses/pledge-loan-interest?lang=en');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as Body;
    expect(body.clause.id).toBe('pledge-loan-interest');
    expect(body.requiredFacts).toEqual(policy.requiredFacts('pledge-loan-interest'));
    expect(body.description.join('\n')).toMatch(/interest/i);
    const missing = await get(s.base, '/v1/clauses/no-such-clause');
    expect(missing.status).toBe(404);
    expect(issuesOf(missing.text).issues[0]).toMatchObject({ code: 'not-found', path: ['id'], params: { key: 'clause', received: '"no-such-clause"' } });
  });

  it('GET /v1/guidelines/{year}: the guideline; 404 for a year without one', async () => {
    const r = await get(s.base, '/v1/guidelines/2026');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual(JSON.parse(JSON.stringify(policy.guideline)));
    const missing = await get(s.base, '/v1/guidelines/2031');
    expect(missing.status).toBe(404);
    expect(issuesOf(missing.text).issues[0]!.params).toMatchObject({ key: 'guideline', allowed: ['2026'] });
  });

  it("GET /v1/vocabulary: the rules' vocabulary (rules/vocabulary.json): fields, codes, zh/en labels", async () => {
    const body = JSON.parse((await get(s.base, '/v1/vocabulary')).text) as Body;
    expect(body).toEqual(JSON.parse(JSON.stringify(bundledVocabulary)));
    expect(body.valueSets.county.values.yuancheng).toEqual({ zh: '源城区', en: 'Yuancheng District' });
    expect(Object.keys(body.eventTypes)).toContain('pledge-loan');
  });

  it('GET /v1/schemas/{name}: a generated JSON Schema in the dialect asked for; 404 and 400 otherwise', async () => {
    const d7 = JSON.parse((await get(s.base, '/v1/schemas/application?target=draft-07')).text) as Body;
    expect(d7.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const decision = JSON.parse((await get(s.base, '/v1/schemas/decision')).text) as Body;
    expect(decision.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((await get(s.base, '/v1/schemas/nothing')).status).toBe(404);
    expect((await get(s.base, '/v1/schemas/application?target=draft-04')).status).toBe(400);
  });

  it('GET /openapi.json, /healthz and /version', async () => {
    const doc = JSON.parse((await get(s.base, '/openapi.json')).text) as Body;
    expect(doc.openapi).toBe('3.1.0');
    expect(JSON.parse((await get(s.base, '/healthz')).text)).toEqual({ ok: true });
    const v = JSON.parse((await get(s.base, '/version')).text) as Body;
    const d = policy.evaluateSync(EXAMPLES[0]);
    expect(v).toEqual({
      version: pkg.version,
      defaultYear: 2026,
      rulesHash: d.rulesHash,
      guidelines: [{ year: 2026, rulesHash: d.rulesHash, guidelineHash: d.guideline.hash, provenance: 'reference' }],
    });
  });

  it('an unknown route is 404 with an issue', async () => {
    const r = await get(s.base, '/v2/decisions');
    expect(r.status).toBe(404);
    expect(issuesOf(r.text).issues[0]).toMatchObject({ code: 'not-found', params: { key: 'route', received: '"GET /v2/decisions"' } });
  });

  it("a malformed URL (bad percent-encoding) is 400 with an issue in both languages, not Fastify's own error body", async () => {
    for (const path of ['/v1/clauses/%zz', '/%']) {
      const r = await get(s.base, path);
      expect(r.status).toBe(400);
      const body = JSON.parse(r.text) as { ok: boolean; issues: { code: string; params: unknown; message: unknown }[] };
      expect(body).toEqual({
        ok: false,
        issues: [{ code: 'usage', path: [], params: { reason: 'request-unreadable' }, message: { zh: '请求无法解析', en: 'the request cannot be read' } }],
      });
    }
  });
});
