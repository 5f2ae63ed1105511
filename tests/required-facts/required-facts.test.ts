import { eventSchemas } from '../../src/heyuan/application.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PolicyError } from '../../src/locales/issue.js';
import { fieldTypeOf, resolveFieldType } from '../../src/rules/lint.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import type { RequiredFact } from '../../src/rules/required-facts.js';
import type { ClauseId } from '../../src/heyuan/rules.generated.js';

const policy = loadPolicy({ year: 2026 });
const byFact = (facts: RequiredFact[], fact: string) => facts.filter((f) => f.fact === fact).map((f) => f.path);
const readers = (facts: RequiredFact[], path: string) => facts.find((f) => f.path === path)?.readBy;

/** Every general condition's reads, G1–G8, which every clause paying for an event inherits, as application paths. */
const GENERAL = {
  applicant: ['applicant.county', 'applicant.seriousDishonesty', 'applicant.ipViolationDates', 'applicant.kind'],
  // The clawback bar reads the years of clawed-back history entries.
  // G8 reads, from the events, which ones the previous policy supported.
  history: ['history[].year', 'history[].clawedBack', 'events[].predecessorFunded'],
};

describe('policy.requiredFacts(clauseId)', () => {
  it('pledge-loan-interest reads its own event fields, the event date, and the general conditions’ applicant fields', () => {
    const facts = policy.requiredFacts('pledge-loan-interest');
    expect(byFact(facts, 'event')).toEqual([
      'events[].date',
      'events[].id',
      'events[].pledgeRegistered',
      'events[].repaidOnSchedule',
      'events[].interestPaid',
      'events[].lenderKind',
      'events[].higherLevelInterestSubsidy',
    ]);
    expect(byFact(facts, 'applicant')).toEqual(GENERAL.applicant);
    expect(byFact(facts, 'history')).toEqual(GENERAL.history);
    // What the guideline and the clause supply (the event period, the clause's applicants) is no field of an application.
    expect(facts.map((f) => f.fact).filter((f) => !['applicant', 'event', 'history'].includes(f))).toEqual([]);
    expect(facts.find((f) => f.path === 'events[].interestPaid')).toMatchObject({ fact: 'event', rulePath: '$.interestPaid' });
    expect(facts.find((f) => f.path === 'history[].year')).toMatchObject({ fact: 'history', rulePath: '$.clawbackYears' });
  });

  it('says what reads each field: interestPaid by a condition and the amount, higherLevelInterestSubsidy by the exclusive stacking rule', () => {
    const facts = policy.requiredFacts('pledge-loan-interest');
    expect(readers(facts, 'events[].interestPaid')).toEqual(['condition', 'amount']);
    expect(readers(facts, 'events[].higherLevelInterestSubsidy')).toEqual(['stacking']);
    expect(readers(facts, 'events[].higherLevelFunding')).toBeUndefined();
    expect(readers(facts, 'events[].date')).toEqual(['condition']);
  });

  it('lists each field once', () => {
    const facts = policy.requiredFacts('pledge-loan-interest');
    const keys = facts.map((f) => f.path);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('patent-award reads both byLevel key fields for the amount and the patent number for its take-the-higher group', () => {
    const facts = policy.requiredFacts('patent-award');
    expect(byFact(facts, 'event')).toEqual(['events[].date', 'events[].id', 'events[].role', 'events[].scheme', 'events[].level', 'events[].patentNumber']);
    expect(readers(facts, 'events[].scheme')).toEqual(['amount']);
    expect(readers(facts, 'events[].patentNumber')).toEqual(['group']);
    // An independent clause never reads higher-level funding.
    expect(readers(facts, 'events[].higherLevelFunding')).toBeUndefined();
  });

  it('gi-product reads the GI name as its once-only key and its same-gi group key', () => {
    const facts = policy.requiredFacts('gi-product');
    expect(byFact(facts, 'event')).toEqual(['events[].date', 'events[].id', 'events[].giName']);
    expect(readers(facts, 'events[].giName')).toEqual(['limit', 'group']);
  });

  it('includes the conditions a guideline adds', () => {
    const guideline = {
      ...policy.guideline,
      patches: [
        {
          clause: 'gi-product',
          addConditions: [{ fact: 'applicant' as const, path: '$.isSme', operator: 'equal', value: true, label: { zh: '中小微企业', en: 'an SME' } }],
        },
      ],
    };
    const facts = loadPolicy({ guideline }).requiredFacts('gi-product');
    expect(readers(facts, 'applicant.isSme')).toEqual(['condition']);
    expect(policy.requiredFacts('gi-product').some((f) => f.path === 'applicant.isSme')).toBe(false);
  });

  it('every event field any bundled clause requires exists on that clause’s event schema', () => {
    for (const { clause } of policy.clauses) {
      if (clause.subject === 'applicant') continue;
      const type = fieldTypeOf(eventSchemas[clause.subject as keyof typeof eventSchemas]);
      for (const f of policy.requiredFacts(clause.id as ClauseId).filter((x) => x.fact === 'event')) {
        expect(resolveFieldType(type, f.rulePath).ok, `${clause.id} ${f.rulePath}`).toBe(true);
      }
    }
  });

  it('a clause id that is not one does not compile (ClauseId, generated with the rules)', () => {
    expectTypeOf(policy.requiredFacts).parameter(0).toEqualTypeOf<ClauseId>();
    expectTypeOf<'pledge-loan-interest'>().toExtend<ClauseId>();
    expectTypeOf<'no-such-clause'>().not.toExtend<ClauseId>();
    // @ts-expect-error 'no-such-clause' is not a ClauseId
    expect(() => policy.requiredFacts('no-such-clause')).toThrow(PolicyError);
  });

  it('throws a PolicyError with unknown-clause for an id that is not a clause (JavaScript callers, rules of their own)', () => {
    const untyped = 'pledge-loan' as ClauseId;
    expect(() => policy.requiredFacts(untyped)).toThrow(PolicyError);
    try {
      policy.requiredFacts(untyped);
    } catch (e) {
      expect((e as PolicyError).issues[0]?.code).toBe('unknown-clause');
    }
  });
});
