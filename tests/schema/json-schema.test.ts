import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv, type ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { type Decision, loadPolicy } from '../../src/index.js';
import type { decisionSchema } from '../../src/schema/decision.js';
import { bundledTransition, bundledVocabulary } from '../../src/heyuan/application.js';
import { jsonSchemaFor, type SchemaTarget } from '../../src/schema/json-schema.js';
import { EXAMPLES } from '../server/http.js';

/*
 * The generated JSON Schemas, read by ajv as a Java or .NET team's tooling
 * would: every example application is valid in draft-07 and 2020-12, every
 * bad one is refused with the field named, and every real decision is valid
 * against the Decision schema.
 */

const policy = loadPolicy({ year: 2026 });

function validator(target: Exclude<SchemaTarget, 'openapi-3.0'>, name: 'application' | 'decision' | 'budget') {
  const ajv = target === 'draft-07' ? new Ajv({ discriminator: true, allErrors: true }) : new Ajv2020({ discriminator: true, allErrors: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  return ajv.compile(jsonSchemaFor(name, target, bundledVocabulary, bundledTransition));
}

/** Where an ajv error points: its instance path, plus the property it names (missing or extra), if any. */
const named = (e: ErrorObject) =>
  `${e.instancePath}${'missingProperty' in e.params ? `/${e.params.missingProperty}` : ''}${'additionalProperty' in e.params ? `/${e.params.additionalProperty}` : ''}${'tag' in e.params ? `/${e.params.tag}` : ''}`;

type App = Record<string, any>;
const BAD: Array<[string, (a: App) => void, string]> = [
  ['money as a JSON number', (a) => (a.events[1].interestPaid = 180000), '/events/1/interestPaid'],
  ['money with three decimals', (a) => (a.events[1].evaluationFee = '1.005'), '/events/1/evaluationFee'],
  ['a misspelt field', (a) => (a.events[1].intrestRate = '0.04'), '/events/1/intrestRate'],
  ['an unknown county', (a) => (a.applicant.county = 'atlantis'), '/applicant/county'],
  ['an enterprise without a credit code', (a) => delete a.applicant.creditCode, '/applicant/creditCode'],
  ['an enterprise without isSme', (a) => delete a.applicant.isSme, '/applicant/isSme'],
  ['a date not written YYYY-MM-DD', (a) => (a.events[0].date = '2025-7-15'), '/events/0/date'],
  ['an unknown event type', (a) => (a.events[0].type = 'agency-established'), '/events/0/type'], // removed in catalogue v2
  [
    'a transferee without amountPaid',
    (a) =>
      (a.events[0] = {
        id: 'T',
        type: 'patent-transfer',
        date: '2025-07-01',
        deal: 'transfer',
        role: 'transferee',
        counterpartyKind: 'university',
        counterpartyInHeyuan: false,
        relatedParty: false,
        recorded: true,
      }),
    '/events/0/amountPaid',
  ],
  ['a required field missing', (a) => delete a.applicant.seriousDishonesty, '/applicant/seriousDishonesty'],
];

describe.each(['draft-07', '2020-12'] as const)('the application schema, %s', (target) => {
  const validate = validator(target, 'application');

  it('accepts each of the 59 example applications', () => {
    expect(EXAMPLES).toHaveLength(59);
    for (const app of EXAMPLES) {
      const ok = validate(app);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it.each(BAD)('refuses %s, naming the field', (_what, spoil, field) => {
    const app = structuredClone(EXAMPLES[0]) as App;
    spoil(app);
    expect(validate(app)).toBe(false);
    expect(validate.errors!.map(named)).toContain(field);
  });

  // G8: the policy's predecessor (rules/policy.json) expired 2025-06-23; an event dated that day or earlier must say
  // predecessorFunded, a later one need not. The schema states it as if/then on the date, made from that policy data.
  it.each([
    ['2025-06-23', false],
    ['2025-06-24', true],
    ['2024-12-31', false],
    ['2025-05-30', false],
    ['2025-06-09', false],
    ['2025-07-01', true],
    ['2026-01-01', true],
    ['2019-06-30', false],
  ])('an event dated %s without predecessorFunded: valid %s', (date, valid) => {
    const app = structuredClone(EXAMPLES[0]) as App;
    app.events[0].date = date;
    delete app.events[0].predecessorFunded;
    expect(validate(app)).toBe(valid);
    if (!valid) expect(validate.errors!.map(named)).toContain('/events/0/predecessorFunded');
    app.events[0].predecessorFunded = false;
    expect(validate(app), JSON.stringify(validate.errors)).toBe(true);
  });

  // Catalogue v2: a patent grant is accepted and listed under excludedEvents while the rest is decided; the schema
  // must not refuse what the library decides, nor let the branch swallow a misspelt event of another type.
  it('accepts an application with a patent-grant event, which the library decides with the grant excluded', async () => {
    const app = structuredClone(EXAMPLES[0]) as App;
    app.events.push({ id: 'E-PG', type: 'patent-grant', date: '2025-08-01' });
    expect(validate(app), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const decision = await policy.evaluate(app);
    expect(decision.excludedEvents).toEqual([{ subject: 'E-PG', code: 'patent-grant-not-subsidised', reason: expect.any(Object) }]);
    // the library reads only its type and id: a field of another event type is let through, as the library lets it
    const extra = structuredClone(app);
    extra.events.at(-1).patentNumber = 'ZL202410000001.X';
    expect(validate(extra), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect((await policy.evaluate(extra)).excludedEvents).toHaveLength(1);
    // the branch's typed fields still hold, and it takes no other type
    const badDate = structuredClone(app);
    badDate.events.at(-1).date = '2025-8-1';
    expect(validate(badDate)).toBe(false);
    expect(validate.errors!.map(named)).toContain(`/events/${app.events.length - 1}/date`);
    const misspelt = structuredClone(EXAMPLES[0]) as App;
    misspelt.events[0].patentGrantNote = 'x';
    expect(validate(misspelt)).toBe(false);
  });

  it('accepts an individual without a credit code, and refuses an enterprise without one', () => {
    const person = { applicant: { id: 'P-1', name: '张三', kind: 'individual', county: 'heping', seriousDishonesty: false }, events: [] };
    expect(validate(person)).toBe(true);
    expect(validate({ ...person, applicant: { ...person.applicant, kind: 'enterprise', isSme: true } })).toBe(false);
  });
});

describe('the Decision schema', () => {
  it.each(['draft-07', '2020-12'] as const)('every decision of the 59 examples is valid (%s), and so is the batch budget', async (target) => {
    const validate = validator(target, 'decision');
    const batch = await policy.evaluateBatch(EXAMPLES);
    for (const d of batch.decisions) expect(validate(JSON.parse(JSON.stringify(d))), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    const budget = validator(target, 'budget');
    expect(budget(batch.budget)).toBe(true);
    expect(validate({ ...batch.decisions[0], total: 1 })).toBe(false);
  });

  it('a Decision is what the schema describes (types)', () => {
    expectTypeOf<Decision>().toMatchTypeOf<z.output<typeof decisionSchema>>();
  });
});

describe('the openapi-3.0 target', () => {
  it('is a valid OpenAPI 3.0 schema: discriminator kept, if/then (not in 3.0) left to the description', async () => {
    const schema = jsonSchemaFor('application', 'openapi-3.0', bundledVocabulary);
    expect(JSON.stringify(schema)).not.toContain('"if"');

    expect((schema as any).properties.applicant.description).toContain('creditCode is required when kind is not "individual"');

    expect((schema as any).properties.events.items.discriminator).toEqual({ propertyName: 'type' });
    // every branch, patent-grant included, titled with its vocabulary label (3.0 has no const: the type is a one-value enum)
    const branches = (schema as any).properties.events.items.oneOf as any[];
    expect(branches.filter((b) => typeof b.title !== 'string')).toEqual([]);
    const grant = branches.find((b) => b.properties.type.enum?.[0] === 'patent-grant');
    expect(grant.title).toBe('Patent grant | 专利授权');
    expect(grant.description).toMatch(/^Accepted and excluded, not decided: .*excludedEvents.* \| 予以受理但不作审核/);
    const doc = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Application: schema } } };
    await expect(SwaggerParser.validate(doc as never)).resolves.toBeDefined();
  });
});
