import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type Decision, loadPolicy } from '../../src/index.js';
import { money, sumMoney } from '../../src/core/money.js';
import { base2026, creditCode, expectReplays } from '../support/golden.js';

// Properties of batches over random applications under a deliberately small
// budget, so that proration cuts in most runs.

const policy = loadPolicy({
  guideline: {
    ...base2026,
    budget: { total: '900000', parts: { innovation: '300000', transformation: '250000', protection: '20000', services: '0', culture: '0' } },
  },
});

const moneyArb = fc.bigInt({ min: 0n, max: 50_000_000n }).map((fen) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`);
const dateArb = fc.constantFrom('2024-12-31', '2025-01-01', '2025-06-15', '2025-12-31', '2026-01-01');

const eventArb = fc.oneof(
  fc.record({
    type: fc.constant('award'),
    date: dateArb,
    role: fc.constant('patentee'),
    predecessorFunded: fc.constant(false),
    scheme: fc.constantFrom('china-patent-award', 'china-design-award', 'guangdong-patent-award'),
    level: fc.constantFrom('gold', 'silver', 'excellent'),
    patentNumber: fc.constantFrom('ZL202110000001.1', 'ZL202110000002.2', 'ZL202110000003.3'),
  }),
  fc.record({
    type: fc.constant('pledge-loan'),
    date: dateArb,
    lenderKind: fc.constantFrom('bank', 'bank', 'other'),
    predecessorFunded: fc.constant(false),
    interestPaid: moneyArb,
    evaluationFee: moneyArb,
    guaranteeFee: moneyArb,
    pledgeRegistered: fc.boolean(),
    repaidOnSchedule: fc.boolean(),
    higherLevelInterestSubsidy: fc.constantFrom('0', '0', '1000'),
    higherLevelFeeSubsidy: fc.constantFrom('0', '0', '1000'),
  }),
  fc.record({
    type: fc.constant('data-ip-registration'),
    date: dateArb,
    predecessorFunded: fc.constant(false),
    certificates: fc.constant(9),
    certificatesUsed: fc.integer({ min: 0, max: 9 }),
  }),
);

const appArb = (i: number) =>
  fc
    .record({
      kind: fc.constantFrom('enterprise', 'university'),
      events: fc.array(eventArb, { maxLength: 5 }),
    })
    .map(({ kind, events }) => ({
      applicant: {
        id: `A-${String(i).padStart(3, '0')}`,
        name: `申报主体${i}`,
        kind,
        creditCode: creditCode(i),
        county: 'yuancheng',
        ...(kind === 'enterprise' ? { isSme: true } : {}),
        seriousDishonesty: false,
      },
      events: events.map((e, j) => ({ id: `E-${j}`, ...e })),
    }));

const batchArb = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => appArb(i))));

function paidByPart(decisions: Decision[]): Map<string, ReturnType<typeof money>> {
  const out = new Map<string, ReturnType<typeof money>>();
  for (const d of decisions) for (const i of d.items) out.set(i.part, (out.get(i.part) ?? money('0')).plus(money(i.amount)));
  return out;
}

describe('batch properties', () => {
  test.prop([batchArb], { numRuns: 60 })('each part pays exactly min(budget, requested); nothing negative; proration never raises', async (apps) => {
    const { decisions, budget } = await policy.evaluateBatch(apps);
    const single = apps.map((a) => policy.evaluateSync(a));
    const paid = paidByPart(decisions);
    for (const line of budget.parts) {
      const requested = sumMoney(single.flatMap((d) => d.items.filter((i) => i.part === line.part).map((i) => money(i.amount))));
      expect(line.requested).toBe(requested.toFixed(2));
      const expected = requested.lessThan(money(line.budget)) ? requested : money(line.budget);
      expect((paid.get(line.part) ?? money('0')).toFixed(2)).toBe(expected.toFixed(2));
      expect(line.paid).toBe(expected.toFixed(2));
    }
    decisions.forEach((d, k) => {
      expect(d.total).toBe(sumMoney(d.items.map((i) => money(i.amount))).toFixed(2));
      d.items.forEach((item, j) => {
        expectReplays(item);
        expect(money(item.amount).greaterThanOrEqualTo(0)).toBe(true);
        expect(money(item.amount).lessThanOrEqualTo(money(single[k]!.items[j]!.amount))).toBe(true);
      });
    });
  });

  test.prop([batchArb, fc.infiniteStream(fc.nat())], { numRuns: 40 })(
    'the same decisions whatever the order of applications or of their events',
    async (apps, rand) => {
      const shuffle = <T>(xs: T[]): T[] => {
        const out = [...xs];
        for (let i = out.length - 1; i > 0; i--) {
          const j = rand.next().value % (i + 1);
          [out[i], out[j]] = [out[j]!, out[i]!];
        }
        return out;
      };
      const shuffled = shuffle(apps.map((a) => ({ ...a, events: shuffle(a.events) })));
      const a = await policy.evaluateBatch(apps);
      const b = await policy.evaluateBatch(shuffled);
      const byId = (r: typeof a) => Object.fromEntries(r.decisions.map((d) => [d.applicantId, JSON.stringify(d)]));
      expect(byId(b)).toEqual(byId(a));
      expect(b.budget).toEqual(a.budget);
    },
  );
});
