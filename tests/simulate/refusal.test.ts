import { describe, expect, it } from 'vitest';
import { type GuidelineInput, PolicyError, safeSimulate, simulate } from '../../src/index.js';
import { guideline2026, pledgeLoan, CODES } from './fixtures.js';

/** Applications that fail the test if anything reads them: a refusal must come first. */
const untouched: Iterable<unknown> = {
  [Symbol.iterator]() {
    throw new Error('the applications were read before the guidelines were checked');
  },
};

describe('a guideline that fails validation is refused before any simulation', () => {
  it('refuses a draft that raises a figure above the policy (2.6 clause cap 120000 > 100000), with the lint issue in zh and en', async () => {
    const draft: GuidelineInput = {
      ...guideline2026(),
      patches: guideline2026().patches!.map((p) => (p.clause === 'pledge-loan-interest' ? { ...p, lower: { clauseCap: '120000' } } : p)),
    };
    const r = await safeSimulate(untouched, 2026, draft);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.code === 'above-ceiling')!;
    expect(issue.file).toBe('draft/2026.json');
    expect(issue.message.en).toMatch(/120000/);
    expect(issue.message.zh).toMatch(/120000/);
    expect(issue.message.zh).not.toBe(issue.message.en);
  });

  it('refuses a draft whose patch names a clause that does not exist', async () => {
    const draft = { ...guideline2026(), patches: [{ clause: 'no-such-clause', lower: { value: '1' } }] };
    const r = await safeSimulate(untouched, 2026, draft);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain('unknown-clause');
  });

  it('refuses a draft that is not a guideline at all (a missing budget), naming the field', async () => {
    const { budget: _, ...draft } = guideline2026();
    const r = await safeSimulate(untouched, 2026, draft as GuidelineInput);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.code === 'missing-field' && i.path.join('.') === 'budget')).toBe(true);
  });

  it('refuses a base guideline object that fails, naming it as the base', async () => {
    const base = { ...guideline2026(), window: { from: '2026-04-30', to: '2026-03-01' } };
    const r = await safeSimulate(untouched, base, guideline2026());
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.file])).toContainEqual(['reversed-period', 'base/2026.json']);
  });

  it('refuses a base year with no guideline, listing the years there are', async () => {
    const r = await safeSimulate(untouched, 2031, guideline2026());
    expect(r.ok ? null : r.issues[0]).toMatchObject({ code: 'no-guideline' });
  });

  it('throws a PolicyError carrying the same issues from simulate()', async () => {
    const draft = { ...guideline2026(), year: 1800 };
    await expect(simulate(untouched, 2026, draft)).rejects.toBeInstanceOf(PolicyError);
  });

  it('leaves an invalid application out of both sides, listed with its issues, and decides the rest', async () => {
    const bad = { ...pledgeLoan('P-X', CODES.b, '1,000.00') };
    const sim = await simulate([pledgeLoan('P-A', CODES.a, '100000.00'), bad, pledgeLoan('P-A', CODES.c, '1.00')], 2026, guideline2026());
    expect(sim.counts).toMatchObject({ applicants: 1, rejected: 2 });
    expect(sim.rejected.map((r) => [r.index, r.applicantId, r.errors[0]!.code])).toEqual([
      [1, 'P-X', 'invalid-money'],
      [2, 'P-A', 'duplicate-applicant-id'],
    ]);
    expect(sim.totals.base.paid).toBe('30000.00');
  });
});
