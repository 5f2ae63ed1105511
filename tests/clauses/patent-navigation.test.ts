import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  expectGeneralConditions,
  itemOf,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 1.2: 50% of the cost of an accepted patent navigation or IP
// analysis-and-review project, cap 100000 per project, once per projectId.

const project = (id: string, projectId: string, cost: string, date = '2025-08-20') => ({
  id,
  type: 'patent-navigation-project',
  date,
  projectId,
  accepted: true,
  cost,
});

const app: Application = { applicant: applicant('enterprise'), events: [project('E-1', 'PN-1', '150000.00')] };

describe('patent-navigation (1.2)', () => {
  it('an accepted project that cost 150000.00 gets 50%: 75000.00', async () => {
    const item = itemOf(await decide(app), 'patent-navigation', 'E-1');
    // 0.50 × 150000.00 = 75000.00, under the 100000 cap
    expect(item).toMatchObject({ eligible: true, baseAmount: '75000.00', amount: '75000.00', subjectKey: 'PN-1', adjustments: [] });
    expect(item.computation?.formula).toBe('0.50 × 150000.00 = 75000.00');
  });

  it.each(['university', 'research-institute', 'industry-association'] as const)('a %s may apply too', async (kind) => {
    expect(itemOf(await decide({ ...app, applicant: applicant(kind) }), 'patent-navigation', 'E-1').amount).toBe('75000.00');
  });

  it.each([
    ['C1', { accepted: false }],
    ['C2', { cost: '0' }],
  ])('fails %s alone when %o', async (id, fields) => {
    const item = itemOf(await decide(withEvent(app, 0, fields)), 'patent-navigation', 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it('pays for a cost of one fen (the bound of C2): 0.50 × 0.01 = 0.005 → 0.01', async () => {
    const item = itemOf(await decide(withEvent(app, 0, { cost: '0.01' })), 'patent-navigation', 'E-1');
    expect({ eligible: item.eligible, amount: item.amount }).toEqual({ eligible: true, amount: '0.01' });
  });

  it('fails each general condition alone', async () => {
    await expectGeneralConditions(app, 'patent-navigation', 0, 'service-agency');
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, 'patent-navigation', 0);
  });

  it.each([
    ['100.01', '50.01'], // 0.50 × 100.01 = 50.005 → half-up 50.01
    ['100.03', '50.02'], // 0.50 × 100.03 = 50.015 → 50.02
    ['100.02', '50.01'], // 0.50 × 100.02 = 50.01 exactly
  ])('rounds 50%% of %s half-up to the fen: %s', async (cost, expected) => {
    expect(itemOf(await decide(withEvent(app, 0, { cost })), 'patent-navigation', 'E-1').amount).toBe(expected);
  });

  it.each([
    ['199999.98', '99999.99', '99999.99'], // 0.50 × 199999.98 = 99999.99: under the cap
    ['200000.00', '100000.00', '100000.00'], // 0.50 × 200000.00 = 100000.00: at the cap, no cut
    ['200000.02', '100000.01', '100000.00'], // 0.50 × 200000.02 = 100000.01: one fen over, cut to the cap
  ])('the item cap of 100000: cost %s, base %s, paid %s', async (cost, base, paid) => {
    const item = itemOf(await decide(withEvent(app, 0, { cost })), 'patent-navigation', 'E-1');
    expect({ base: item.baseAmount, paid: item.amount }).toEqual({ base, paid });
    expect(item.adjustments.map((a) => a.kind)).toEqual(base === paid ? [] : ['item-cap']);
  });

  it('is not paid again for a project funded in an earlier year', async () => {
    const d = await decide(withHistory(app, [{ clause: 'patent-navigation', year: 2025, subjectKey: 'PN-1', amount: '30000.00' }]));
    const item = itemOf(d, 'patent-navigation', 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '75000.00', amount: '0.00' });
    expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
  });

  it('pays the first of two events for the same project in one application, and another project on its own', async () => {
    const d = await decide({
      ...app,
      events: [project('E-2', 'PN-1', '20000', '2025-10-01'), project('E-1', 'PN-1', '150000.00', '2025-04-01'), project('E-3', 'PN-2', '20000')],
    });
    expect(itemOf(d, 'patent-navigation', 'E-1').amount).toBe('75000.00');
    expect(itemOf(d, 'patent-navigation', 'E-2').amount).toBe('0.00');
    expect(itemOf(d, 'patent-navigation', 'E-3').amount).toBe('10000.00'); // 0.50 × 20000
    expect(d.total).toBe('85000.00'); // 75000 + 10000
  });

  it('higher-level funding does not reduce it (independent)', async () => {
    expect(itemOf(await decide(withEvent(app, 0, { higherLevelFunding: '50000' })), 'patent-navigation', 'E-1').amount).toBe('75000.00');
  });
});
