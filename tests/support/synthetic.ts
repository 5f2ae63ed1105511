import { bundledRules, type ClauseInput, type GuidelineInput, loadPolicy, type Policy } from '../../src/index.js';
import { base2026 } from './golden.js';

/*
 * A policy of made-up clauses on the real policy.json and application schema:
 * the cross-clause steps are engine behaviour, so their tests should not
 * depend on the figures of any real clause.
 */
export function syntheticClause(id: string, article: string, overrides: Partial<ClauseInput> = {}): ClauseInput {
  return {
    id,
    part: 'innovation',
    article,
    nature: 'award',
    title: { zh: `测试条款 ${id}`, en: `Test clause ${id}` },
    basis: { zh: '测试用条款', en: 'A clause for tests' },
    applicants: ['enterprise'],
    subject: 'competition-award',
    conditions: { all: [] },
    amount: { form: 'byLevel', path: '$.rank', table: { gold: '100000', silver: '80000', excellent: '50000' } },
    limits: {},
    stacking: { higherLevel: 'independent' },
    provenance: 'published',
    ...overrides,
  };
}

export function syntheticPolicy(
  clauses: ClauseInput[],
  guideline: Partial<GuidelineInput> = {},
  engine: 'compiled' | 'json-rules-engine' = 'compiled',
): Policy {
  return loadPolicy({
    rules: {
      policy: bundledRules.policy,
      clauses: clauses.map((c) => ({ file: `rules/clauses/${c.id}.json`, data: c })),
      guidelines: [],
    },
    guideline: { ...base2026, applicantCap: undefined, patches: [], ...guideline },
    engine,
  });
}

export const enterprise = {
  id: 'A-1',
  name: '河源市测试企业',
  kind: 'enterprise',
  creditCode: '9144030071526726XG',
  county: 'zijin',
  isSme: true,
  seriousDishonesty: false,
};

export const competition = (id: string, rank: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'competition-award',
  date: '2025-06-01',
  competition: 'gba-high-value-patent',
  predecessorFunded: false,
  rank,
  ...extra,
});
