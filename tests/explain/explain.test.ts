import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, type ItemExplanation } from '../../src/report/explain.js';
import { loadPolicy } from '../../src/index.js';

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
    expect(award.statusText).toBe('paid 80000.00 yuan');
    expect(lines(award, 'computation')).toEqual(['guangdong-patent-award:silver → 80000.00']);
    expect(lines(award, 'figures')).toEqual(['table entry guangdong-patent-award:silver 80000: a reference figure, not the published text of the measures']);
    const conditions = award.sections.find((s) => s.kind === 'conditions')!.lines;
    // G1–G8, then 1.5's two ways to qualify (v2: an organisation as patentee, an individual as inventor): C1–C2 pass, C3–C4 are the way not taken
    expect(conditions).toHaveLength(12);
    expect(conditions.slice(0, 10).every((l) => l.tone === 'pass')).toBe(true);
    expect(conditions[0]).toMatchObject({ id: 'G1', label: 'registered in Heyuan City', actual: 'yuancheng', passed: true, blocking: false });
    expect(lines(award, 'missing')).toBeNull();
    // Other clauses also pay for this application's events, so the total comes from the decision.
    expect(e.heading).toBe(`Applicant A-001 · 2026 guideline · total ${d.total} yuan`);
    expect(e.text).toContain('[1.5] Patent awards — E-1: paid 80000.00 yuan');
    expect(e.text).toContain('  ✓ G4 the event falls within this year\'s event period — required within 2025-01-01 – 2025-12-31; found date = 2025-07-15');
  });
  it('Chinese: the same item', () => {
    const e = explain(d, { lang: 'zh' });
    const award = item(e.items, 'E-1');
    expect(award.statusText).toBe('支持 80000.00 元');
    expect(lines(award, 'figures')).toEqual(['标准表 guangdong-patent-award:silver 80000：参考值，并非政策措施公布文本']);
    expect(e.heading).toBe(`申报主体 A-001 · 2026 年度申报指南 · 合计 ${d.total} 元`);
    expect(e.text).toContain('【第 1.5 条】专利奖 — E-1：支持 80000.00 元');
    expect(e.text).toContain('✓ G1 注册地在河源市 — 要求：以下之一：yuancheng、dongyuan、heping、longchuan、zijin、lianping、jiangdong、hitech；实际：county = yuancheng');
  });
  it('lists the materials checklist and the reference warnings', () => {
    const en = explain(d, { lang: 'en' });
    expect(lines(item(en.items, 'E-2'), 'materials')).toEqual(['notice of pledge registration', 'loan contract', 'receipts for principal and interest repaid']);
    expect(en.warnings?.lines.map((l) => l.text)).toContain('article 2.6 (Interest subsidy for IP pledge loans) paid with reference figures, not the published text of the measures');
    const zh = explain(d, { lang: 'zh' });
    expect(lines(item(zh.items, 'E-2'), 'materials')).toEqual(['质押登记通知书', '借款合同', '还本付息凭证']);
    expect(zh.text).toContain('  ☐ 借款合同');
    expect(zh.text).toContain('! 第 2.6 条（知识产权质押融资贴息）的金额采用参考值，并非政策措施公布文本');
    expect(zh.footer).toBe(`规则哈希 ${d.rulesHash}`);
  });
});

describe('a capped item: 30% of 300000 interest is 90000, over the 2026 clause cap of 80000', () => {
  const d = decide((events) => {
    events[1]!.interestPaid = '300000';
  });
  it('English', () => {
    const loan = item(explain(d, { lang: 'en' }).items, 'E-2');
    expect(loan.status).toBe('reduced');
    expect(loan.statusText).toBe('paid 80000.00 of 90000.00 yuan');
    expect(lines(loan, 'computation')).toEqual(['0.30 × 300000.00 = 90000.00']);
    expect(lines(loan, 'adjustments')).toEqual([
      '90000.00 → 80000.00: clause cap of 80000.00 a year per applicant (the 2026 guideline lowered it from 100000)',
    ]);
    expect(lines(loan, 'figures')).toEqual([
      "rate 0.30: a reference figure, not the published text of the measures",
      'clause cap 80000: the 2026 guideline lowered the clause cap from 100000 to 80000',
    ]);
  });
  it('Chinese', () => {
    const loan = item(explain(d, { lang: 'zh' }).items, 'E-2');
    expect(loan.statusText).toBe('核定 80000.00 元（测算 90000.00 元）');
    expect(lines(loan, 'adjustments')).toEqual(['90000.00 → 80000.00：本条款每个主体每年最高 80000.00 元（2026 年度申报指南由 100000 元调低）']);
    expect(lines(loan, 'figures')).toContain('本条款年度上限 80000：2026 年度申报指南将本条款年度上限由 100000 调低至 80000');
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
    events.push({ id: 'E-3', type: 'award', role: 'patentee', date: '2025-09-01', scheme: 'china-patent-award', level: 'excellent', patentNumber: 'ZL202110000001.X' });
  });
  it('English: the Guangdong silver award (80000) loses to the China excellent award (100000)', () => {
    const e = explain(d, { lang: 'en' });
    const loser = item(e.items, 'E-1');
    expect(loser.status).toBe('not-paid');
    expect(loser.statusText).toBe('eligible, not paid');
    const reason = 'Awards for the same patent: the higher, not both: Patent awards (E-3) pays 100000.00, the higher; the two are not stacked';
    expect(lines(loser, 'adjustments')).toEqual([`80000.00 → 0.00: ${reason}`]);
    expect(lines(loser, 'not-paid')).toEqual([reason]);
    expect(item(e.items, 'E-3').status).toBe('paid');
    expect(e.summary).toMatch(/^\d+ paid, \d+ reduced, 1 eligible but not paid, \d+ not eligible$/);
  });
  it('Chinese', () => {
    const e = explain(d, { lang: 'zh' });
    const loser = item(e.items, 'E-1');
    expect(loser.statusText).toBe('符合条件，不予支持');
    expect(lines(loser, 'not-paid')).toEqual(['同一专利获奖就高不重复：专利奖（E-3）可获 100000.00 元，按就高原则不重复']);
    expect(e.summary).toMatch(/^全额支持 \d+ 项，核减 \d+ 项，符合条件但不予支持 1 项，不符合条件 \d+ 项$/);
  });
});

describe('an ineligible item says what would have to change', () => {
  it('English: an unregistered pledge', () => {
    const d = decide((events) => {
      events[1]!.pledgeRegistered = false;
    });
    const loan = item(explain(d, { lang: 'en' }).items, 'E-2');
    expect(loan.status).toBe('ineligible');
    expect(loan.statusText).toBe('not eligible');
    expect(lines(loan, 'missing')).toEqual(['the pledge must be registered with CNIPA']);
    const c1 = loan.sections[0]!.lines.find((l) => l.text.startsWith('C1'));
    expect(c1).toMatchObject({ tone: 'fail', passed: false, blocking: true, expected: 'pledgeRegistered = yes', actual: 'no' });
    expect(c1!.text).toBe('C1 the pledge is registered with CNIPA — required pledgeRegistered = yes; found pledgeRegistered = no');
    expect(lines(loan, 'figures')).toBeNull();
  });
  it('Chinese: an unregistered pledge', () => {
    const d = decide((events) => {
      events[1]!.pledgeRegistered = false;
    });
    const loan = item(explain(d, { lang: 'zh' }).items, 'E-2');
    expect(lines(loan, 'missing')).toEqual(['须满足：质押已在国家知识产权局办理登记']);
  });
  it('an event dated the day before the event period, in both languages', () => {
    const d = decide((events) => {
      events[0]!.date = '2024-12-31';
      events[0]!.predecessorFunded = false;
    });
    expect(lines(item(explain(d, { lang: 'en' }).items, 'E-1'), 'missing')).toEqual([
      "required: the event falls within this year's event period (dated 2024-12-31, before the event period 2025-01-01 – 2025-12-31)",
    ]);
    expect(lines(item(explain(d, { lang: 'zh' }).items, 'E-1'), 'missing')).toEqual([
      '须满足：事项发生在本年度申报范围内（日期为 2024-12-31，早于本年度事项期间 2025-01-01 至 2025-12-31）',
    ]);
  });
  it('an event dated the day after the event period', () => {
    const d = decide((events) => {
      events[0]!.date = '2026-01-01';
    });
    expect(lines(item(explain(d, { lang: 'en' }).items, 'E-1'), 'missing')![0]).toContain('dated 2026-01-01, after the event period 2025-01-01 – 2025-12-31');
  });
  it('several blocking conditions give one line each: outside Heyuan, a recent violation, loan not repaid', () => {
    const d = decide((events, applicant) => {
      applicant.county = 'other';
      applicant.ipViolationDates = ['2023-05-01', '2025-05-01'];
      events[1]!.repaidOnSchedule = false;
    });
    const loan = item(explain(d, { lang: 'en' }).items, 'E-2');
    expect(lines(loan, 'missing')).toEqual([
      'required: registered in Heyuan City (must be one of yuancheng, dongyuan, heping, longchuan, zijin, lianping, jiangdong, hitech; it is other)',
      'required: no IP violation in the two years before the application window opens (2025-05-01 within 2024-03-01 – 2026-02-28)',
      'required: repaid on schedule',
    ]);
    const zh = item(explain(d, { lang: 'zh' }).items, 'E-2');
    expect(lines(zh, 'missing')![1]).toBe('须满足：申报窗口开启前两年内无知识产权违法违规行为（2025-05-01 在 2024-03-01 至 2026-02-28 期间内）');
  });
  it('an applicant of the wrong kind: the kinds the clause supports, a single one named plainly', () => {
    // 1.3 ip-strong-enterprise supports enterprises only
    const d = decide((events, applicant) => {
      applicant.kind = 'university';
      delete applicant.isSme;
      events.push({ id: 'E-3', type: 'ip-enterprise-designation', date: '2025-09-01', programme: 'city-demonstration', stage: 'new' });
    });
    const en = item(explain(d, { lang: 'en' }).items, 'E-3', 'ip-strong-enterprise');
    expect(lines(en, 'missing')).toEqual(['the applicant must be of a kind this clause supports (must be enterprise; it is university)']);
    const zh = item(explain(d, { lang: 'zh' }).items, 'E-3', 'ip-strong-enterprise');
    expect(lines(zh, 'missing')).toEqual(['须满足：申报主体类型符合本条款（须为 enterprise；申报为 university）']);
  });
  it('a suspended clause names the guideline and its reason', () => {
    const d = decide((events) => {
      events.push({ id: 'E-9', type: 'ip-securitization', date: '2025-06-01', predecessorFunded: false, settled: true, financingCost: '1000' });
    });
    const sec = item(explain(d, { lang: 'en' }).items, 'E-9');
    expect(lines(sec, 'missing')).toEqual([
      'the 2026 guideline suspends this clause (IP securitisation support is not open for applications in 2026); it can be claimed in a year that does not',
    ]);
  });
});

describe('explain', () => {
  it('refuses an unknown language', () => {
    expect(() => explain(decide(), { lang: 'fr' as 'en' })).toThrow(/lang must be "zh" or "en"/);
  });
  it('gives every ineligible item at least one missing line, one per blocking condition', () => {
    const d = decide((events, applicant) => {
      applicant.seriousDishonesty = true;
      events[0]!.date = '2026-02-01';
    });
    const e = explain(d, { lang: 'en' });
    d.items.forEach((it, i) => {
      const missing = lines(e.items[i]!, 'missing');
      if (it.eligible) expect(missing).toBeNull();
      else expect(missing).toHaveLength(it.conditions.filter((c) => c.blocking).length);
    });
    expect(d.items.every((it) => !it.eligible)).toBe(true);
  });
});
