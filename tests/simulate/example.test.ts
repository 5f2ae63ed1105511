import { describe, expect, it } from 'vitest';
import { shiftApplication } from '../../src/engine/simulate.js';
import { bundledVocabulary, type GuidelineInput, loadPolicy, parseApplication, renderSimulationHtml, simulate } from '../../src/index.js';
import { Money } from '../../src/core/money.js';
import { exampleApplications, readJsonFile } from './fixtures.js';

/*
 * The 59 example applicants (events in 2025, for the 2026 guideline) against
 * the 2027 test draft, with every date moved one year so the draft's event
 * period (2026) sees them. Each side is checked against evaluateBatch, and the
 * report in each language against its own reconciliation.
 *
 * The totals, checked against catalogue v2 clause by clause:
 * base (2026) 4783950.15 = the 56 applicants' former 4857800.00 with v2 applied
 *   − 8000 (HY-012, 3.4 pays 8000 × certificatesUsed 2, not × certificates 3)
 *   + 12150.15 (HY-017, 2.6: 30% × 40500.50; 2.7 barred by higherLevelFeeSubsidy only)
 *   − 16000 (HY-030, 3.4: certificatesUsed 0) − 100000 (HY-031, 1.6: competition "other")
 *   − 42000 (HY-032, 4.4 removed −50000, 3.3 mediation 2000 × 4 = +8000)
 *   + 30000 (HY-034, 4.3 provincial outlet, service agencies now eligible)
 *   − 100000 (HY-037, same-gi: 2.11's 200000 taken over 2.12's 100000)
 *   + 30000 + 100000 + 20000 (new HY-057 10000 + 20000, HY-058 2.15 national 200000 − 100000 before, HY-059 2.14 20000;
 *     HY-059's insurance is dated before 2025-06-24 and was funded by the old policy: G8, 0).
 * draft (2027, dates +1 year) 4329125.13 = 4783950.15
 *   − 15825.02 (2.6 at 25%, cap 60000: HY-017 25% × 40500.50 = 10125.13, 2025.02 less; the others 13800.00 less)
 *   + 9000 (2.8: HY-059's insurance moves to 2026-05-10, after the old policy expired, so G8 no longer bars it: 50% × 18000)
 *   + 210000 (2.9 reopens) − 600000 (2.11 suspended) + 100000 (HY-037: with 2.11 closed, same-gi pays 2.12's 100000)
 *   + 2000 (3.4 unit 8000 → 9000, HY-012 × 2) − 160000 (services: 860000 asked of 700000).
 */

const draft = readJsonFile<GuidelineInput>('tests/fixtures/guidelines/2027.json');
const apps = exampleApplications();
const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new Money(0)).toFixed(2);

describe('the 59 example applicants under the 2027 test draft (dates moved one year)', async () => {
  const sim = await simulate(apps, 2026, draft, { shiftEventYears: true });

  it('decides all 59 on both sides, the draft year as the decision year', () => {
    expect(sim.counts.applicants).toBe(59);
    expect(sim.rejected).toEqual([]);
    expect([sim.year, sim.base.year, sim.draft.year, sim.shiftYears]).toEqual([2027, 2026, 2027, 1]);
  });

  it('reconciles to the fen on each side: Σ parts paid = Σ applicant totals = Σ clause money', () => {
    for (const key of ['base', 'draft'] as const) {
      const parts = sum(sim.parts.map((p) => p[key].paid));
      expect(sum(sim.applicants.map((a) => a[key]))).toBe(parts);
      expect(sum(sim.clauses.map((c) => c[key].money))).toBe(parts);
      expect(sim.totals[key].paid).toBe(parts);
    }
    expect(sum(sim.applicants.map((a) => a.change))).toBe(sim.totals.change);
    expect(sim.counts.gain + sim.counts.lose + sim.counts.unchanged).toBe(59);
  });

  it('equals evaluateBatch on each side: 2026 on the applications as written, the draft on them moved a year', async () => {
    const base = await loadPolicy({ year: 2026 }).evaluateBatch(apps);
    const drafted = await loadPolicy({ guideline: draft }).evaluateBatch(
      apps.map((a) => {
        const parsed = parseApplication(a);
        if (!parsed.ok) throw new Error(parsed.issues[0]!.message.en);
        return shiftApplication(parsed.value, 1, bundledVocabulary);
      }),
    );
    expect([sim.totals.base.paid, sim.totals.draft.paid]).toEqual([base.budget.paid, drafted.budget.paid]);
    expect([sim.totals.base.paid, sim.totals.draft.paid, sim.totals.change]).toEqual(['4783950.15', '4329125.13', '-454825.02']);
    const byId = new Map(sim.applicants.map((a) => [a.applicantId, a]));
    for (const d of base.decisions) expect(byId.get(d.applicantId)!.base).toBe(d.total);
    for (const d of drafted.decisions) expect(byId.get(d.applicantId)!.draft).toBe(d.total);
    // The draft's services budget (700000) is below what the part asks (860000): proration starts there,
    // 700000 / 860000 = 0.8139534…, six decimals rounded down.
    const services = sim.parts.find((p) => p.part === 'services')!;
    expect(services.draft).toEqual({ part: 'services', budget: '700000.00', requested: '860000.00', paid: '700000.00', ratio: '0.813953' });
  });

  it('lists applicants by change, the largest loss first, ties in input order', () => {
    const fen = sim.applicants.map((a) => BigInt(a.change.replace('.', '')));
    for (let i = 1; i < fen.length; i++) {
      expect(fen[i - 1]! <= fen[i]!).toBe(true);
      if (fen[i - 1] === fen[i]) expect(sim.applicants[i - 1]!.index).toBeLessThan(sim.applicants[i]!.index);
    }
  });

  /** The amounts a report states for one side: the reconciliation row and the chart's paid bars. */
  function reportFigures(html: string, side: 'base' | 'draft') {
    const row = new RegExp(`<tr data-side="${side}" data-reconciled="(true|false)">(.*?)</tr>`).exec(html)!;
    const cells = [...row[2]!.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]!.replace(/,/g, ''));
    const bars = [...html.matchAll(new RegExp(`<rect class="bar-paid side-${side}" data-part="[^"]+" data-value="([^"]+)"`, 'g'))].map((m) => m[1]!);
    return { reconciled: row[1] === 'true', cells, bars };
  }

  for (const lang of ['zh', 'en'] as const) {
    it(`the ${lang} report states the same reconciled totals on each side`, () => {
      const html = renderSimulationHtml(sim, { lang });
      for (const side of ['base', 'draft'] as const) {
        const f = reportFigures(html, side);
        expect(f.reconciled).toBe(true);
        expect(f.cells).toEqual([sim.totals[side].paid, sim.totals[side].applicants, sim.totals[side].clauses]);
        expect(f.bars).toHaveLength(5);
        expect(sum(f.bars)).toBe(sim.totals[side].paid);
      }
      expect(html).toContain(lang === 'zh' ? '<html lang="zh-CN">' : '<html lang="en">');
      expect(html).toContain('@media print');
      expect(html).toMatch(/<svg [^>]*role="img"/);
    });
  }

  it('words the Chinese report as an official document: 2026年度, 第四部分, grouped amounts, full-width punctuation', () => {
    const html = renderSimulationHtml(sim, { lang: 'zh' });
    expect(html).toContain('以2026年度申报指南为基准');
    expect(html).toContain('核拨总额由4,783,950.15元变为4,329,125.13元，减少454,825.02元。');
    expect(html).toContain('2027年度（草案）第四部分（打造高效便民的知识产权管理服务新生态）申请总额860,000.00元，超过预算700,000.00元，按比例0.813953核拨。');
    expect(html).toContain('核拨金额增加的申报主体3家，减少的14家，不变的42家；');
    // No half-width colon or semicolon in the Chinese findings.
    const findings = /<div class="findings">(.*?)<\/div>/.exec(html)![1]!;
    expect(findings).not.toMatch(/[:;]/);
  });

  it('words the English report with the same figures', () => {
    const html = renderSimulationHtml(sim, { lang: 'en' });
    expect(html).toContain('The total paid goes from 4,783,950.15 to 4,329,125.13 yuan, down 454,825.02 yuan.');
    expect(html).toContain('Part 4 — Services: efficient IP administration and services asks for 860,000.00 yuan against a budget of 700,000.00 yuan');
  });

  it('puts the money each changed clause moves beside its figures (2.11 suspended: 600000.00 → 0.00)', () => {
    const gi = sim.changes.clauses.find((c) => c.clause === 'gi-product')!;
    expect(gi.changes.map((c) => c.kind)).toEqual(['suspended']);
    expect([gi.base, gi.draft, gi.change]).toEqual(['600000.00', '0.00', '-600000.00']);
    const html = renderSimulationHtml(sim, { lang: 'zh' });
    expect(html).toMatch(/<tr data-clause="gi-product">.*?暂停受理.*?600,000\.00.*?-600,000\.00/);
  });
});
