import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/index.js';
import { allocate } from '../../src/engine/prorate.js';
import { Money } from '../../src/core/money.js';
import { codeNumberOf, creditCode, expectReplays } from '../support/golden.js';
import { competition, enterprise, syntheticClause, syntheticPolicy } from '../support/synthetic.js';

const claim = (applicantId: string, amount: string, article = '1.1', subject = 'E') => ({
  part: 'innovation',
  amount: new Money(amount),
  applicantId,
  article,
  subject,
});

describe('allocate: largest remainders to the fen', () => {
  it('scales by budget ÷ requested, floors, and hands the fen left over to the largest remainders', () => {
    // Budget 100.00 for 3 × 50.00 = 150.00 requested: each 33.333… → 33.33 (remainder 1/3 fen each),
    // 99.99 given, 1 fen left: a tie on remainders goes to the first applicant id, A.
    const { shares, report } = allocate([claim('C', '50'), claim('A', '50'), claim('B', '50')], { innovation: '100' }, '100', ['innovation']);
    expect(shares.map((s) => s.toFixed(2))).toEqual(['33.33', '33.34', '33.33']);
    expect(report.parts[0]).toEqual({ part: 'innovation', budget: '100.00', requested: '150.00', paid: '100.00', ratio: '0.666666' });
  });

  it('the largest remainder wins over the applicant order', () => {
    // Budget 10.00; requested 3.00 + 4.00 + 7.00 = 14.00; ratio 5/7.
    // 300 fen × 5/7 = 214.28… → 214 (rem 2/7); 400 × 5/7 = 285.71… → 285 (rem 5/7); 700 × 5/7 = 500 (rem 0).
    // 999 fen given, 1 left → B (largest remainder 5/7).
    const { shares } = allocate([claim('A', '3'), claim('B', '4'), claim('C', '7')], { innovation: '10' }, '10', ['innovation']);
    expect(shares.map((s) => s.toFixed(2))).toEqual(['2.14', '2.86', '5.00']);
  });

  it('ties on remainders go by applicant id, then article, then event id', () => {
    // Budget 0.02 for four claims of 0.01: each 0.005 → 0.00, remainder equal; 2 fen to the first two in order.
    const claims = [claim('B', '0.01', '1.2', 'E-2'), claim('B', '0.01', '1.10', 'E-1'), claim('A', '0.01', '2.1', 'Z'), claim('B', '0.01', '1.2', 'E-1')];
    const { shares } = allocate(claims, { innovation: '0.02' }, '0.02', ['innovation']);
    // Order: A/2.1/Z, then B/1.2/E-1, B/1.2/E-2, B/1.10/E-1 (1.2 before 1.10 numerically).
    expect(shares.map((s) => s.toFixed(2))).toEqual(['0.00', '0.00', '0.01', '0.01']);
  });

  it('does nothing when the budget covers the request', () => {
    const { shares, report } = allocate([claim('A', '60'), claim('B', '40')], { innovation: '100' }, '100', ['innovation']);
    expect(shares.map((s) => s.toFixed(2))).toEqual(['60.00', '40.00']);
    expect(report.parts[0]!.ratio).toBe('1.000000');
  });
});

describe('evaluateBatch', () => {
  const policy = syntheticPolicy([syntheticClause('prize', '1.1')], {
    budget: { total: '200000', parts: { innovation: '150000', transformation: '0', protection: '0', services: '0', culture: '50000' } },
  });
  // Each applicant its own credit code: applicants are told apart by it.
  const app = (id: string, rank: string) => ({
    applicant: { ...enterprise, id, creditCode: creditCode(codeNumberOf(id)) },
    events: [competition(`${id}-E`, rank)],
  });

  it('prorates a part whose requests exceed its budget, exactly, in input order', async () => {
    // Requested: B gold 100000 + A silver 80000 + C excellent 50000 = 230000 > 150000; ratio 15/23.
    // A: 8000000 fen × 15/23 = 5217391.30… → 5217391 fen (rem 7/23)
    // B: 10000000 × 15/23 = 6521739.13… → 6521739 (rem 3/23)
    // C: 5000000 × 15/23 = 3260869.56… → 3260869 (rem 13/23)
    // Given 14999999 fen; 1 fen left → C (largest remainder).
    const { decisions, budget } = await policy.evaluateBatch([app('B', 'gold'), app('A', 'silver'), app('C', 'excellent')]);
    expect(decisions.map((d) => [d.applicantId, d.total])).toEqual([
      ['B', '65217.39'],
      ['A', '52173.91'],
      ['C', '32608.70'],
    ]);
    expect(budget.parts.find((p) => p.part === 'innovation')).toEqual({
      part: 'innovation',
      budget: '150000.00',
      requested: '230000.00',
      paid: '150000.00',
      ratio: '0.652173',
    });
    const item = decisions[0]!.items[0]!;
    expect(item.adjustments.map((a) => [a.kind, a.before, a.after])).toEqual([['budget-proration', '100000.00', '65217.39']]);
    expect(item.adjustments[0]!.reason.zh).toContain('按比例');
    for (const d of decisions) d.items.forEach(expectReplays);
  });

  it('rejects the second application with an applicant id already used, naming both, and decides the rest', async () => {
    const r = await policy.evaluateBatch([app('A', 'gold'), app('B', 'gold'), app('A', 'silver')]);
    expect(r.decisions.map((d) => d.applicantId)).toEqual(['A', 'B']);
    expect(r.rejected).toMatchObject([{ index: 2, applicantId: 'A', issues: [{ code: 'duplicate-applicant-id', path: ['applicant', 'id'] }] }]);
    expect(r.rejected[0]!.issues[0]!.message.en).toContain('applications 0 and 2');
  });

  it('a bad application is rejected with its index and issues, as evaluateStream does, and the batch goes on', async () => {
    const bad = { ...app('D', 'gold'), events: [{ ...competition('D-E', 'platinum') }] };
    const inputs = [app('A', 'gold'), bad, app('B', 'silver')];
    const r = await policy.evaluateBatch(inputs);
    expect(r.rejected.map((x) => [x.index, x.applicantId, x.issues.map((i) => [i.code, i.path])])).toEqual([
      [1, 'D', [['invalid-value', ['events', 0, 'rank']]]],
    ]);
    expect(r.decisions.map((d) => d.applicantId)).toEqual(['A', 'B']);
    const streamed = [];
    for await (const e of policy.evaluateStream(inputs)) streamed.push(e);
    const rejected = streamed.filter((e) => e.kind === 'rejected');
    expect(rejected.map((e) => ({ index: e.index, applicantId: e.applicantId, issues: e.issues }))).toEqual(r.rejected);
    expect(streamed.filter((e) => e.kind === 'decision').map((e) => e.decision)).toEqual(r.decisions);
    expect(streamed.at(-1)).toEqual({ kind: 'budget', budget: r.budget });
  });

  it('the streaming form gives the same decisions, rejects bad rows without stopping, and reports the budget last', async () => {
    const inputs = [app('B', 'gold'), { applicant: { id: 'X' } }, app('A', 'silver'), app('B', 'excellent'), app('C', 'excellent')];
    const entries = [];
    for await (const e of policy.evaluateStream(() => inputs)) entries.push(e);
    expect(entries.map((e) => (e.kind === 'budget' ? 'budget' : `${e.kind}:${e.index}`))).toEqual([
      'decision:0',
      'rejected:1',
      'decision:2',
      'rejected:3',
      'decision:4',
      'budget',
    ]);
    const rejected = entries.filter((e) => e.kind === 'rejected');
    expect(rejected[1]).toMatchObject({ applicantId: 'B', errors: [{ code: 'duplicate-applicant-id' }] });
    const { decisions, budget } = await policy.evaluateBatch([inputs[0], inputs[2], inputs[4]]);
    const streamed = entries.flatMap((e) => (e.kind === 'decision' ? [e.decision] : []));
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(decisions));
    expect(entries.at(-1)).toEqual({ kind: 'budget', budget });
  });
});

describe('evaluateBatch input', () => {
  it('refuses something that is not a list of applications with an invalid-source issue naming what it got, not a TypeError', async () => {
    const policy = syntheticPolicy([syntheticClause('prize', '1.1')]);
    const err = await policy.evaluateBatch(5 as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as PolicyError).issues[0]).toMatchObject({ code: 'invalid-source' });
    expect((err as PolicyError).issues[0]!.message.en).toContain('evaluateBatch takes an iterable or an async iterable of applications; got number');
  });
});
