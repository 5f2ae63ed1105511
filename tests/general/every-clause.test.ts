import { describe, expect, it } from 'vitest';
import type { GuidelineInput } from '../../src/index.js';
import { applicationOf, bundledPatches, guidelineOf, loadCaseFiles } from '../cases/case-file.js';
import { decideBoth } from '../cases/decide-case.js';

/*
 * G1–G4 and G6–G8 are the same for every clause, so they are checked here once
 * for every clause table instead of in each: on the table's base application
 * (eligible), flipping one general condition alone refuses the item on exactly
 * that condition and pays nothing. G5 depends on the clause's applicant kinds
 * and stays in the tables.
 */

for (const file of loadCaseFiles()) {
  describe(`${file.clause}: the general conditions on the base application of ${file.file}`, () => {
    const base = applicationOf(file, {});
    const subject = base.events[0]!.id as string;
    const guideline = guidelineOf(file.guideline);
    const withSuspension = (): GuidelineInput => {
      const g = guidelineOf(file.guideline ?? { patches: bundledPatches ?? [] })!;
      const patches = g.patches ?? [];
      const suspend = { zh: '测试暂停', en: 'suspended for the test' };
      const own = patches.some((p) => p.clause === file.clause);
      return { ...g, patches: own ? patches.map((p) => (p.clause === file.clause ? { ...p, suspend } : p)) : [...patches, { clause: file.clause, suspend }] };
    };
    const refusals: [string, string, () => [unknown, GuidelineInput | undefined]][] = [
      ['G1', 'an applicant outside Heyuan', () => [applicationOf(file, { applicant: { county: 'other' } }), guideline]],
      ['G2', 'an applicant on the serious-dishonesty list', () => [applicationOf(file, { applicant: { seriousDishonesty: true } }), guideline]],
      ['G3', 'an applicant with an IP violation on 2025-06-01', () => [applicationOf(file, { applicant: { ipViolationDates: ['2025-06-01'] } }), guideline]],
      ['G4', 'an event dated 2024-12-31', () => [applicationOf(file, { event: { date: '2024-12-31' } }), guideline]],
      ['G6', 'the clause suspended by the guideline', () => [base, withSuspension()]],
      [
        'G7',
        'a clawback found in 2024',
        () => [applicationOf(file, { history: [{ clause: file.clause, year: 2024, subjectKey: 'X', amount: '1.00', clawedBack: true }] }), guideline],
      ],
      [
        'G8',
        'an event of 2025-06-23, the day the old policy expired, that the old policy supported',
        () => [applicationOf(file, { event: { date: '2025-06-23', predecessorFunded: true } }), guideline],
      ],
    ];

    const itemOf = async (application: unknown, g: GuidelineInput | undefined, where: string) => {
      const d = await decideBoth(application, file.year, g, where);
      const found = d.items.filter((i) => i.clause === file.clause && i.subject === subject);
      expect(found, `${where}: one item of ${file.clause} for ${subject}`).toHaveLength(1);
      const item = found[0]!;
      return { eligible: item.eligible, blocking: item.conditions.filter((c) => c.blocking).map((c) => c.id), amount: item.amount };
    };

    it('the base application is eligible and paid', async () => {
      const got = await itemOf(base, guideline, `${file.file}: base`);
      expect(got.eligible).toBe(true);
      expect(got.blocking).toEqual([]);
      expect(got.amount).not.toBe('0.00');
    });

    for (const [id, what, variant] of refusals) {
      it(`${id} alone refuses ${what}`, async () => {
        const [application, g] = variant();
        expect(await itemOf(application, g, `${file.file}: ${id}`)).toEqual({ eligible: false, blocking: [id], amount: '0.00' });
      });
    }

    it('G8 ignores predecessorFunded on an event of 2025-06-24, the day after the old policy expired', async () => {
      const got = await itemOf(applicationOf(file, { event: { date: '2025-06-24', predecessorFunded: true } }), guideline, `${file.file}: G8 after`);
      expect({ eligible: got.eligible, blocking: got.blocking }).toEqual({ eligible: true, blocking: [] });
    });

    it.each([
      ['2025-01-01', true],
      ['2025-12-31', true],
      ['2024-12-31', false],
      ['2026-01-01', false],
    ])('an event dated %s is inside the 2025 event period: %s', async (date, inside) => {
      const got = await itemOf(applicationOf(file, { event: { date } }), guideline, `${file.file}: dated ${date}`);
      expect({ eligible: got.eligible, blocking: got.blocking }).toEqual({ eligible: inside, blocking: inside ? [] : ['G4'] });
    });
  });
}
