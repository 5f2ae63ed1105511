import { APPLICANT_KINDS, bundledVocabulary, EVENT_TYPES } from '../../src/heyuan/application.js';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

type Json = Record<string, any>;

describe.concurrent('heyuan-ip schema', () => {
  it('prints the JSON Schema of an application, generated from the zod schema', async () => {
    const r = await cli(['schema']);
    expect(r.status).toBe(0);
    const s: Json = JSON.parse(r.stdout);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.required).toEqual(['applicant']);
    expect(s.additionalProperties).toBe(false);
    const applicant = s.properties.applicant;
    expect(applicant.properties.kind.enum).toEqual([...APPLICANT_KINDS]);
    expect(applicant.required).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'county', 'seriousDishonesty']));
    expect(applicant.required).not.toContain('ipViolationDates'); // it has a default: optional to a person writing the file
    // one alternative per event type, each pinned by its literal type, and one per type accepted only to be excluded (patent-grant)
    const alternatives: Json[] = s.properties.events.items.oneOf ?? s.properties.events.items.anyOf;
    const refused = Object.keys(bundledVocabulary.refusedEventTypes);
    expect(refused).toEqual(['patent-grant']);
    expect(alternatives.map((a) => a.properties.type.const).sort()).toEqual([...EVENT_TYPES, ...refused].sort());
    const pledge = alternatives.find((a) => a.properties.type.const === 'pledge-loan')!;
    expect(pledge.properties.interestPaid.type).toBe('string');
    expect(pledge.properties.interestPaid.pattern).toBeDefined();
    expect(new RegExp(pledge.properties.interestPaid.pattern).test('98000.50')).toBe(true);
    expect(new RegExp(pledge.properties.interestPaid.pattern).test('1e5')).toBe(false);
    expect(pledge.properties.date.format).toBe('date');
  });

  it('prints the same text every time', async () => {
    const [a, b] = await Promise.all([cli(['schema']), cli(['schema'])]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--rules prints { clause, guideline, policy } schemas for editors', async () => {
    const r = await cli(['schema', '--rules']);
    expect(r.status).toBe(0);
    const s: Json = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['clause', 'guideline', 'policy']);
    expect(s.clause.required).toEqual(expect.arrayContaining(['id', 'part', 'article', 'conditions', 'amount']));
    const forms = (s.clause.properties.amount.oneOf ?? s.clause.properties.amount.anyOf).map((a: Json) => a.properties.form.const);
    expect(forms.sort()).toEqual(['byLevel', 'fixed', 'percentOf', 'perUnit'].sort());
    expect(s.guideline.properties.window).toBeDefined();
    expect(s.policy.properties.generalConditions).toBeDefined();
  });

  it('exits 2 for an unexpected argument or option', async () => {
    expect((await cli(['schema', 'extra'])).status).toBe(2);
    expect((await cli(['schema', '--nope'])).status).toBe(2);
  });
});
