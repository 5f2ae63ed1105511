import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedRoutes } from '../../src/server/openapi.js';
import { EXAMPLE_LINES, EXAMPLES, get, post, type Running, start } from './http.js';

/*
 * The OpenAPI document: valid OpenAPI 3.1, listing exactly the routes the
 * server has, and true to what the server sends: a client generated from it
 * by openapi-typescript must type-check against real responses.
 */

let s: Running;

let doc: Record<string, any>;
beforeAll(async () => {
  s = await start();

  doc = JSON.parse((await get(s.base, '/openapi.json')).text) as Record<string, any>;
});
afterAll(() => s.close());

/** Type-checks `source` (which imports the generated client types from ./api) strictly; the diagnostics' text. */
function typeCheck(api: string, source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'heyuan-openapi-'));
  writeFileSync(join(dir, 'api.ts'), api);
  writeFileSync(join(dir, 'check.ts'), source);
  const program = ts.createProgram([join(dir, 'check.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('GET /openapi.json', () => {
  it('is valid OpenAPI 3.1 (swagger-parser: 0 errors)', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists exactly the routes pinned in DESIGN.md, each one served', () => {
    const routes = documentedRoutes(doc);
    expect(routes.sort()).toEqual(
      [
        'POST /v1/decisions',
        'POST /v1/decisions/batch',
        'POST /v1/validate',
        'POST /v1/explain',
        'GET /v1/clauses',
        'GET /v1/clauses/:id',
        'GET /v1/guidelines/:year',
        'GET /v1/vocabulary',
        'GET /v1/schemas/:name',
        'GET /openapi.json',
        'GET /healthz',
        'GET /version',
      ].sort(),
    );
    for (const r of routes) {
      const [method, url] = r.split(' ') as [string, string];
      expect(s.app.hasRoute({ method: method as 'GET', url }), r).toBe(true);
    }
  });

  it('events are a oneOf with a discriminator on type; money a decimal string with a pattern; labels in zh and en', () => {
    const app = doc.components.schemas.Application;
    const events = app.properties.events.items;
    expect(events.discriminator).toEqual({ propertyName: 'type' });
    // one per event type of rules/vocabulary.json (v2: agency-established out, key-trademark-listed and industry-ip-alliance in),
    // and one per refused type (patent-grant: accepted and excluded)
    expect(events.oneOf).toHaveLength(30);

    const pledge = events.oneOf.find((b: any) => b.properties.type.const === 'pledge-loan');
    expect(pledge.properties.interestPaid).toMatchObject({ type: 'string', pattern: expect.any(String) });
    // titles are the vocabulary's zh/en labels
    expect(pledge.title).toBe('IP pledge financing | 知识产权质押融资');
    expect(pledge.properties.interestPaid.title).toMatch(/ \| .*利息/);
    // G8 from rules/policy.json's predecessor (expired 2025-06-23): an event dated on or before it must carry predecessorFunded.
    const g8 = pledge.allOf.find((c: any) => c.then?.required?.includes('predecessorFunded'));
    expect(g8.if.required).toEqual(['date']);
    const onOrBefore = new RegExp(g8.if.properties.date.pattern);
    expect(['2025-06-23', '2025-06-22', '2024-12-31', '1999-01-01'].filter((d) => onOrBefore.test(d))).toHaveLength(4);
    expect(['2025-06-24', '2025-07-01', '2025-10-01', '2026-01-01'].filter((d) => onOrBefore.test(d))).toEqual([]);
    expect(app.properties.applicant.properties.county.title).toBe('County or district of registration | 注册地所在县（区）');
    expect(app.properties.applicant.allOf).toEqual([
      { if: { properties: { kind: { not: { const: 'individual' } } }, required: ['kind'] }, then: { required: ['creditCode'] } },
      { if: { properties: { kind: { const: 'enterprise' } }, required: ['kind'] }, then: { required: ['isSme'] } },
    ]);
    expect(doc.components.schemas.Decision.title).toBe('Decision | 审核结果');
    expect(doc.components.schemas.DecidedMoney.pattern).toBe('^(0|[1-9][0-9]*)\\.[0-9]{2}$');
  });

  it('an application with a patent-grant event is valid against the document, and the service lists the grant in excludedEvents', async () => {
    const ajv = new Ajv2020({ discriminator: true, allErrors: true, strict: false });
    (addFormats as unknown as (a: unknown) => void)(ajv);
    const validate = ajv.compile(doc.components.schemas.Application as object);
    const withGrant = structuredClone(EXAMPLES[0]) as Record<string, any>;
    withGrant.events.push({ id: 'E-PG', type: 'patent-grant', date: '2025-08-01' });
    expect(validate(withGrant), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const grant = doc.components.schemas.Application.properties.events.items.oneOf.find((b: any) => b.properties.type.const === 'patent-grant');
    expect(grant.title).toBe('Patent grant | 专利授权');
    expect(grant.description).toContain('excludedEvents');

    const res = await post(s.base, '/v1/decisions', JSON.stringify(withGrant));
    expect(res.status).toBe(200);
    const decision = JSON.parse(res.text) as { excludedEvents: unknown; items: Array<{ subject: string }> };
    expect(decision.excludedEvents).toEqual([
      { subject: 'E-PG', code: 'patent-grant-not-subsidised', reason: { zh: expect.any(String), en: expect.any(String) } },
    ]);
    expect(decision.items.map((i) => i.subject)).not.toContain('E-PG');
    // the same application without the grant decides the same items
    const without = JSON.parse((await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!)).text) as { items: unknown };
    expect(decision.items).toEqual(without.items);
  });

  it('a TypeScript client generated by openapi-typescript type-checks against real responses (and would catch a wrong one)', async () => {
    const api = astToString(await openapiTS(structuredClone(doc) as never));

    const bad = structuredClone(EXAMPLES[0]) as Record<string, any>;
    bad.applicant.kind = 'pirate';
    // A patent grant is left out while the rest is decided: the explanation then has an excluded section.
    const withGrant = structuredClone(EXAMPLES[0]) as Record<string, any>;
    withGrant.events.push({ id: 'E-PG', type: 'patent-grant', date: '2025-08-01' });
    const grantExplained = await post(s.base, '/v1/explain', JSON.stringify(withGrant));
    expect(JSON.parse(grantExplained.text).excluded.lines).toHaveLength(1);
    const responses: Array<[string, string]> = [
      ["paths['/v1/decisions']['post']['responses'][200]['content']['application/json']", (await post(s.base, '/v1/decisions', EXAMPLE_LINES[0]!)).text],
      [
        "paths['/v1/decisions']['post']['responses'][200]['content']['application/json']",
        (await post(s.base, '/v1/decisions?lang=en', EXAMPLE_LINES[3]!)).text,
      ],
      ["components['schemas']['Decision']", (await post(s.base, '/v1/decisions', EXAMPLE_LINES[10]!)).text],
      ["paths['/v1/decisions']['post']['responses'][422]['content']['application/json']", (await post(s.base, '/v1/decisions', JSON.stringify(bad))).text],
      ["paths['/v1/validate']['post']['responses'][200]['content']['application/json']", (await post(s.base, '/v1/validate', JSON.stringify(bad))).text],
      ["paths['/v1/explain']['post']['responses'][200]['content']['application/json']", (await post(s.base, '/v1/explain', EXAMPLE_LINES[0]!)).text],
      ["paths['/v1/explain']['post']['responses'][200]['content']['application/json']", grantExplained.text],
      [
        "paths['/v1/decisions']['post']['responses'][200]['content']['application/json']",
        (await post(s.base, '/v1/decisions', JSON.stringify(withGrant))).text,
      ],
      ["paths['/v1/clauses']['get']['responses'][200]['content']['application/json']", (await get(s.base, '/v1/clauses')).text],
      ["paths['/v1/clauses/{id}']['get']['responses'][200]['content']['application/json']", (await get(s.base, '/v1/clauses/pledge-loan-interest')).text],
      ["paths['/v1/guidelines/{year}']['get']['responses'][200]['content']['application/json']", (await get(s.base, '/v1/guidelines/2026')).text],
      ["paths['/v1/vocabulary']['get']['responses'][200]['content']['application/json']", (await get(s.base, '/v1/vocabulary')).text],
      ["paths['/healthz']['get']['responses'][200]['content']['application/json']", (await get(s.base, '/healthz')).text],
      ["paths['/version']['get']['responses'][200]['content']['application/json']", (await get(s.base, '/version')).text],
      ["paths['/v1/clauses/{id}']['get']['responses'][404]['content']['application/json']", (await get(s.base, '/v1/clauses/nope')).text],
    ];
    const batch = (await post(s.base, '/v1/decisions/batch', JSON.stringify([EXAMPLES[0], bad, EXAMPLES[2]]))).text.trim().split('\n');
    expect(batch).toHaveLength(4);
    for (const line of batch) responses.push(["paths['/v1/decisions/batch']['post']['responses'][200]['content']['application/x-ndjson']", line]);
    const source = ["import type { components, paths } from './api';", ...responses.map(([type, body], i) => `export const r${i}: ${type} = ${body};`)].join(
      '\n',
    );
    expect(typeCheck(api, source)).toEqual([]);
    // The check can fail: a total as a JSON number, or a field the schema lacks, is refused.
    const decision = JSON.parse(responses[0]![1]) as Record<string, unknown>;
    const wrong = [
      "import type { components } from './api';",
      `export const a: components['schemas']['Decision'] = ${JSON.stringify({ ...decision, total: 144000 })};`,
      `export const b: components['schemas']['Decision'] = ${JSON.stringify({ ...decision, extra: true })};`,
    ].join('\n');
    expect(typeCheck(api, wrong)).toHaveLength(2);
  });
});
