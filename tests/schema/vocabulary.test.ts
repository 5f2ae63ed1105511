// The vocabulary as data: a new event type is a change of rules/ data alone —
// validated, labelled, linted and decided with no code change.
import { describe, expect, it } from 'vitest';
import { bundledRules, eventTypeLabel, fieldLabel, lintRules, loadPolicy, safeLoadPolicy, valueLabel, vocabularySchema } from '../../src/index.js';
import type { RuleFiles } from '../../src/index.js';

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The bundled rules plus a training-course event type and a clause (article 3.9) that pays 500 yuan a participant. */
function rulesWithTrainingCourse(countPath = '$.participants'): RuleFiles {
  const rules = clone(bundledRules) as RuleFiles & { vocabulary: Json };
  (rules.vocabulary.eventTypes as Json)['ip-training-course'] = {
    label: { zh: '知识产权培训班', en: 'IP training course' },
    fields: {
      participants: { type: 'count', label: { zh: '参训人数', en: 'Participants' } },
      certified: { type: 'boolean', label: { zh: '是否经市场监管部门认定', en: 'Certified by the market regulator' } },
      delivery: {
        type: 'enum',
        values: { online: { zh: '线上', en: 'Online' }, offline: { zh: '线下', en: 'In person' } },
        label: { zh: '授课方式', en: 'Delivery' },
      },
    },
  };
  rules.clauses.push({
    file: 'rules/clauses/ip-training-subsidy.json',
    data: {
      id: 'ip-training-subsidy',
      part: 'protection',
      article: '3.9',
      nature: 'subsidy',
      title: { zh: '知识产权培训补助', en: 'IP training subsidy' },
      basis: { zh: '对经认定的知识产权培训按参训人数给予补助。', en: 'Pays per participant of a certified IP training course.' },
      applicants: ['enterprise', 'service-agency'],
      subject: 'ip-training-course',
      conditions: {
        all: [
          { fact: 'event', path: '$.certified', operator: 'equal', value: true, label: { zh: '培训经认定', en: 'the course is certified' } },
          { fact: 'event', path: '$.delivery', operator: 'equal', value: 'offline', label: { zh: '线下授课', en: 'taught in person' } },
        ],
      },
      amount: { form: 'perUnit', unit: '500', count: countPath, cap: '20000' },
      limits: {},
      stacking: { higherLevel: 'independent' },
      provenance: 'reference',
      source: { zh: '测试用条款。', en: 'A clause for this test.' },
    },
  });
  return rules;
}

const application = (event: Json) => ({
  applicant: { id: 'T-1', name: '测试企业', kind: 'enterprise', creditCode: '9144030071526726XG', county: 'yuancheng', isSme: true, seriousDishonesty: false },
  events: [
    { type: 'ip-training-course', id: 'E-1', date: '2025-05-06', participants: 12, certified: true, delivery: 'offline', predecessorFunded: false, ...event },
  ],
});

describe('an event type added as vocabulary data alone', () => {
  const rules = rulesWithTrainingCourse();

  it('is decided by a clause that reads it: 12 participants × 500.00 = 6000.00', async () => {
    const policy = loadPolicy({ year: 2026, rules });
    const d = await policy.evaluate(application({}));
    const item = d.items.find((i) => i.clause === 'ip-training-subsidy');
    expect(item).toMatchObject({ subject: 'E-1', eligible: true, amount: '6000.00' });
    expect(d.total).toBe('6000.00');
    // the reference evaluator reads the same data the same way
    const jre = await loadPolicy({ year: 2026, rules, engine: 'json-rules-engine' }).evaluate(application({}));
    expect(jre).toEqual(d);
  });

  it('is refused when a condition fails: taught online pays 0.00', async () => {
    const d = await loadPolicy({ year: 2026, rules }).evaluate(application({ delivery: 'online' }));
    expect(d.items.find((i) => i.clause === 'ip-training-subsidy')).toMatchObject({ eligible: false, amount: '0.00' });
  });

  it('is validated from the vocabulary: a misspelt field, a value not in the list, a missing field', () => {
    const policy = loadPolicy({ year: 2026, rules });
    const r = policy.validate(application({ participant: 3, delivery: 'by-post', certified: undefined }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')]).sort()).toEqual(
      [
        ['invalid-value', 'events.0.delivery'],
        ['missing-field', 'events.0.certified'],
        ['unknown-field', 'events.0.participant'],
      ].sort(),
    );
    // the bundled policy, whose vocabulary has no such type, refuses the event type itself
    const bundled = loadPolicy({ year: 2026 }).validate(application({}));
    expect(bundled.ok ? [] : bundled.issues.map((i) => i.code)).toContain('unknown-event-type');
  });

  it('is labelled: the type, its fields and their values', () => {
    const v = vocabularySchema.parse((rules as { vocabulary: unknown }).vocabulary);
    expect(eventTypeLabel(v, 'ip-training-course')).toEqual({ zh: '知识产权培训班', en: 'IP training course' });
    expect(fieldLabel(v, 'ip-training-course', 'participants')?.zh).toBe('参训人数');
    expect(fieldLabel(v, 'ip-training-course', 'date')?.zh).toBe('事项发生日期');
    expect(valueLabel(v, 'ip-training-course', 'delivery', 'offline')).toEqual({ zh: '线下', en: 'In person' });
    expect(valueLabel(v, 'applicant', 'county', 'yuancheng')?.zh).toBe('源城区');
    expect(valueLabel(v, 'ip-training-course', 'delivery', 'by-post')).toBeUndefined();
  });

  it('is linted: a clause reading a field the new type does not have is reported', () => {
    expect(lintRules(rules).filter((i) => i.file === 'rules/clauses/ip-training-subsidy.json')).toEqual([]);
    const broken = lintRules(rulesWithTrainingCourse('$.attendees')).filter((i) => i.file === 'rules/clauses/ip-training-subsidy.json');
    expect(broken.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown-field-path', 'amount.count']]);
  });
});

describe('the vocabulary file is checked like the other rule files', () => {
  it('a field the engine reads itself must be there, with its type', () => {
    const rules = clone(bundledRules) as RuleFiles & { vocabulary: { applicant: { fields: Json } } };
    delete rules.vocabulary.applicant.fields.kind;
    const r = safeLoadPolicy({ year: 2026, rules });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.file, i.path.join('.')])).toContainEqual(['missing-field', 'rules/vocabulary.json', 'applicant.fields.kind']);
  });

  it('a named value set must exist', () => {
    const rules = clone(bundledRules) as RuleFiles & { vocabulary: { applicant: { fields: { county: Json } } } };
    rules.vocabulary.applicant.fields.county.values = 'counties';
    expect(lintRules(rules).map((i) => [i.code, i.path.join('.')])).toContainEqual(['invalid-value', 'applicant.fields.county.values']);
  });

  it('the bundled rules have their own vocabulary: the public code lists are read off it', async () => {
    const { APPLICANT_KINDS, COUNTIES, EVENT_TYPES } = await import('../../src/index.js');
    const v = (bundledRules as { vocabulary: { eventTypes: Json; valueSets: { county: { values: Json } } } }).vocabulary;
    expect(EVENT_TYPES).toEqual(Object.keys(v.eventTypes));
    expect(COUNTIES).toEqual(Object.keys(v.valueSets.county.values));
    expect(APPLICANT_KINDS).toContain('enterprise');
  });
});

describe('a requiredWhen that reads no field of its own record', () => {
  type Field = { requiredWhen?: Json };
  type Fields = { fields: Record<string, Field> };
  const broken = () => {
    const rules = clone(bundledRules) as RuleFiles & { vocabulary: { applicant: Fields; eventTypes: Record<string, Fields> } };
    rules.vocabulary.applicant.fields.isSme!.requiredWhen = { field: 'kindd', in: ['enterprise'] };
    rules.vocabulary.eventTypes['patent-transfer']!.fields.amountPaid!.requiredWhen = { field: 'rolee', in: ['transferee'] };
    return lintRules(rules).filter((i) => i.code === 'unknown-field-path' && i.file === 'rules/vocabulary.json');
  };

  it('is reported at the requiredWhen, naming the record it is in (the applicant, an event type) and the fields it could read', () => {
    const found = broken();
    expect(found.map((i) => i.path.join('.'))).toEqual([
      'applicant.fields.isSme.requiredWhen.field',
      'eventTypes.patent-transfer.fields.amountPaid.requiredWhen.field',
    ]);
    const [applicant, event] = found;
    expect(applicant!.message.en).toMatch(/^the applicant fact has no field "kindd"; known fields there: .*"kind"/);
    expect(applicant!.message.zh).toMatch(/^applicant 事实没有字段 "kindd"；该处已知字段：.*“kind”/);
    expect(event!.message.en).toMatch(/^the event fact has no field "rolee" on a "patent-transfer" event; known fields there: .*"role"/);
    expect(event!.message.zh).toMatch(/^event 事实（“patent-transfer”事项）没有字段 "rolee"；/);
    for (const i of found) expect(`${i.message.en} ${i.message.zh}`).not.toContain('undefined');
  });
});
