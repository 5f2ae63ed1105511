import { parseApplication } from '../../src/api/parse-application.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const example = JSON.parse(readFileSync(new URL('../../examples/01-enterprise.json', import.meta.url), 'utf8')) as {
  events: Array<Record<string, unknown>>;
};

/** The example with `n` copies of its first event, ids given by `idOf`. */
function withEvents(n: number, idOf: (i: number) => string) {
  const app = structuredClone(example);
  app.events = Array.from({ length: n }, (_, i) => ({ ...example.events[0], id: idOf(i) }));
  return app;
}

describe('duplicate event ids', () => {
  // a short list is scanned, a long one goes through a set: both must report the same way
  it.each([3, 40])('with %i events, every later use of an id is reported at its own path', (n) => {
    const r = parseApplication(withEvents(n, (i) => (i === 1 || i === n - 1 ? 'E-0' : `E-${i}`)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['duplicate-event-id', 'events.1.id'],
        ['duplicate-event-id', `events.${n - 1}.id`],
      ]);
      expect(r.issues[0]!.message.en).toContain('E-0');
    }
  });

  it.each([3, 40])('with %i events and distinct ids, the application is valid', (n) => {
    expect(parseApplication(withEvents(n, (i) => `E-${i}`)).ok).toBe(true);
  });
});

describe('the strict fast path', () => {
  it('OBJECT_LOCATIONS lists every place the application schema has an object', async () => {
    const z = await import('zod');
    const { OBJECT_LOCATIONS } = await import('../../src/schema/application.js');
    const { applicationSchema } = await import('../../src/heyuan/application.js');
    type Json = { type?: string; properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; oneOf?: Json[]; allOf?: Json[] };
    const found = new Set<string>();
    const walk = (s: Json, at: string) => {
      for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt, at);
      if (s.type === 'object' || s.properties) {
        found.add(at);
        for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, at === '' ? k : `${at}.${k}`);
      }
      if (s.items) walk(s.items, `${at}[]`);
    };
    walk(z.toJSONSchema(applicationSchema, { io: 'input' }) as Json, '');
    expect([...found].sort()).toEqual([...OBJECT_LOCATIONS].sort());
  });

  it('under a polluted Object.prototype a complete application still validates, and a field left out is still missing', async () => {
    const { loadPolicy } = await import('../../src/index.js');
    const policy = loadPolicy({ year: 2026 });
    const clean = policy.evaluateSync(example);
    const polluted = ['isSme', 'creditCode', 'higherLevelFunding', 'clawedBack', 'principal'];
    for (const k of polluted)
      Object.defineProperty(Object.prototype, k, {
        value: k === 'isSme' || k === 'clawedBack' ? true : '1',
        configurable: true,
        enumerable: false,
        writable: true,
      });
    try {
      expect(policy.evaluateSync(structuredClone(example))).toEqual(clean);
      const app = structuredClone(example) as { events: Array<Record<string, unknown>> };
      delete app.events[0]!.higherLevelFunding;
      const r = parseApplication(app);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.events[0]!.higherLevelFunding).toBe('0');
    } finally {
      for (const k of polluted) delete (Object.prototype as Record<string, unknown>)[k];
    }
  });

  it('an applicant that inherits a field is decided as if the field were left out', () => {
    const app = structuredClone(example) as unknown as { applicant: Record<string, unknown> };
    const { isSme, ...rest } = app.applicant;
    app.applicant = Object.assign(Object.create({ isSme }) as object, rest);
    const r = parseApplication(app);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing-field', 'applicant.isSme']]);
  });

  it('an event that inherits a field is decided as if the field were left out', () => {
    const app = structuredClone(example);
    const { date, ...rest } = app.events[0]!;
    app.events[0] = Object.assign(Object.create({ date }) as object, rest);
    const r = parseApplication(app);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing-field', 'events.0.date']]);
  });
});
