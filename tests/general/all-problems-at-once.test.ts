import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/index.js';

/*
 * One answer names every problem of an application: the cross-field checks
 * (a field required for this kind, a count above its bound, a duplicate
 * event id) are not held back because zod found something else wrong first.
 */

const policy = loadPolicy({ year: 2026 });
const example = JSON.parse(readFileSync(new URL('../../examples/01-enterprise.json', import.meta.url), 'utf8'));

const found = (input: unknown) => {
  const v = policy.validate(input);
  return v.ok ? [] : v.issues.map((i) => `${i.code} ${i.path.join('.')}`);
};

describe('every problem in one answer', () => {
  it('a bad county beside a missing credit code, a bad date beside a count above its bound, and a repeated event id', () => {
    const app = structuredClone(example);
    app.applicant.county = 'nowhere';
    delete app.applicant.creditCode;
    app.events.push({ id: 'E-X', type: 'data-ip-registration', date: '2025-13-01', certificates: 1, certificatesUsed: 3 });
    app.events.push({ ...app.events[0] });
    expect(found(app)).toEqual([
      'invalid-value applicant.county',
      'missing-field applicant.creditCode',
      'invalid-date events.2.date',
      'count-above-field events.2.certificatesUsed',
      'duplicate-event-id events.3.id',
    ]);
  });

  it('each of them alone is still found alone', () => {
    const app = structuredClone(example);
    delete app.applicant.creditCode;
    expect(found(app)).toEqual(['missing-field applicant.creditCode']);
  });

  it('entries that are not objects, or an applicant that is not one, are refused as such, without a second message', () => {
    const app = structuredClone(example);
    app.events.push('E-9', null, { id: 7, type: 'award' });
    const issues = found(app);
    expect(issues).toContain('invalid-type events.2');
    expect(issues).toContain('invalid-type events.3');
    expect(issues.filter((i) => i.startsWith('duplicate-event-id'))).toEqual([]);
    expect(found({ ...example, applicant: 'HY-001' })).toEqual(['invalid-type applicant']);
  });
});
