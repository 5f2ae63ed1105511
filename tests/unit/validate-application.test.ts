import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseApplication } from '../../src/validate-application.js';

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
