import { describe, expect, it } from 'vitest';
import {
  applicant,
  type Application,
  blocking,
  decide,
  expectEventPeriodBounds,
  guidelineWith,
  itemOf,
  withApplicant,
  withEvent,
  withHistory,
} from '../support/golden.js';

// Article 2.3: a fixed 200000 for an SME's accepted patent industrialisation
// project, once per projectId.

const project = (id: string, projectId: string, date = '2025-10-30') => ({ id, type: 'patent-industrialization-project', date, projectId, accepted: true });
const app: Application = { applicant: applicant('enterprise'), events: [project('E-1', 'PI-1')] };
const C = 'patent-industrialization';

describe('patent-industrialization (2.3)', () => {
  it('an SME with an accepted project gets 200000.00', async () => {
    const item = itemOf(await decide(app), C, 'E-1');
    expect(item).toMatchObject({ eligible: true, baseAmount: '200000.00', amount: '200000.00', subjectKey: 'PI-1', adjustments: [] });
  });

  it.each([
    ['C1', 'an enterprise that is not an SME', withApplicant(app, { isSme: false })],
    ['C2', 'the project has not passed acceptance', withEvent(app, 0, { accepted: false })],
  ])('fails %s alone when %s', async (id, _what, variant) => {
    const item = itemOf(await decide(variant), C, 'E-1');
    expect({ eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
  });

  it('fails each general condition alone (G5: a research institute that states isSme, so only the kind changes)', async () => {
    const cases: [string, Application, ReturnType<typeof guidelineWith> | undefined][] = [
      ['G1', withApplicant(app, { county: 'other' }), undefined],
      ['G2', withApplicant(app, { seriousDishonesty: true }), undefined],
      ['G3', withApplicant(app, { ipViolationDates: ['2025-06-01'] }), undefined],
      ['G4', withEvent(app, 0, { date: '2024-12-31' }), undefined],
      ['G5', withApplicant(app, { kind: 'research-institute' }), undefined],
      ['G6', app, guidelineWith([{ clause: C, suspend: { zh: '测试暂停', en: 'suspended for the test' } }])],
      ['G7', withHistory(app, [{ clause: C, year: 2024, subjectKey: 'X', amount: '1.00', clawedBack: true }]), undefined],
    ];
    for (const [id, variant, guideline] of cases) {
      const item = itemOf(await decide(variant, guideline), C, 'E-1');
      expect({ id, eligible: item.eligible, blocking: blocking(item), amount: item.amount }).toEqual({ id, eligible: false, blocking: [id], amount: '0.00' });
    }
  });

  it('a research institute without isSme fails both G5 and C1', async () => {
    expect(blocking(itemOf(await decide({ ...app, applicant: applicant('research-institute') }), C, 'E-1'))).toEqual(['G5', 'C1']);
  });

  it('counts events dated on either end of the event period, and none outside', async () => {
    await expectEventPeriodBounds(app, C, 0);
  });

  it('is not paid again for a project funded in an earlier year', async () => {
    const d = await decide(withHistory(app, [{ clause: C, year: 2024, subjectKey: 'PI-1', amount: '200000.00' }]));
    const item = itemOf(d, C, 'E-1');
    expect(item).toMatchObject({ eligible: true, amount: '0.00' });
    expect(item.adjustments.map((a) => a.kind)).toEqual(['once-only']);
  });

  it('pays the first of two events for the same project, and a different project on its own', async () => {
    const d = await decide({ ...app, events: [project('E-2', 'PI-1', '2025-11-30'), project('E-1', 'PI-1', '2025-02-28'), project('E-3', 'PI-2')] });
    expect(d.items.filter((i) => i.clause === C).map((i) => [i.subject, i.amount])).toEqual([
      ['E-1', '200000.00'],
      ['E-3', '200000.00'],
      ['E-2', '0.00'],
    ]);
    expect(d.total).toBe('400000.00'); // 2 × 200000
  });
});
