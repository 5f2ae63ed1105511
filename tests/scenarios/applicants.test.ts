import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/index.js';
import { applicant, decide, itemOf } from '../support/golden.js';

/*
 * Whole applications under the 2026 guideline, several clauses at once. Every
 * total is worked out by hand in the comments, in catalogue item order
 * (article, then event date, then event id).
 */

/** The amount paid per clause (summed over its items), for the items that pay something. */
function paidByClause(d: Decision): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of d.items) if (i.amount !== '0.00') out[i.clause] = i.amount;
  return out;
}

const pledgeLoan = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'pledge-loan',
  lenderKind: 'bank',
  date: '2025-12-20',
  principal: '5000000',
  interestPaid: '180000.00',
  evaluationFee: '20000',
  guaranteeFee: '0',
  pledgeRegistered: true,
  repaidOnSchedule: true,
  ...extra,
});
const guangdongSilver = {
  id: 'E-1',
  type: 'award',
  role: 'patentee',
  date: '2025-07-15',
  scheme: 'guangdong-patent-award',
  level: 'silver',
  patentNumber: 'ZL202110000001.X',
};

describe('scenarios: one applicant, several clauses', () => {
  it('In 2026 an SME with a registered pledge loan and a Guangdong silver patent award gets 144000.00', async () => {
    const d = await decide({ applicant: applicant('enterprise'), events: [guangdongSilver, pledgeLoan('E-2')] });
    // 1.5 patent-award, Guangdong silver:          80000.00
    // 2.6 pledge-loan-interest, 0.30 × 180000.00:  54000.00 (under the 2026 clause cap of 80000)
    // 2.7 pledge-loan-fees, 0.50 × (20000 + 0):    10000.00
    // total 80000 + 54000 + 10000 =               144000.00
    expect(paidByClause(d)).toEqual({ 'patent-award': '80000.00', 'pledge-loan-interest': '54000.00', 'pledge-loan-fees': '10000.00' });
    expect(d.total).toBe('144000.00');
    expect(d.items.flatMap((i) => i.adjustments)).toEqual([]);
  });

  it('In 2026 an enterprise asking for 694800.00 across three parts is paid the per-applicant cap of 600000.00, the last items cut first', async () => {
    const d = await decide({
      applicant: applicant('enterprise'),
      events: [
        guangdongSilver,
        pledgeLoan('E-2', { guaranteeFee: '10000' }),
        { id: 'E-3', type: 'ip-management-certification', date: '2025-05-10', predecessorFunded: false, standard: 'GB/T 29490', firstTime: true },
        { id: 'E-4', type: 'ip-enterprise-designation', date: '2025-11-01', programme: 'national-advantage', stage: 'new' },
        { id: 'E-5', type: 'competition-award', competition: 'gba-high-value-patent', date: '2025-09-09', rank: 'gold' },
        { id: 'E-6', type: 'patent-industrialization-project', date: '2025-06-01', predecessorFunded: false, projectId: 'P-2025-01', accepted: true },
        {
          id: 'E-7',
          type: 'overseas-dispute',
          date: '2025-08-10',
          caseKind: 'litigation',
          closed: true,
          outcome: 'settled',
          costPaid: '350000.00',
          insurancePayout: '50000.00',
        },
        { id: 'E-8', type: 'data-ip-registration', date: '2025-10-10', certificates: 3, certificatesUsed: 3 },
        { id: 'E-9', type: 'notarization', date: '2025-05-20', predecessorFunded: false, purpose: 'deposit', feePaid: '3600.00' },
      ],
    });
    // In item order, with the running sum against the cap of 600000:
    // 1.3 ip-strong-enterprise, new national advantage   100000   → 100000
    // 1.4 ip-management-certification, GB/T 29490          30000   → 130000
    // 1.5 patent-award, Guangdong silver                   80000   → 210000
    // 1.6 high-value-patent-competition, gold             100000   → 310000
    // 2.3 patent-industrialization                        200000   → 510000
    // 2.6 pledge-loan-interest, 0.30 × 180000              54000   → 564000
    // 2.7 pledge-loan-fees, 0.50 × (20000 + 10000)         15000   → 579000
    // 3.1 overseas-dispute-response, 0.30 × (350000 − 50000) = 90000: only 600000 − 579000 = 21000 left
    // 3.4 data-ip-registration, 8000 × 3 = 24000                      → 0
    // 3.5 ip-notarization, 0.50 × 3600 = 1800                         → 0
    // asked 100000 + 30000 + 80000 + 100000 + 200000 + 54000 + 15000 + 90000 + 24000 + 1800 = 694800; paid 600000.00
    const paid = d.items.filter((i) => i.eligible).map((i) => [i.article, i.baseAmount, i.amount]);
    expect(paid).toEqual([
      ['1.3', '100000.00', '100000.00'],
      ['1.4', '30000.00', '30000.00'],
      ['1.5', '80000.00', '80000.00'],
      ['1.6', '100000.00', '100000.00'],
      ['2.3', '200000.00', '200000.00'],
      ['2.6', '54000.00', '54000.00'],
      ['2.7', '15000.00', '15000.00'],
      ['3.1', '90000.00', '21000.00'],
      ['3.4', '24000.00', '0.00'],
      ['3.5', '1800.00', '0.00'],
    ]);
    for (const clause of ['overseas-dispute-response', 'data-ip-registration', 'ip-notarization']) {
      expect(itemOf(d, clause).adjustments.map((a) => a.kind)).toEqual(['applicant-cap']);
    }
    expect(itemOf(d, 'overseas-dispute-response').adjustments[0]!.reason.en).toContain('600000.00');
    expect(d.total).toBe('600000.00');
  });

  it('In 2026 a university with three recorded transfers to Heyuan firms and a first GB/T 33251 certification gets 130345.68', async () => {
    const transfer = (id: string, amountReceived: string, extra: Record<string, unknown> = {}) => ({
      id,
      type: 'patent-transfer',
      deal: 'licence',
      date: '2025-06-30',
      role: 'transferor',
      counterpartyKind: 'enterprise',
      counterpartyInHeyuan: true,
      relatedParty: false,
      recorded: true,
      amountReceived,
      ...extra,
    });
    const d = await decide({
      applicant: applicant('university', { name: '河源职业技术学院' }),
      events: [
        { id: 'E-1', type: 'ip-management-certification', date: '2025-03-18', predecessorFunded: false, standard: 'GB/T 33251', firstTime: true },
        transfer('E-2', '380000.00'),
        transfer('E-3', '800000.00'),
        transfer('E-4', '123456.75'),
        transfer('E-5', '200000.00', { counterpartyInHeyuan: false }),
      ],
    });
    // 1.4 ip-management-certification (GB/T 33251, a university, first time):     30000.00
    // 2.2 E-2: 0.10 × 380000.00 = 38000.00
    // 2.2 E-3: 0.10 × 800000.00 = 80000.00, item cap 50000                        50000.00
    // 2.2 E-4: 0.10 × 123456.75 = 12345.675 → half-up                             12345.68
    // 2.2 E-5: buyer outside Heyuan: not eligible                                      0.00
    // total 30000 + 38000 + 50000 + 12345.68 = 130345.68 (2.2 total 100345.68, under its clause cap of 300000)
    expect(d.total).toBe('130345.68');
    expect(itemOf(d, 'university-patent-commercialization', 'E-3').adjustments.map((a) => [a.kind, a.after])).toEqual([['item-cap', '50000.00']]);
    expect(itemOf(d, 'university-patent-commercialization', 'E-4').amount).toBe('12345.68');
    expect(itemOf(d, 'university-patent-commercialization', 'E-5').eligible).toBe(false);
    // Every transfer also makes an item of 2.1 (transferees that are enterprises): a university is not one.
    for (const e of ['E-2', 'E-3', 'E-4', 'E-5']) expect(blockingIncludes(itemOf(d, 'patent-transfer-acquisition', e), 'G5')).toBe(true);
  });

  it('In 2026 a county government newly made a national pilot IP-strong county, with 120000 from the province, and whose GI demo zone was accepted after a preparation grant, gets 430000.00', async () => {
    const d = await decide({
      applicant: applicant('government-body', { id: 'G-LP', name: '连平县人民政府', county: 'lianping' }),
      events: [
        { id: 'E-1', type: 'strong-ip-designation', date: '2025-09-15', level: 'national-pilot', designation: 'county', higherLevelFunding: '120000.00' },
        { id: 'E-2', type: 'gi-demo-zone', date: '2025-12-11', zoneName: '连平鹰嘴蜜桃', stage: 'national-accepted' },
        { id: 'E-3', type: 'rights-assistance-workstation', date: '2025-11-30', assessment: 'excellent' },
      ],
      history: [{ clause: 'gi-protection-demo-zone', year: 2024, subjectKey: '连平鹰嘴蜜桃', amount: '300000.00' }],
    });
    // 3.2 rights-assistance-workstation, excellent:                                   50000.00
    // 4.1 strong-ip-county-park, national pilot 300000 topped up over 120000: 300000 − 120000 = 180000.00
    // 4.2 gi-protection-demo-zone, accepted 500000 less the 300000 paid in 2024:       200000.00
    // total 50000 + 180000 + 200000 = 430000.00
    expect(paidByClause(d)).toEqual({
      'rights-assistance-workstation': '50000.00',
      'strong-ip-county-park': '180000.00',
      'gi-protection-demo-zone': '200000.00',
    });
    expect(itemOf(d, 'strong-ip-county-park').adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['higher-level-top-up', '300000.00', '180000.00']]);
    expect(itemOf(d, 'gi-protection-demo-zone').adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([
      ['once-only-difference', '500000.00', '200000.00'],
    ]);
    expect(d.total).toBe('430000.00');
  });

  it('In 2026 an industry association with a new national GI product, its GI certification mark of the same name and 12 mediated disputes gets 224000.00 (same-gi: the higher only)', async () => {
    const d = await decide({
      applicant: applicant('industry-association', { name: '龙川县茶叶行业协会', county: 'longchuan' }),
      events: [
        { id: 'E-1', type: 'gi-product-approved', date: '2025-04-22', predecessorFunded: false, giName: '龙川猫耳山茶' },
        { id: 'E-2', type: 'gi-trademark-registered', date: '2025-08-08', giName: '龙川猫耳山茶', trademarkNumber: '70123456', markKind: 'certification' },
        { id: 'E-3', type: 'mediation-cases', date: '2025-12-31', mechanism: 'mediation', casesResolved: 12 },
      ],
    });
    // 2.11 gi-product:            200000.00
    // 2.12 gi-trademark:          100000.00 → 0.00: same-gi, 龙川猫耳山茶 is paid once, the higher (v2)
    // 3.3 ip-dispute-mediation, 2000 × 12 = 24000.00
    // total 200000 + 0 + 24000 = 224000.00
    expect(paidByClause(d)).toEqual({ 'gi-product': '200000.00', 'ip-dispute-mediation': '24000.00' });
    expect(itemOf(d, 'gi-trademark').adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['take-the-higher', '100000.00', '0.00']]);
    expect(d.total).toBe('224000.00');
    // Each clause paid with a reference figure says so (the guideline's own warning has no clause).
    expect(d.warnings.flatMap((w) => (w.clause === undefined ? [] : [w.clause])).sort()).toEqual(['gi-product', 'gi-trademark', 'ip-dispute-mediation']);
  });
});

function blockingIncludes(item: { conditions: { id: string; blocking: boolean }[] }, id: string): boolean {
  return item.conditions.some((c) => c.id === id && c.blocking);
}
