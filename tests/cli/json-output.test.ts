import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

type Json = Record<string, any>;

describe.concurrent('check --format json for bad input', () => {
  it('prints { ok: false, issues } on stdout, as the service does, and exits 1', async () => {
    const app = { applicant: { id: 'A', name: '示例', kind: 'enterprise', county: 'yuancheng', seriousDishonesty: false } };
    const r = await cli(['check', '-', '--year', '2026', '--format', 'json'], { input: JSON.stringify(app) });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.ok).toBe(false);
    expect(out.issues.map((i: Json) => [i.code, i.path.join('.')])).toEqual([
      ['missing-field', 'applicant.creditCode'],
      ['missing-field', 'applicant.isSme'],
    ]);
    expect(out.issues[0]).toEqual({
      code: 'missing-field',
      path: ['applicant', 'creditCode'],
      message: { zh: expect.any(String), en: expect.any(String) },
      params: { expected: 'string' },
    });
    expect(r.stderr).toContain('applicant.creditCode'); // the human lines stay on stderr
  });

  it('JSON that does not parse is reported the same way', async () => {
    const r = await cli(['check', '-', '--year', '2026', '--format', 'json'], { input: '{"applicant": ' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, issues: [{ code: 'invalid-json', path: [] }] });
  });

  it('the table format keeps stdout empty for bad input', async () => {
    const r = await cli(['check', '-', '--year', '2026'], { input: '{}' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  });
});

describe.concurrent('schema --target and --decision', () => {
  it('--target draft-07 | 2020-12 | openapi-3.0 picks the dialect', async () => {
    const [d7, d2020, oa] = await Promise.all(['draft-07', '2020-12', 'openapi-3.0'].map((t) => cli(['schema', '--target', t])));
    expect(JSON.parse(d7!.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.parse(d2020!.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const o = JSON.parse(oa!.stdout) as Json;
    expect(o.$schema).toBeUndefined();
    expect(o.properties.events.items.discriminator).toEqual({ propertyName: 'type' });
    // every target has the patent-grant branch (accepted and excluded, catalogue v2): const, or a one-value enum in OpenAPI 3.0
    for (const doc of [JSON.parse(d7!.stdout), JSON.parse(d2020!.stdout), o] as Json[]) {
      const types = (doc.properties.events.items.oneOf as Json[]).map((b) => b.properties.type.const ?? b.properties.type.enum[0]);
      expect(types).toContain('patent-grant');
    }
    const bad = await cli(['schema', '--target', 'draft-04']);
    expect(bad.status).toBe(2);
  });

  it('--decision prints the Decision schema', async () => {
    const r = await cli(['schema', '--decision']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout) as Json;
    expect(s.$defs.Decision.required).toEqual(['applicantId', 'year', 'total', 'items', 'warnings', 'excludedEvents', 'rulesHash', 'guideline']); // v2: excluded patent grants, [] when none
    expect(s.$defs.DecidedMoney.pattern).toBe('^(0|[1-9][0-9]*)\\.[0-9]{2}$');
  });
});
