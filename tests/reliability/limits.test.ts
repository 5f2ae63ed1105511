import { describe, expect, test } from 'vitest';
import { loadPolicy } from '../../src/api/load-policy.js';
import { MAX_EVENTS, MAX_HISTORY } from '../../src/schema/application.js';
import { MAX_TEXT } from '../../src/schema/primitives.js';
import { guardGlobals } from '../properties/harness.js';
import { sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * Oversized input is refused with a message that names the limit, quickly,
 * and without echoing megabytes back: at most 10,000 events (and history
 * entries) per application, 64 KB per free-text string, 256 characters per id.
 */

const policy = loadPolicy({ year: 2026 });

function event(i: number) {
  return { id: `E-${i}`, type: 'gi-product-approved', date: '2025-05-05', predecessorFunded: false, giName: `GI-${i % 50}` };
}

describe('size limits', () => {
  test('the limits are the documented ones', () => {
    expect(MAX_EVENTS).toBe(10_000);
    expect(MAX_HISTORY).toBe(10_000);
    expect(MAX_TEXT).toBe(65_536);
  });

  test('10,001 events: too-many, naming 10000, in both languages, quickly', () => {
    const app = sampleApplication();
    app.events = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => event(i));
    const t = performance.now();
    const r = policy.safeEvaluate(app);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'too-many', path: ['events'] })]);
    expect(r.errors[0]!.message.en).toContain('10000');
    expect(r.errors[0]!.message.zh).toContain('10000');
  });

  test('exactly 10,000 events are decided', () => {
    const app = sampleApplication();
    app.events = Array.from({ length: MAX_EVENTS }, (_, i) => event(i));
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.decision.items.filter((i) => i.clause === 'gi-product')).toHaveLength(MAX_EVENTS);
  });

  test('10,001 history entries: too-many', () => {
    const app = sampleApplication();
    app.history = Array.from({ length: MAX_HISTORY + 1 }, () => ({ clause: 'gi-product', year: 2024, subjectKey: 'K', amount: '1' }));
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ code: 'too-many', path: ['history'] })]);
  });

  test('a 64 KB name is accepted; one character more is too-long, and the message does not echo it', () => {
    const app = sampleApplication();
    app.applicant.name = '河'.repeat(MAX_TEXT);
    expect(policy.safeEvaluate(app).ok).toBe(true);
    app.applicant.name = '河'.repeat(MAX_TEXT + 1);
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'too-long', path: ['applicant', 'name'] })]);
    expect(r.errors[0]!.message.en).toContain('65536');
    expect(r.errors[0]!.message.en.length).toBeLessThan(200);
  });

  test('a 257-character id is too-long', () => {
    const app = sampleApplication();
    app.events[0].id = 'x'.repeat(257);
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ code: 'too-long', path: ['events', 0, 'id'] }));
  });

  test('a megabyte where an enum or an amount belongs is refused with a short message', () => {
    const huge = '9'.repeat(1_000_000);
    const app = sampleApplication();
    app.applicant.kind = huge;
    app.events[1].interestPaid = huge;
    app.events[0].level = `1e${huge}`;
    const t = performance.now();
    const r = policy.safeEvaluate(app);
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code).sort()).toEqual(['invalid-money', 'invalid-value', 'invalid-value']);
    for (const e of r.errors) expect(e.message.en.length + e.message.zh.length).toBeLessThan(2_000);
  });

  test('a deeply nested value is an issue, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const app = sampleApplication();
    app.applicant.name = deep;
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
  });
});
