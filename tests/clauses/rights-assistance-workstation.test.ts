import { describe, expect, it } from 'vitest';
import { applicant, type Application, blocking, decide, expectEventPeriodBounds, expectGeneralConditions, itemOf } from '../support/golden.js';

// Article 3.2: an award by the workstation's annual assessment — excellent
// 50000, pass 30000, fail not eligible (shown as the failed condition C1).

const station = (id: string, assessment: string, date = '2025-11-30') => ({ id, type: 'rights-assistance-workstation', date, assessment });
const app: Application = { applicant: applicant('industry-association'), events: [station('E-1', 'excellent')] };

describe('rights-assistance-workstation (3.2)', () => {
  it.each([
    ['excellent', '50000.00'],
    ['pass', '30000.00'],
  ])('an assessment of %s pays %s', async (assessment, amount) => {
    const item = itemOf(await decide({ ...app, events: [station('E-1', assessment)] }), 'rights-assistance-workstation', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: amount, amount, part: 'protection', article: '3.2' });
    expect(item.computation?.key).toBe(assessment);
  });

  it.each(['industry-association', 'service-agency', 'government-body'] as const)('a %s may apply', async (kind) => {
    const item = itemOf(await decide({ ...app, applicant: applicant(kind) }), 'rights-assistance-workstation', 'E-1');
    expect(item.amount).toBe('50000.00');
  });

  it('fails C1 alone for a failed assessment, with its reason', async () => {
    const item = itemOf(await decide({ ...app, events: [station('E-1', 'fail')] }), 'rights-assistance-workstation', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: ['C1'], amount: '0.00' });
    const c1 = item.conditions.find((c) => c.id === 'C1')!;
    expect(c1.actual).toBe('fail');
    expect(c1.failure).toEqual({ zh: '年度考核不合格', en: 'the annual assessment failed' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'rights-assistance-workstation', 0, 'enterprise');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'rights-assistance-workstation', 0);
  });

  it('has no once-only limit: two workstations assessed in one year are both paid', async () => {
    // 50000 (excellent) + 30000 (pass) = 80000
    const d = await decide({ ...app, events: [station('E-1', 'excellent', '2025-06-30'), station('E-2', 'pass')] });
    expect(d.items.filter((i) => i.clause === 'rights-assistance-workstation').map((i) => i.amount)).toEqual(['50000.00', '30000.00']);
    expect(d.total).toBe('80000.00');
  });

  it('is independent of higher-level funding', async () => {
    const d = await decide({ ...app, events: [{ ...station('E-1', 'pass'), higherLevelFunding: '30000' }] });
    expect(itemOf(d, 'rights-assistance-workstation', 'E-1').amount).toBe('30000.00');
  });
});
