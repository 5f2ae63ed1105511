import { describe, expect, it } from 'vitest';
import { bundledVocabulary, loadPolicy } from '../../src/index.js';
import { applicant, pledgeLoan } from '../support/golden.js';

/*
 * A data-entry message names the application's codes by their vocabulary
 * labels (issue #13): a value the writer must type is shown with its label
 * beside it; the codes stay in `params`, with the labels as `allowedZh` and
 * `allowedEn` in the same order. (credit-code-prefix and count-above-field,
 * which name a kind and a field, are in v2-application-checks.test.ts.)
 */

const policy = loadPolicy({ year: 2026 });
const loan = pledgeLoan;
const issuesOf = (application: unknown) => {
  const r = policy.validate(application);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
};

describe('invalid-value names each allowed code with its label', () => {
  it("an event's enum field: the labels of that event type's field", () => {
    const [issue, ...rest] = issuesOf({ applicant: applicant('enterprise'), events: [loan({ lenderKind: 'trust' })] });
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      code: 'invalid-value',
      path: ['events', 0, 'lenderKind'],
      message: {
        zh: '不接受 "trust"；可选值为 “bank”（银行业金融机构）、“other”（其他出借方）',
        en: '"trust" is not allowed; expected one of "bank" (banking institution), "other" (another lender)',
      },
      params: {
        received: '"trust"',
        allowed: ['bank', 'other'],
        allowedZh: ['银行业金融机构', '其他出借方'],
        allowedEn: ['Banking institution', 'Another lender'],
      },
    });
  });

  it("the applicant's county: 源城区 beside yuancheng", () => {
    const [issue] = issuesOf({ applicant: { ...applicant('enterprise'), county: 'shenzhen' }, events: [] });
    const counties = Object.entries(bundledVocabulary.valueSets.county!.values);
    expect(issue!.path).toEqual(['applicant', 'county']);
    expect(issue!.message.zh).toBe(`不接受 "shenzhen"；可选值为 ${counties.map(([c, l]) => `“${c}”（${l.zh}）`).join('、')}`);
    expect(issue!.message.zh).toContain('“yuancheng”（源城区）');
    expect(issue!.message.en).toContain('"yuancheng" (Yuancheng District), "dongyuan" (Dongyuan County)');
  });

  it('an event after a refused patent grant: the labels of its own type, at its index in the input', () => {
    const grant = { id: 'E-0', type: 'patent-grant', date: '2025-03-01' };
    const [issue] = issuesOf({ applicant: applicant('enterprise'), events: [grant, loan({ lenderKind: 'trust' })] });
    expect(issue!.path).toEqual(['events', 1, 'lenderKind']);
    expect(issue!.message.zh).toBe('不接受 "trust"；可选值为 “bank”（银行业金融机构）、“other”（其他出借方）');
  });

  it('in a batch, under the application’s own index', async () => {
    const batch = await policy.evaluateBatch([{ applicant: applicant('enterprise'), events: [loan({ lenderKind: 'trust' })] }]);
    const issue = batch.rejected[0]!.issues[0]!;
    expect(issue.message.zh).toBe('不接受 "trust"；可选值为 “bank”（银行业金融机构）、“other”（其他出借方）');
  });
});

describe('unknown-event-type names each event type with its label', () => {
  it('every type of the vocabulary, in order, code and label', () => {
    const [issue] = issuesOf({ applicant: applicant('enterprise'), events: [loan({ type: 'pledge-loans' })] });
    const types = Object.entries(bundledVocabulary.eventTypes);
    expect(issue!.code).toBe('unknown-event-type');
    expect(issue!.path).toEqual(['events', 0, 'type']);
    expect(issue!.message.zh).toBe(`未知事项类型 "pledge-loans"；可选类型为 ${types.map(([c, t]) => `“${c}”（${t.label.zh}）`).join('、')}`);
    expect(issue!.message.zh).toContain('“pledge-loan”（知识产权质押融资）');
    expect(issue!.message.en).toMatch(
      /^unknown event type "pledge-loans"; expected one of "high-value-patent-center" \(high-value patent cultivation centre\), /,
    );
    expect(issue!.message.en).toContain('"pledge-loan" (IP pledge financing)');
    expect(issue!.params).toMatchObject({
      allowed: types.map(([c]) => c),
      allowedZh: types.map(([, t]) => t.label.zh),
      allowedEn: types.map(([, t]) => t.label.en),
    });
  });
});
