import { describe, expect, it } from 'vitest';
import { PolicyError, type Issue } from '../../src/index.js';
import { applicant, decide, pledgeLoan, policies } from '../support/golden.js';

/*
 * Catalogue v2: what an application must say, and what it may list without
 * being refused. Every refusal is a typed issue naming the field; both
 * evaluators must refuse (or decide) alike.
 */

const loan = (extra: Record<string, unknown> = {}) => pledgeLoan({ interestPaid: '100000.00', ...extra });

async function refusals(application: unknown): Promise<Issue[]> {
  const [compiled, reference] = policies();
  const r = compiled.safeEvaluate(application);
  expect(r.ok).toBe(false);
  const issues = r.ok ? [] : r.errors;
  const thrown = await reference.evaluate(application).then(
    () => null,
    (e: unknown) => e,
  );
  expect(thrown).toBeInstanceOf(PolicyError);
  expect((thrown as PolicyError).issues).toEqual(issues);
  expect(compiled.validate(application)).toEqual({ ok: false, issues });
  return issues;
}

const codes = (issues: Issue[]) => issues.map((i) => [i.code, i.path.join('.')]);

describe('G8: the transition from the previous policy (河府〔2020〕35号, expired 2025-06-23)', () => {
  it('an event of 2025-06-23 without predecessorFunded is refused, naming the field and the reason', async () => {
    const issues = await refusals({ applicant: applicant('enterprise'), events: [loan({ date: '2025-06-23' })] });
    expect(codes(issues)).toEqual([['predecessor-funded-required', 'events.0.predecessorFunded']]);
    expect(issues[0]!.message.zh).toContain('河府〔2020〕35号');
    expect(issues[0]!.message.zh).toContain('2025-06-23');
    expect(issues[0]!.message.en).toContain('previous policy');
  });

  it('an event of 2025-06-24 may leave it out', async () => {
    // 0.30 × 100000.00 = 30000.00
    const d = await decide({ applicant: applicant('enterprise'), events: [loan({ date: '2025-06-24' })] });
    expect(d.items.find((i) => i.clause === 'pledge-loan-interest')!.amount).toBe('30000.00');
  });

  it('on 2025-06-23 predecessorFunded: true refuses the item on G8 alone; false pays it', async () => {
    const funded = await decide({ applicant: applicant('enterprise'), events: [loan({ date: '2025-06-23', predecessorFunded: true })] });
    const item = funded.items.find((i) => i.clause === 'pledge-loan-interest')!;
    expect({ eligible: item.eligible, amount: item.amount, blocking: item.conditions.filter((c) => c.blocking).map((c) => c.id) }).toEqual({
      eligible: false,
      amount: '0.00',
      blocking: ['G8'],
    });
    expect(item.conditions.find((c) => c.id === 'G8')!.failure!.zh).toBe('该事项已按原政策（河府〔2020〕35号）获得支持，不再重复支持');
    const clear = await decide({ applicant: applicant('enterprise'), events: [loan({ date: '2025-06-23', predecessorFunded: false })] });
    expect(clear.items.find((i) => i.clause === 'pledge-loan-interest')!.amount).toBe('30000.00');
  });

  it('on 2025-06-24 predecessorFunded: true is ignored', async () => {
    const d = await decide({ applicant: applicant('enterprise'), events: [loan({ date: '2025-06-24', predecessorFunded: true })] });
    expect(d.items.find((i) => i.clause === 'pledge-loan-interest')!.amount).toBe('30000.00');
  });
});

describe('bad input of v2, each a typed issue naming the field', () => {
  it('a history entry naming an unknown clause (a misspelt id would switch once-only off)', async () => {
    const issues = await refusals({
      applicant: applicant('enterprise'),
      events: [loan()],
      history: [
        { clause: 'pledge-loan-interest', year: 2024, subjectKey: 'E-0', amount: '1.00' },
        { clause: 'gi-mark-authorisation', year: 2024, subjectKey: '紫金春甜桔', amount: '10000.00' },
      ],
    });
    expect(codes(issues)).toEqual([['unknown-clause', 'history.1.clause']]);
    expect(issues[0]!.message.en).toContain('gi-mark-authorisation');
  });

  it('certificatesUsed above certificates', async () => {
    const issues = await refusals({
      applicant: applicant('enterprise'),
      events: [{ id: 'E-1', type: 'data-ip-registration', date: '2025-10-10', certificates: 2, certificatesUsed: 3 }],
    });
    expect(codes(issues)).toEqual([['count-above-field', 'events.0.certificatesUsed']]);
    // the field it may not exceed is named by its vocabulary label; its code stays in params
    expect(issues[0]!.message).toEqual({ zh: '3 超过同一事项的“登记证书数量”（2）', en: '3 is more than the event\'s "registration certificates" (2)' });
    expect(issues[0]!.params).toEqual({ received: '3', key: 'certificates', keyZh: '登记证书数量', keyEn: 'Registration certificates', limit: 2 });
  });

  it('a cooperative whose credit code begins "91"', async () => {
    const issues = await refusals({ applicant: { ...applicant('cooperative'), creditCode: '9144030071526726XG' }, events: [] });
    expect(codes(issues)).toEqual([['credit-code-prefix', 'applicant.creditCode']]);
    // the kind is named by its vocabulary label; its code stays in params
    const code = '"9144030071526726XG"';
    expect(issues[0]!.message).toEqual({
      zh: `${code} 与申报主体类型不符：申报主体为农民专业合作社的，统一社会信用代码应以“93”开头`,
      en: `${code} does not fit the applicant's kind: the unified social credit code of an applicant of kind "farmers' specialised cooperative" begins with "93"`,
    });
    expect(issues[0]!.params).toEqual({
      received: code,
      kind: 'cooperative',
      kindZh: '农民专业合作社',
      kindEn: "Farmers' specialised cooperative",
      prefix: '93',
    });
  });

  it('higherLevelFunding on a pledge loan', async () => {
    const issues = await refusals({ applicant: applicant('enterprise'), events: [loan({ higherLevelFunding: '100' })] });
    expect(codes(issues)).toEqual([['unknown-field', 'events.0.higherLevelFunding']]);
  });

  it('an agency-established event (clause 4.4 removed)', async () => {
    const issues = await refusals({
      applicant: applicant('service-agency'),
      events: [{ id: 'E-1', type: 'agency-established', date: '2025-08-08', patentAttorneys: 2 }],
    });
    expect(codes(issues)).toEqual([['unknown-event-type', 'events.0.type']]);
  });
});

describe('a patent-grant event is excluded, the rest of the application decided', () => {
  it('lists the grant under excludedEvents with the national rule, and pays the loan', async () => {
    const d = await decide({
      applicant: applicant('enterprise'),
      events: [{ id: 'G-1', type: 'patent-grant', date: '2025-05-01' }, loan()],
    });
    expect(d.excludedEvents).toEqual([
      {
        subject: 'G-1',
        code: 'patent-grant-not-subsidised',
        reason: {
          zh: '专利授权不予资助：按国家要求，专利授权阶段的各类资助和奖励已于 2025 年底前全部取消；本事项不予审查，申报中的其他事项照常审查',
          en: 'patent grants are not subsidised: national guidance abolished every subsidy or award at the patent-grant stage by the end of 2025; this event is left out and the rest of the application is decided',
        },
      },
    ]);
    // 0.30 × 100000.00 = 30000.00; the grant pays nothing and has no item
    expect(d.items.some((i) => i.subject === 'G-1')).toBe(false);
    expect(d.total).toBe('30000.00');
  });

  it('an issue of an event after the grant keeps its index in the input', async () => {
    const issues = await refusals({
      applicant: applicant('enterprise'),
      events: [{ id: 'G-1', type: 'patent-grant', date: '2025-05-01' }, loan({ date: '2025-02-01' })],
    });
    expect(codes(issues)).toEqual([['predecessor-funded-required', 'events.1.predecessorFunded']]);
  });

  it('an application with no grant has no excluded events', async () => {
    expect((await decide({ applicant: applicant('enterprise'), events: [loan()] })).excludedEvents).toEqual([]);
  });
});

describe('a refusal on a condition marked provenance "reference" warns reference-condition', () => {
  const transfer = {
    id: 'E-1',
    type: 'patent-transfer',
    date: '2025-07-01',
    role: 'transferee',
    deal: 'licence',
    counterpartyKind: 'university',
    counterpartyInHeyuan: false,
    relatedParty: false,
    recorded: true,
    amountPaid: '150000.00',
  };

  it('2.1 refused on its SME restriction (C1, ours, not the seed’s) says so', async () => {
    const d = await decide({ applicant: applicant('enterprise', { isSme: false }), events: [transfer] });
    const w = d.warnings.filter((x) => x.code === 'reference-condition');
    expect(w.map((x) => [x.clause, x.condition])).toEqual([['patent-transfer-acquisition', 'C1']]);
    expect(w[0]!.message.zh).toContain('参考设定');
    expect(w[0]!.message.en).toContain('not the published text');
  });

  it('G3 (two years, a reference choice) refusing every item warns once per clause', async () => {
    const d = await decide({ applicant: applicant('enterprise', { ipViolationDates: ['2025-06-01'] }), events: [transfer] });
    // the transfer is an item of 2.1 and of 2.2: each clause refused on G3 says so once
    expect(d.warnings.filter((x) => x.code === 'reference-condition').map((x) => [x.clause, x.condition])).toEqual([
      ['patent-transfer-acquisition', 'G3'],
      ['university-patent-commercialization', 'G3'],
    ]);
  });

  it('a refusal on a condition from the seed’s own words (recorded, 备案) does not', async () => {
    const d = await decide({ applicant: applicant('enterprise'), events: [{ ...transfer, recorded: false }] });
    expect(d.warnings.some((x) => x.code === 'reference-condition')).toBe(false);
  });
});
