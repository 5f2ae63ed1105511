import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, type ItemExplanation } from '../../src/index.js';
import { loadPolicy } from '../../src/index.js';
import { groupedYuan } from '../../src/locales/format/money-text.js';

const policy = loadPolicy({ year: 2026 });
const base = JSON.parse(readFileSync(new URL('../../examples/01-enterprise.json', import.meta.url), 'utf8'));

type Event = Record<string, unknown>;
function decide(change: (events: Event[], applicant: Record<string, unknown>) => void = () => {}) {
  const app = structuredClone(base);
  change(app.events, app.applicant);
  return policy.evaluateSync(app);
}

function item(items: ItemExplanation[], subject: string, clause?: string): ItemExplanation {
  const found = items.find((i) => i.subject === subject && (clause === undefined || i.clause === clause));
  if (!found) throw new Error(`no item for ${subject}`);
  return found;
}

const lines = (i: ItemExplanation, kind: string) => i.sections.find((s) => s.kind === kind)?.lines.map((l) => l.text) ?? null;

describe('a paid item', () => {
  const d = decide();
  it('English: an award paid at the policy figure, every condition passed', () => {
    const e = explain(d, { lang: 'en' });
    const award = item(e.items, 'E-1');
    expect(award.status).toBe('paid');
    expect(award.heading).toBe('[1.5] Patent awards — E-1');
    expect(award.statusText).toBe('award of 80,000.00 yuan');
    expect(lines(award, 'computation')).toEqual(['Guangdong Patent Award silver award: 80,000.00 yuan']);
    expect(lines(award, 'figures')).toEqual([
      'Guangdong Patent Award silver award figure 80,000.00 yuan: a reference figure, not the published text of the measures',
    ]);
    const conditions = award.sections.find((s) => s.kind === 'conditions')!.lines;
    // G1–G8, then 1.5's two ways to qualify (v2: an organisation as patentee, an individual as inventor): C1–C2 pass, C3–C4 are the way not taken, and the line that says which way carried it
    expect(conditions).toHaveLength(13);
    expect(conditions[7]!.text).toBe(
      'G8 the event was not supported under the previous policy (Hefu [2020] No. 35) — required: not one of the events already supported under the previous policy (there are none); event ID: E-1',
    );
    // the list named from the fact it comes from (history's predecessorFunded), in Chinese too
    const zh = item(explain(d, { lang: 'zh' }).items, 'E-1').sections.find((s) => s.kind === 'conditions')!.lines;
    expect(zh[7]!.text).toBe('G8　该事项未按原政策（河府〔2020〕35号）获得支持（事项编号：要求不属于已按原政策获得支持的事项（无此类事项）；申报E-1）');
    expect(conditions.slice(0, 10).every((l) => l.tone === 'pass')).toBe(true);
    expect(conditions[0]).toMatchObject({ id: 'G1', label: 'registered in Heyuan City', actual: 'Yuancheng District', passed: true, blocking: false });
    expect(lines(award, 'missing')).toBeNull();
    // Other clauses also pay for this application's events, so the total comes from the decision.
    expect(e.heading).toBe(`Applicant A-001 · 2026 guideline · total ${groupedYuan(d.total)} yuan`);
    expect(e.text).toContain('[1.5] Patent awards — E-1: award of 80,000.00 yuan');
    expect(e.text).toContain(
      "  ✓ G4 the event falls within this year's event period — required: from 1 January 2025 to 31 December 2025; event date: 15 July 2025",
    );
  });
  it('Chinese: the same item', () => {
    const e = explain(d, { lang: 'zh' });
    const award = item(e.items, 'E-1');
    expect(award.statusText).toBe('奖励80,000.00元');
    expect(lines(award, 'figures')).toEqual(['广东专利奖银奖标准80,000.00元：参考值，并非政策措施公布文本']);
    expect(e.heading).toBe(`申报主体A-001　2026年度　合计${groupedYuan(d.total)}元`);
    expect(e.text).toContain('第1.5条　专利奖（事项E-1）：奖励80,000.00元');
    expect(e.text).toContain(
      '✓ G1　注册地在河源市（注册地所在县（区）：要求为源城区、东源县、和平县、龙川县、紫金县、连平县、江东新区、河源高新技术产业开发区之一；申报源城区）',
    );
  });
  it('lists the materials checklist and the reference warnings', () => {
    const en = explain(d, { lang: 'en' });
    expect(lines(item(en.items, 'E-2'), 'materials')).toEqual(['notice of pledge registration', 'loan contract', 'receipts for principal and interest repaid']);
    expect(en.warnings?.lines.map((l) => l.text)).toContain(
      'article 2.6 (Interest subsidy for IP pledge loans) paid with reference figures, not the published text of the measures',
    );
    const zh = explain(d, { lang: 'zh' });
    expect(lines(item(zh.items, 'E-2'), 'materials')).toEqual(['质押登记通知书', '借款合同', '还本付息凭证']);
    expect(zh.text).toContain('  ☐ 借款合同');
    expect(zh.text).toContain('! 第2.6条（知识产权质押融资贴息）的金额采用参考值，并非政策措施公布文本');
    expect(zh.footer).toBe(`规则哈希：${d.rulesHash}`);
  });
});

describe('a capped item: 30% of 300000 interest is 90000, over the 2026 clause cap of 80000', () => {
  const d = decide((events) => {
    events[1]!.interestPaid = '300000';
  });
  it('English', () => {
    const loan = item(explain(d, { lang: 'en' }).items, 'E-2');
    expect(loan.status).toBe('reduced');
    expect(loan.statusText).toBe('subsidy of 80,000.00 yuan (computed 90,000.00 yuan)');
    expect(lines(loan, 'computation')).toEqual(['30% × interest paid 300,000.00 yuan = 90,000.00 yuan']);
    expect(lines(loan, 'adjustments')).toEqual([
      '90,000.00 yuan → 80,000.00 yuan: clause cap of 80,000.00 a year per applicant (the 2026 guideline lowered it from 100,000)',
    ]);
    expect(lines(loan, 'figures')).toEqual([
      'rate 30%: a reference figure, not the published text of the measures',
      'clause cap 80,000.00 yuan: the 2026 guideline lowered the clause cap from 100,000.00 yuan to 80,000.00 yuan',
    ]);
  });
  it('Chinese', () => {
    const loan = item(explain(d, { lang: 'zh' }).items, 'E-2');
    expect(loan.statusText).toBe('核定资助80,000.00元（测算90,000.00元）');
    expect(lines(loan, 'computation')).toEqual(['利息支出300,000.00元 × 30% = 90,000.00元']);
    expect(lines(loan, 'adjustments')).toEqual(['90,000.00元 → 80,000.00元：本条款每个主体每年最高80,000.00元（2026年度申报指南由100,000元调低）']);
    expect(lines(loan, 'figures')).toContain('本条款年度上限80,000.00元：2026年度申报指南将本条款年度上限由100,000.00元调低至80,000.00元');
  });
  it('at exactly the cap nothing is cut and the figure still names the guideline', () => {
    const atCap = decide((events) => {
      events[1]!.interestPaid = '266666.67';
    });
    const loan = item(explain(atCap, { lang: 'en' }).items, 'E-2');
    expect(loan.status).toBe('paid');
    expect(loan.amount).toBe('80000.00');
    expect(lines(loan, 'adjustments')).toBeNull();
  });
});

describe('a take-the-higher loser: two awards for the same patent', () => {
  const d = decide((events) => {
    events.push({
      id: 'E-3',
      type: 'award',
      role: 'patentee',
      date: '2025-09-01',
      scheme: 'china-patent-award',
      level: 'excellent',
      patentNumber: 'ZL202110000001.X',
    });
  });
  it('English: the Guangdong silver award (80000) loses to the China excellent award (100000)', () => {
    const e = explain(d, { lang: 'en' });
    const loser = item(e.items, 'E-1');
    expect(loser.status).toBe('not-paid');
    expect(loser.statusText).toBe('eligible, not paid');
    const reason = 'Awards for the same patent: the higher, not both: Patent awards (E-3) pays 100,000.00, the higher; the two are not stacked';
    expect(lines(loser, 'adjustments')).toEqual([`80,000.00 yuan → 0.00 yuan: ${reason}`]);
    expect(lines(loser, 'not-paid')).toEqual([reason]);
    expect(item(e.items, 'E-3').status).toBe('paid');
    expect(e.summary).toMatch(/^\d+ paid in full, \d+ reduced, 1 eligible but not paid, \d+ not eligible$/);
  });
  it('Chinese', () => {
    const e = explain(d, { lang: 'zh' });
    const loser = item(e.items, 'E-1');
    expect(loser.statusText).toBe('符合条件，不予支持');
    expect(lines(loser, 'not-paid')).toEqual(['同一专利获奖就高不重复：专利奖（E-3）可获100,000.00元，按就高原则不重复']);
    expect(e.summary).toMatch(/^全额支持\d+项，核减\d+项，符合条件但不予支持1项，不符合条件\d+项$/);
  });
});

describe('an ineligible item states its findings as facts', () => {
  it('English: an unregistered pledge', () => {
    const d = decide((events) => {
      events[1]!.pledgeRegistered = false;
    });
    const loan = item(explain(d, { lang: 'en' }).items, 'E-2');
    expect(loan.status).toBe('ineligible');
    expect(loan.statusText).toBe('not eligible');
    expect(lines(loan, 'missing')).toEqual(['the pledge is not registered with CNIPA', 'not supported']);
    const c1 = loan.sections[0]!.lines.find((l) => l.text.startsWith('C1'));
    expect(c1).toMatchObject({ tone: 'fail', passed: false, blocking: true, expected: 'yes', actual: 'no' });
    expect(c1!.text).toBe('C1 the pledge is registered with CNIPA — required: yes; pledge registered: no');
    expect(lines(loan, 'figures')).toBeNull();
  });
  it('Chinese: an unregistered pledge', () => {
    const d = decide((events) => {
      events[1]!.pledgeRegistered = false;
    });
    const loan = item(explain(d, { lang: 'zh' }).items, 'E-2');
    expect(lines(loan, 'missing')).toEqual(['质押未办理登记', '不予支持']);
  });
  it('an event dated the day before the event period, in both languages', () => {
    const d = decide((events) => {
      events[0]!.date = '2024-12-31';
      events[0]!.predecessorFunded = false;
    });
    expect(lines(item(explain(d, { lang: 'en' }).items, 'E-1'), 'missing')).toEqual([
      "event date 31 December 2024, before this year's event period 1 January 2025 to 31 December 2025",
      'not supported',
    ]);
    expect(lines(item(explain(d, { lang: 'zh' }).items, 'E-1'), 'missing')).toEqual([
      '事项发生日期2024年12月31日，早于本年度事项期间2025年1月1日至2025年12月31日',
      '不予支持',
    ]);
  });
  it('an event dated the day after the event period', () => {
    const d = decide((events) => {
      events[0]!.date = '2026-01-01';
    });
    expect(lines(item(explain(d, { lang: 'en' }).items, 'E-1'), 'missing')![0]).toBe(
      "event date 1 January 2026, after this year's event period 1 January 2025 to 31 December 2025",
    );
  });
  it('applicant-level refusals are stated once; the item keeps its own finding: outside Heyuan, a recent violation, loan not repaid', () => {
    const d = decide((events, applicant) => {
      applicant.county = 'other';
      applicant.ipViolationDates = ['2023-05-01', '2025-05-01'];
      events[1]!.repaidOnSchedule = false;
    });
    const en = explain(d, { lang: 'en' });
    expect(en.refusal?.lines.map((l) => l.text)).toEqual([
      'not registered in Heyuan City (county or district of registration: Outside Heyuan City); dates of IP violations 1 May 2025, within 1 March 2024 to 28 February 2026: no item of this application is supported',
    ]);
    expect(lines(item(en.items, 'E-2', 'pledge-loan-interest'), 'missing')).toEqual([
      'the applicant fails a general condition (see above)',
      'not repaid on schedule',
      'not supported',
    ]);
    const zh = explain(d, { lang: 'zh' });
    expect(zh.refusal?.lines[0]!.text).toBe(
      '注册地不在河源市（申报注册地所在县（区）为河源市以外地区）；知识产权违法违规行为日期2025年5月1日，在2024年3月1日至2026年2月28日期间内，本次申报各事项均不予支持',
    );
    expect(zh.text.split('注册地不在河源市').length - 1).toBe(1);
  });
  it('an applicant of the wrong kind: the kinds the clause supports, a single one named plainly', () => {
    // 1.3 ip-strong-enterprise supports enterprises only
    const d = decide((events, applicant) => {
      applicant.kind = 'university';
      delete applicant.isSme;
      events.push({ id: 'E-3', type: 'ip-enterprise-designation', date: '2025-09-01', programme: 'city-demonstration', stage: 'new' });
    });
    const en = item(explain(d, { lang: 'en' }).items, 'E-3', 'ip-strong-enterprise');
    expect(lines(en, 'missing')).toEqual(['applicant kind is university, not one of enterprise', 'not supported']);
    const zh = item(explain(d, { lang: 'zh' }).items, 'E-3', 'ip-strong-enterprise');
    expect(lines(zh, 'missing')).toEqual(['申报主体类型为高等学校，不属于企业', '不予支持']);
  });
  it('a suspended clause names the guideline and its reason', () => {
    const d = decide((events) => {
      events.push({ id: 'E-9', type: 'ip-securitization', date: '2025-06-01', predecessorFunded: false, settled: true, financingCost: '1000' });
    });
    const sec = item(explain(d, { lang: 'en' }).items, 'E-9');
    expect(lines(sec, 'missing')).toEqual([
      'the 2026 guideline suspends this clause (IP securitisation support is not open for applications in 2026)',
      'not supported',
    ]);
  });
});

describe('explain', () => {
  it('refuses an unknown language', () => {
    expect(() => explain(decide(), { lang: 'fr' as 'en' })).toThrow(/lang must be "zh" or "en"/);
  });
  it('gives every ineligible item its own findings, the applicant-level refusal once, and a conclusion', () => {
    const d = decide((events, applicant) => {
      applicant.seriousDishonesty = true;
      events[0]!.date = '2026-02-01';
    });
    const e = explain(d, { lang: 'en' });
    d.items.forEach((it, i) => {
      const missing = lines(e.items[i]!, 'missing');
      if (it.eligible) expect(missing).toBeNull();
      // G2 is said once in the refusal; each item points to it, then its own findings, then the conclusion
      else expect(missing).toHaveLength(it.conditions.filter((c) => c.blocking && c.id !== 'G2').length + 2);
    });
    expect(d.items.every((it) => !it.eligible)).toBe(true);
  });
});
