import { describe, expect, it } from 'vitest';
import { applicant, type Application, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf } from '../support/golden.js';

// Article 1.6: an award by prize in the high-value patent competition:
// gold 100000, silver 50000, excellent 30000; no once-only limit or cap.

const prize = (id: string, rank: string, date = '2025-11-08') => ({ id, type: 'competition-award', date, competition: '湾高赛', rank });
const app: Application = { applicant: applicant('enterprise'), events: [prize('E-1', 'silver')] };
const C = 'high-value-patent-competition';

describe('high-value-patent-competition (1.6)', () => {
  it.each([
    ['gold', '100000.00'],
    ['silver', '50000.00'],
    ['excellent', '30000.00'],
  ])('a %s prize pays %s', async (rank, amount) => {
    const item = itemOf(await decide({ ...app, events: [prize('E-1', rank)] }), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, adjustments: [] });
    expect(item.computation?.key).toBe(rank);
  });

  it.each(['university', 'research-institute'] as const)('a %s may apply too', async (kind) => {
    expect(itemOf(await decide({ ...app, applicant: applicant(kind) }), C, 'E-1').amount).toBe('50000.00');
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, C, 0, 'individual');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it('pays every prize won in the year (no once-only limit)', async () => {
    // 100000 + 30000 = 130000
    const d = await decide({ ...app, events: [prize('E-1', 'gold', '2025-03-01'), prize('E-2', 'excellent', '2025-10-01')] });
    expect(d.items.filter((i) => i.clause === C).map((i) => i.amount)).toEqual(['100000.00', '30000.00']);
    expect(d.total).toBe('130000.00');
  });

  it('higher-level funding does not reduce it (independent)', async () => {
    const d = await decide({ ...app, events: [{ ...prize('E-1', 'gold'), higherLevelFunding: '100000' }] });
    expect(itemOf(d, C, 'E-1').amount).toBe('100000.00');
  });
});
