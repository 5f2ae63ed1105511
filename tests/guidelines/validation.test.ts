import { describe, expect, it } from 'vitest';
import { type GuidelineInput, loadPolicy, PolicyError, safeLoadPolicy } from '../../src/index.js';
import { applicant, base2026, decide, itemOf } from '../support/golden.js';

// A guideline may tighten the policy, never loosen it; each rule has a broken
// guideline here and must be refused with its own code, path and both languages.

const broken = (change: (g: GuidelineInput) => GuidelineInput) => change(structuredClone(base2026));

function issuesOf(guideline: unknown) {
  const r = safeLoadPolicy({ guideline: guideline as GuidelineInput });
  if (r.ok) throw new Error('expected the guideline to be refused');
  return r.issues.map((i) => ({ code: i.code, path: i.path, file: i.file, en: i.message.en, zh: i.message.zh }));
}

describe('guideline validation', () => {
  it.each<[string, (g: GuidelineInput) => GuidelineInput, string, (string | number)[]]>([
    [
      'an unknown clause id',
      (g) => ({ ...g, patches: [{ clause: 'patent-grant-award', suspend: { zh: '停', en: 'stop' } }] }),
      'unknown-clause',
      ['patches', 0, 'clause'],
    ],
    [
      'a clause cap above the policy ceiling',
      (g) => ({ ...g, patches: [{ clause: 'pledge-loan-interest', lower: { clauseCap: '100000.01' } }] }),
      'above-ceiling',
      ['patches', 0, 'lower', 'clauseCap'],
    ],
    [
      'a rate above the policy rate',
      (g) => ({ ...g, patches: [{ clause: 'pledge-loan-interest', lower: { rate: '0.31' } }] }),
      'above-ceiling',
      ['patches', 0, 'lower', 'rate'],
    ],
    [
      'a table entry above the policy',
      (g) => ({ ...g, patches: [{ clause: 'patent-award', lower: { table: { 'guangdong-patent-award:gold': '100001' } } }] }),
      'above-ceiling',
      ['patches', 0, 'lower', 'table', 'guangdong-patent-award:gold'],
    ],
    [
      'a unit above the policy',
      (g) => ({ ...g, patches: [{ clause: 'data-ip-registration', lower: { unit: '12000' } }] }),
      'above-ceiling',
      ['patches', 0, 'lower', 'unit'],
    ],
    [
      'a fixed value above the policy',
      (g) => ({ ...g, patches: [{ clause: 'gi-product', lower: { value: '200000.01' } }] }),
      'above-ceiling',
      ['patches', 0, 'lower', 'value'],
    ],
    [
      'a figure the amount form does not have',
      (g) => ({ ...g, patches: [{ clause: 'gi-product', lower: { rate: '0.1' } }] }),
      'figure-not-on-form',
      ['patches', 0, 'lower', 'rate'],
    ],
    [
      'a table level that does not exist',
      (g) => ({ ...g, patches: [{ clause: 'patent-award', lower: { table: { 'china-patent-award:bronze': '1' } } }] }),
      'unknown-level',
      ['patches', 0, 'lower', 'table', 'china-patent-award:bronze'],
    ],
    [
      'two patches for one clause',
      (g) => ({ ...g, patches: [...(g.patches ?? []), { clause: 'pledge-loan-interest', suspend: { zh: '停', en: 'stop' } }] }),
      'duplicate-patch',
      ['patches', (base2026.patches ?? []).length, 'clause'],
    ],
    ['a reversed window', (g) => ({ ...g, window: { from: '2026-04-30', to: '2026-03-01' } }), 'reversed-period', ['window']],
    ['a reversed event period', (g) => ({ ...g, eventPeriod: { from: '2025-12-31', to: '2025-01-01' } }), 'reversed-period', ['eventPeriod']],
    ['an impossible window date', (g) => ({ ...g, window: { from: '2026-02-30', to: '2026-04-30' } }), 'invalid-date', ['window', 'from']],
    [
      'an event period that ends after the window opens',
      (g) => ({ ...g, eventPeriod: { from: '2025-01-01', to: '2026-03-01' } }),
      'period-overlaps-window',
      ['eventPeriod', 'to'],
    ],
    ['part budgets above the total', (g) => ({ ...g, budget: { ...g.budget, total: '7999999.99' } }), 'budget-above-total', ['budget', 'parts']],
    [
      'a budget for an unknown part',
      (g) => ({ ...g, budget: { ...g.budget, parts: { ...g.budget.parts, marketing: '1' } } }),
      'invalid-value',
      ['budget', 'parts', 'marketing'],
    ],
    [
      'a year outside the effective period',
      (g) => ({ ...g, year: 2031, window: { from: '2031-03-01', to: '2031-04-30' }, eventPeriod: { from: '2030-01-01', to: '2030-12-31' } }),
      'year-outside-effective-period',
      ['year'],
    ],
    [
      'an added condition with an unknown operator',
      (g) => ({ ...g, patches: [{ clause: 'gi-product', addConditions: [{ fact: 'event', path: '$.giName', operator: 'matches', value: 'x' }] }] }),
      'unknown-operator',
      ['patches', 0, 'addConditions', 0, 'operator'],
    ],
    [
      'an added condition with a JSONPath filter',
      (g) => ({ ...g, patches: [{ clause: 'gi-product', addConditions: [{ fact: 'event', path: '$[?(@.x)]', operator: 'equal', value: 'x' }] }] }),
      'invalid-path',
      ['patches', 0, 'addConditions', 0, 'path'],
    ],
    ['money as a JSON number', (g) => ({ ...g, applicantCap: 600000 as unknown as string }), 'money-as-number', ['applicantCap']],
    ['an unknown field', (g) => ({ ...g, applicantCAP: '1' }) as GuidelineInput, 'unknown-field', ['applicantCAP']],
  ])('refuses %s', (_name, change, code, path) => {
    const issues = issuesOf(broken(change));
    expect(issues.map((i) => [i.code, i.path])).toContainEqual([code, path]);
    const issue = issues.find((i) => i.code === code)!;
    expect(issue.en.length).toBeGreaterThan(10);
    expect(issue.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('loadPolicy for a year without a guideline lists the years there are', () => {
    const err = (() => {
      try {
        loadPolicy({ year: 2027 });
      } catch (e) {
        return e as PolicyError;
      }
      throw new Error('expected an error');
    })();
    expect(err).toBeInstanceOf(PolicyError);
    expect(err.issues[0]).toMatchObject({ code: 'no-guideline', path: ['year'] });
    expect(err.issues[0]!.message.en).toContain('years with a guideline: 2026');
    expect(err.issues[0]!.message.zh).toContain('2026');
  });

  it('a guideline from the caller must agree with the year asked for', () => {
    expect(safeLoadPolicy({ year: 2027, guideline: base2026 })).toMatchObject({ ok: false, issues: [{ code: 'usage' }] });
  });
});

describe('decisions under a guideline', () => {
  it('record the guideline year and hash; a caller-supplied copy of 2026 gives the same decision', async () => {
    const app = {
      applicant: applicant('industry-association'),
      events: [{ id: 'E', type: 'gi-product-approved', date: '2025-05-01', predecessorFunded: false, giName: '紫金蝉茶' }],
    };
    const bundled = await decide(app);
    const supplied = loadPolicy({ guideline: structuredClone(base2026) }).evaluateSync(app);
    expect(bundled.guideline).toMatchObject({ year: 2026, provenance: 'reference' });
    expect(bundled.guideline.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(supplied).toEqual(bundled);
  });

  it('a changed guideline changes the rules hash', () => {
    const a = loadPolicy({ year: 2026 });
    const b = loadPolicy({ guideline: { ...base2026, applicantCap: '599999' } });
    expect(b.rulesHash).not.toBe(a.rulesHash);
    expect(loadPolicy({ guideline: JSON.parse(JSON.stringify(base2026)) }).rulesHash).toBe(a.rulesHash);
  });

  it('a suspended clause says why, in both languages', async () => {
    const app = {
      applicant: applicant('enterprise'),
      events: [{ id: 'S', type: 'ip-securitization', date: '2025-08-01', settled: true, financingCost: '100000' }],
    };
    const item = itemOf(await decide(app), 'ip-securitization', 'S');
    expect(item.eligible).toBe(false);
    expect(item.suspended).toEqual({ zh: '2026年度暂停受理知识产权证券化资助申报', en: 'IP securitisation support is not open for applications in 2026' });
    expect(item.conditions.filter((c) => c.blocking).map((c) => c.id)).toEqual(['G6']);
  });

  it('uses the patched figures: 8000 per data IP certificate in 2026, with the source of the figure', async () => {
    const app = {
      applicant: applicant('enterprise'),
      events: [{ id: 'D', type: 'data-ip-registration', date: '2025-08-01', certificates: 3, certificatesUsed: 3 }],
    };
    const item = itemOf(await decide(app), 'data-ip-registration', 'D');
    expect(item.amount).toBe('24000.00'); // 8000 × 3
    expect(item.figures.find((f) => f.name === 'unit')).toEqual({ name: 'unit', value: '8000', ceiling: '10000', source: 'guideline' });
  });

  it('added conditions from a guideline are evaluated and labelled Y1…', async () => {
    const g = {
      ...base2026,
      patches: [
        {
          clause: 'gi-product',
          addConditions: [
            {
              fact: 'event' as const,
              path: '$.giName',
              operator: 'notEqual',
              value: '东源仙湖茶',
              label: { zh: '非指定产品', en: 'not the excluded product' },
            },
          ],
        },
      ],
    };
    const app = {
      applicant: applicant('industry-association'),
      events: [{ id: 'E', type: 'gi-product-approved', date: '2025-05-01', predecessorFunded: false, giName: '东源仙湖茶' }],
    };
    const item = itemOf(await decide(app, g), 'gi-product', 'E');
    expect(item.conditions.at(-1)).toMatchObject({ id: 'Y1', source: 'guideline', passed: false, blocking: true });
    expect(item.amount).toBe('0.00');
  });
});
