import { eventSchemas } from '../../src/heyuan/application.js';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/locales/issue.js';
import { fieldTypeOf, resolveFieldType } from '../../src/rules/lint.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import type { RequiredFact } from '../../src/rules/required-facts.js';

const policy = loadPolicy({ year: 2026 });
const byFact = (facts: RequiredFact[], fact: string) => facts.filter((f) => f.fact === fact).map((f) => f.path);
const readers = (facts: RequiredFact[], fact: string, path: string) => facts.find((f) => f.fact === fact && f.path === path)?.readBy;

/** Every general condition's reads, G1–G8, which every clause paying for an event inherits. */
const GENERAL = {
  applicant: ['$.county', '$.seriousDishonesty', '$.ipViolationDates', '$.kind'],
  context: ['$.violationLookback', '$.eventPeriod', '$.clawbackBar'],
  clause: ['$.applicants', '$.suspended'],
  history: ['$.clawbackYears', '$.predecessorFunded'],
};

describe('policy.requiredFacts(clauseId)', () => {
  it('pledge-loan-interest reads its own event fields, the event date, and the general conditions’ applicant fields', () => {
    const facts = policy.requiredFacts('pledge-loan-interest');
    expect(byFact(facts, 'event')).toEqual(['$.date', '$.id', '$.pledgeRegistered', '$.repaidOnSchedule', '$.interestPaid', '$.lenderKind', '$.higherLevelInterestSubsidy']);
    expect(byFact(facts, 'applicant')).toEqual(GENERAL.applicant);
    expect(byFact(facts, 'context')).toEqual(GENERAL.context);
    expect(byFact(facts, 'clause')).toEqual(GENERAL.clause);
    expect(byFact(facts, 'history')).toEqual(GENERAL.history);
  });

  it('says what reads each field: interestPaid by a condition and the amount, higherLevelInterestSubsidy by the exclusive stacking rule', () => {
    const facts = policy.requiredFacts('pledge-loan-interest');
    expect(readers(facts, 'event', '$.interestPaid')).toEqual(['condition', 'amount']);
    expect(readers(facts, 'event', '$.higherLevelInterestSubsidy')).toEqual(['stacking']);
    expect(readers(facts, 'event', '$.higherLevelFunding')).toBeUndefined();
    expect(readers(facts, 'event', '$.date')).toEqual(['condition']);
  });

  it('lists each field once', () => {
    const facts = policy.requiredFacts('pledge-loan-interest');
    const keys = facts.map((f) => `${f.fact} ${f.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('patent-award reads both byLevel key fields for the amount and the patent number for its take-the-higher group', () => {
    const facts = policy.requiredFacts('patent-award');
    expect(byFact(facts, 'event')).toEqual(['$.date', '$.id', '$.role', '$.scheme', '$.level', '$.patentNumber']);
    expect(readers(facts, 'event', '$.scheme')).toEqual(['amount']);
    expect(readers(facts, 'event', '$.patentNumber')).toEqual(['group']);
    // An independent clause never reads higher-level funding.
    expect(readers(facts, 'event', '$.higherLevelFunding')).toBeUndefined();
  });

  it('gi-product reads the GI name as its once-only key and its same-gi group key', () => {
    const facts = policy.requiredFacts('gi-product');
    expect(byFact(facts, 'event')).toEqual(['$.date', '$.id', '$.giName']);
    expect(readers(facts, 'event', '$.giName')).toEqual(['limit', 'group']);
  });

  it('includes the conditions a guideline adds', () => {
    const guideline = {
      ...policy.guideline,
      patches: [
        {
          clause: 'gi-product',
          addConditions: [
            { fact: 'applicant' as const, path: '$.isSme', operator: 'equal', value: true, label: { zh: '中小微企业', en: 'an SME' } },
          ],
        },
      ],
    };
    const facts = loadPolicy({ guideline }).requiredFacts('gi-product');
    expect(readers(facts, 'applicant', '$.isSme')).toEqual(['condition']);
    expect(policy.requiredFacts('gi-product').some((f) => f.path === '$.isSme')).toBe(false);
  });

  it('every event field any bundled clause requires exists on that clause’s event schema', () => {
    for (const { clause } of policy.clauses) {
      if (clause.subject === 'applicant') continue;
      const type = fieldTypeOf(eventSchemas[clause.subject as keyof typeof eventSchemas]);
      for (const f of policy.requiredFacts(clause.id).filter((x) => x.fact === 'event')) {
        expect(resolveFieldType(type, f.path).ok, `${clause.id} ${f.path}`).toBe(true);
      }
    }
  });

  it('throws a PolicyError with unknown-clause for an id that is not a clause', () => {
    expect(() => policy.requiredFacts('pledge-loan')).toThrow(PolicyError);
    try {
      policy.requiredFacts('pledge-loan');
    } catch (e) {
      expect((e as PolicyError).issues[0]?.code).toBe('unknown-clause');
    }
  });
});
