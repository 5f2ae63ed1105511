import { describe, expect, it } from 'vitest';
import { registerExplain } from '../../src/cli/explain.js';
import { type DescribeLang, describeClause } from '../../src/index.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { validateRules } from '../../src/api/rules.js';
import { bundledRules } from '../../src/heyuan/rules.generated.js';
import type { GuidelineInput } from '../../src/schema/guideline.js';
import { runCommand } from '../lint/cli-harness.js';

const rules = validateRules(bundledRules);
if (!rules.ok) throw new Error('bundled rules do not load');
const policyFile = rules.value.policy;
const y2026 = loadPolicy({ year: 2026 });

function text(clauseId: string, lang: DescribeLang, policy = y2026): string[] {
  const r = describeClause({ policy: policyFile, guideline: policy.guideline, clauses: policy.clauses }, clauseId, lang);
  if (!r.ok) throw new Error(r.issues[0]!.message.en);
  return r.value;
}

/** The 2026 guideline without its patches: every figure is the policy's own. */
const unpatched: GuidelineInput = { ...(rules.value.guidelines.get(2026)!.raw as GuidelineInput), patches: [] };

describe('pledge-loan-interest under the 2026 guideline', () => {
  it('in English: rate, the lowered clause cap with both figures, exclusive stacking, materials', () => {
    const lines = text('pledge-loan-interest', 'en');
    expect(lines[0]).toBe('2.6 Interest subsidy for IP pledge loans (pledge-loan-interest)');
    // kinds, the event type and the field by their vocabulary labels, not their codes
    expect(lines).toContain('Who may apply: Enterprise, University, Research institute and Public institution');
    expect(lines).toContain('Pays: one item for each "IP pledge financing" event');
    expect(lines).toContain('  30% of "Interest paid" (never below zero)');
    expect(lines).toContain('  clause cap: at most 80000 yuan a year per applicant from this clause');
    expect(lines).toContain('  the 2026 guideline lowered the clause cap from 100000 to 80000');
    expect(lines).toContain('  higher-level support for the same item: nothing is paid when it is above zero (exclusive)');
    const materials = y2026.guideline.patches.find((p) => p.clause === 'pledge-loan-interest')?.materials ?? [];
    expect(materials.length).toBeGreaterThan(0);
    for (const m of materials) expect(lines).toContain(`  - ${m.en}`);
    expect(lines).toContain('  the 2026 guideline caps what one applicant gets in the year at 600000 yuan (all clauses)');
  });

  it('in Chinese: the same figures', () => {
    const lines = text('pledge-loan-interest', 'zh');
    expect(lines[0]).toBe('第 2.6 条 知识产权质押融资贴息（pledge-loan-interest）');
    expect(lines).toContain('申报主体：企业、高等学校、科研院所、事业单位');
    expect(lines).toContain('资助对象：每个“知识产权质押融资”事项一项');
    expect(lines).toContain('  按“利息支出”的 30%（不低于零）');
    expect(lines).toContain('  2026 年度申报指南将条款年度上限由 100000 下调为 80000');
    expect(lines.some((l) => l.startsWith('  - '))).toBe(true);
  });

  it('lists every condition by its label, general ones first, numbered as a decision numbers them', () => {
    const lines = text('pledge-loan-interest', 'en');
    const numbered = lines.filter((l) => /^ {2}[GC]\d+ /.test(l)).map((l) => l.trim().split(' ')[0]);
    expect(numbered).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'C1', 'C2', 'C3', 'C4']);
    expect(lines).toContain('  G1 registered in Heyuan City');
    expect(lines).toContain('  C1 the pledge is registered with CNIPA');
    expect(lines).toContain('  C3 interest actually paid is above zero');
  });

  it('without the patch, shows the policy cap and no lowering', () => {
    const lines = text('pledge-loan-interest', 'en', loadPolicy({ guideline: unpatched }));
    expect(lines).toContain('  clause cap: at most 100000 yuan a year per applicant from this clause');
    expect(lines.some((l) => l.includes('lowered'))).toBe(false);
    expect(lines).toContain('  (the guideline lists none for this clause)');
  });
});

describe('ip-securitization under the 2026 guideline', () => {
  it('says it is suspended, with the guideline’s reason, in both languages', () => {
    const reason = y2026.guideline.patches.find((p) => p.clause === 'ip-securitization')?.suspend;
    expect(reason).toBeDefined();
    expect(text('ip-securitization', 'en')[2]).toBe(`SUSPENDED under the 2026 guideline: ${reason!.en}`);
    expect(text('ip-securitization', 'zh')[2]).toBe(`2026 年度暂停受理：${reason!.zh}`);
  });

  it('is not suspended when the guideline does not say so', () => {
    expect(text('ip-securitization', 'en', loadPolicy({ guideline: unpatched })).some((l) => l.includes('SUSPENDED'))).toBe(false);
  });
});

describe('patent-award', () => {
  it('lists its table, one line per scheme and level, by their labels', () => {
    const lines = text('patent-award', 'en');
    expect(lines).toContain('  by "Award" and "Award grade":');
    const rows = lines.filter((l) => l.startsWith('    ') && l.includes('→'));
    expect(rows).toHaveLength(9);
    expect(rows).toContain('    China Patent Award · Gold award → 300000 yuan');
    expect(rows).toContain('    Guangdong Patent Award · Silver award → 80000 yuan');
    expect(rows).toContain('    Guangdong Patent Award · Excellence award → 50000 yuan');
    expect(lines).toContain('  take the higher, not both: Awards for the same patent: the higher, not both');
  });

  it('in Chinese', () => {
    const lines = text('patent-award', 'zh');
    expect(lines).toContain('  按“奖项名称”、“获奖等次”分档：');
    expect(lines).toContain('    中国外观设计奖 · 银奖 → 200000 元');
    expect(lines.join('\n')).not.toMatch(/china-|award:|scheme|level/);
    expect(lines).toContain('      C4 个人以发明人或设计人身份获奖');
  });

  it('shows a lowered rate as percentages', () => {
    const g: GuidelineInput = { ...unpatched, patches: [{ clause: 'pledge-loan-interest', lower: { rate: '0.25' } }] };
    const lines = text('pledge-loan-interest', 'en', loadPolicy({ guideline: g }));
    expect(lines).toContain('  25% of "Interest paid" (never below zero)');
    expect(lines).toContain('  the 2026 guideline lowered the rate from 30% to 25%');
  });

  it('shows a lowered table entry with both figures', () => {
    const g: GuidelineInput = { ...unpatched, patches: [{ clause: 'patent-award', lower: { table: { 'china-patent-award:gold': '250000' } } }] };
    const lines = text('patent-award', 'en', loadPolicy({ guideline: g }));
    expect(lines).toContain('    China Patent Award · Gold award → 250000 yuan');
    expect(lines).toContain('  the 2026 guideline lowered the table entry China Patent Award · Gold award from 300000 to 250000');
  });
});

describe('other shapes', () => {
  it('a table row that is not eligible reads so', () => {
    const rows = text('ip-strong-enterprise', 'en').filter((l) => l.includes('→ not eligible'));
    expect(rows.length).toBeGreaterThan(0);
    expect(text('ip-strong-enterprise', 'zh').some((l) => l.includes('→ 不予资助'))).toBe(true);
  });

  it('alternatives read as groups, so "any of (all of …)" is not flattened', () => {
    const lines = text('ip-management-certification', 'en');
    const i = lines.indexOf('  at least one of:');
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toBe('    all of:');
  });

  it('a condition the guideline adds is numbered Y1 and says where it comes from', () => {
    const g: GuidelineInput = {
      ...unpatched,
      patches: [
        {
          clause: 'gi-product',
          addConditions: [
            { fact: 'applicant', path: '$.seriousDishonesty', operator: 'equal', value: false, label: { zh: '信用良好', en: 'in good standing' } },
          ],
        },
      ],
    };
    expect(text('gi-product', 'en', loadPolicy({ guideline: g }))).toContain('  Y1 in good standing (added by the 2026 guideline)');
    expect(text('gi-product', 'zh', loadPolicy({ guideline: g }))).toContain('  Y1 信用良好（2026 年度申报指南增加）');
  });

  it('reference figures are flagged', () => {
    expect(text('gi-product', 'en')).toContain('  reference figures: not the published text of the measures; every decision that uses them says so');
    expect(text('gi-product', 'en')).toContain('  the 2026 guideline is a reference draft, not the published guideline');
  });

  it('an unknown clause id is an unknown-clause issue', () => {
    const r = describeClause({ policy: policyFile, guideline: y2026.guideline, clauses: y2026.clauses }, 'pledge-loan', 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('unknown-clause');
  });
});

describe('heyuan-ip explain', () => {
  const explain = (args: string[]) => runCommand(registerExplain, ['explain', ...args]);

  it('defaults to the latest bundled guideline year and to Chinese', async () => {
    const latest = Math.max(...rules.value.guidelines.keys());
    const r = await explain(['pledge-loan-interest']);
    expect(r.code).toBe(0);
    expect(r.stdout[1]).toContain(`按 ${latest} 年度申报指南`);
  });

  it('--year and --lang en', async () => {
    const r = await explain(['pledge-loan-interest', '--year', '2026', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  the 2026 guideline lowered the clause cap from 100000 to 80000');
  });

  it('an unknown clause id exits 1 and lists the valid ids', async () => {
    const r = await explain(['pledge-loan', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toContain('unknown clause id "pledge-loan"');
    expect(r.stderr).toMatch(/valid clause ids: .*pledge-loan-interest/);
  });

  it('a year without a guideline is a usage error', async () => {
    const r = await explain(['pledge-loan-interest', '--year', '2027']);
    expect(r.code).toBe(2);
  });
});

describe('codes stay out of the Chinese description', () => {
  // A reviewer reads labels: the kinds, the event type, the amount's fields and table keys are the
  // vocabulary's, never the codes a rule file uses (the heading keeps the clause id, on purpose).
  it('no clause shows a kind, event type, field or value by its code', () => {
    for (const yc of y2026.clauses) {
      const { clause } = yc;
      const a = clause.amount as { path?: string | string[]; of?: string[]; count?: string; table?: Record<string, unknown> };
      const paths = [a.path ?? [], a.of ?? [], a.count ?? []].flat().map((p) => p.replace(/^\$\./, ''));
      const values = Object.keys(a.table ?? {}).flatMap((k) => k.split(':'));
      const codes = [...clause.applicants, ...(clause.subject === 'applicant' ? [] : [clause.subject]), ...paths, ...values];
      const body = text(clause.id, 'zh').slice(1).join('\n');
      for (const code of codes) expect(body, `${clause.id}: ${code}`).not.toContain(code);
    }
  });

  it("a cooperative, added with catalogue v2, is named by the vocabulary's label", () => {
    expect(text('gi-mark-authorization', 'zh')).toContain('申报主体：企业、农民专业合作社');
    expect(text('gi-mark-authorization', 'en')).toContain("Who may apply: Enterprise and Farmers' specialised cooperative");
  });
});
