// An amount form is one module: this file defines a form of its own (a
// threshold step), registers it, and a clause that uses it is validated,
// linted, described, listed by requiredFacts and decided, with no other change.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { figure, formatMoney, money, ZERO } from '../../src/core/money.js';
import { resolvePath } from '../../src/core/path.js';
import { describeClause, bundledRules, type ClauseId, lintRules, loadPolicy, type RuleFiles } from '../../src/index.js';
import type { AmountFormDef } from '../../src/schema/amount/form.js';
import { registerAmountForm } from '../../src/schema/amount/registry.js';
import { moneySchema, rulePathSchema } from '../../src/schema/primitives.js';
import { validateRules } from '../../src/api/rules.js';
import { pledgeLoan } from '../support/golden.js';

const stepSchema = z.strictObject({ form: z.literal('step'), of: rulePathSchema, threshold: moneySchema, below: moneySchema, above: moneySchema });
type StepAmount = z.output<typeof stepSchema>;

declare module '../../src/schema/amount/registry.js' {
  interface AmountForms {
    step: StepAmount;
  }
}

/** `below` when the field is under `threshold`, else `above`. */
const step: AmountFormDef<StepAmount> = {
  form: 'step',
  schema: stepSchema,
  figures: (a) => [
    ['below', a.below],
    ['above', a.above],
  ],
  lowerable: [],
  reads: (a) => [{ path: a.of, at: ['amount', 'of'], kinds: ['money'] }],
  compute(a, event) {
    const v = resolvePath(event, a.of);
    const paid = typeof v === 'string' ? money(v) : ZERO;
    const chosen = paid.lessThan(money(a.threshold)) ? a.below : a.above;
    return {
      value: figure(chosen),
      text: formatMoney(figure(chosen)),
      cap: null,
      computation: { form: 'step', inputs: { [a.of]: String(v) }, figure: chosen, formula: `${String(v)} → ${chosen}` },
    };
  },
  describe: (a, w) => [`  ${w.tableRow({ key: `< ${a.threshold}`, value: a.below })}`, `  ${w.tableRow({ key: `≥ ${a.threshold}`, value: a.above })}`],
};
registerAmountForm(step);

// A form nobody declared does not compile (checked by `npm run typecheck`).
export function unregisteredFormsDoNotCompile(): void {
  // @ts-expect-error 'tiered' is not an amount form of AmountForms
  registerAmountForm({ ...step, form: 'tiered' });
}

function rulesWithStepClause(of = '$.interestPaid'): RuleFiles {
  const rules = JSON.parse(JSON.stringify(bundledRules)) as RuleFiles;
  rules.clauses.push({
    file: 'rules/clauses/pledge-loan-step.json',
    data: {
      id: 'pledge-loan-step',
      part: 'transformation',
      article: '2.99',
      nature: 'subsidy',
      title: { zh: '质押融资阶梯奖励', en: 'Pledge loan step award' },
      basis: { zh: '测试用条款。', en: 'A clause for this test.' },
      applicants: ['enterprise'],
      subject: 'pledge-loan',
      conditions: {
        all: [{ fact: 'event', path: '$.pledgeRegistered', operator: 'equal', value: true, label: { zh: '已办理质押登记', en: 'pledge registered' } }],
      },
      amount: { form: 'step', of, threshold: '100000', below: '5000', above: '8000' },
      limits: {},
      stacking: { higherLevel: 'independent' },
      provenance: 'reference',
      source: { zh: '测试用条款。', en: 'A clause for this test.' },
    },
  });
  return rules;
}

const application = (interestPaid: string) => ({
  applicant: { id: 'S-1', name: '测试企业', kind: 'enterprise', creditCode: '9144030071526726XG', county: 'yuancheng', isSme: true, seriousDishonesty: false },
  events: [pledgeLoan({ date: '2025-05-06', interestPaid, predecessorFunded: false })],
});

describe('an amount form registered in one file', () => {
  const rules = rulesWithStepClause();

  it('is decided: interest 99999.99 is under the 100000 threshold (5000.00), 100000.00 is not (8000.00)', async () => {
    for (const engine of ['compiled', 'json-rules-engine'] as const) {
      const policy = loadPolicy({ year: 2026, rules, engine });
      const under = (await policy.evaluate(application('99999.99'))).items.find((i) => i.clause === 'pledge-loan-step');
      const at = (await policy.evaluate(application('100000.00'))).items.find((i) => i.clause === 'pledge-loan-step');
      expect([under?.amount, at?.amount]).toEqual(['5000.00', '8000.00']);
    }
  });

  it('has its figures listed for the year', () => {
    const yc = loadPolicy({ year: 2026, rules }).clauses.find((c) => c.clause.id === 'pledge-loan-step')!;
    expect(yc.figures.map((f) => [f.name, f.value])).toEqual([
      ['below', '5000'],
      ['above', '8000'],
      ['clauseCap', null],
    ]);
  });

  it('is linted: the field it reads must exist and be money', () => {
    const own = (r: RuleFiles) =>
      lintRules(r)
        .filter((i) => i.file === 'rules/clauses/pledge-loan-step.json')
        .map((i) => [i.code, i.path.join('.')]);
    expect(own(rules)).toEqual([]);
    expect(own(rulesWithStepClause('$.interest'))).toEqual([['unknown-field-path', 'amount.of']]);
    expect(own(rulesWithStepClause('$.pledgeRegistered'))).toEqual([['amount-type', 'amount.of']]);
  });

  it('is described and its fields are required facts', () => {
    const policy = loadPolicy({ year: 2026, rules });
    const v = validateRules(rules);
    if (!v.ok) throw new Error('rules invalid');
    const d = describeClause({ policy: v.value.policy, guideline: policy.guideline, clauses: policy.clauses }, 'pledge-loan-step', 'en');
    expect(d.ok && d.value.join('\n')).toContain('< 100000');
    // A clause of the caller's own rules is no bundled ClauseId: the caller says so.
    expect(policy.requiredFacts('pledge-loan-step' as ClauseId).find((f) => f.readBy.includes('amount'))?.path).toBe('events[].interestPaid');
  });

  it('an amount whose form is not registered is refused when the rules load', () => {
    const bad = rulesWithStepClause();
    (bad.clauses.at(-1)!.data as { amount: { form: string } }).amount.form = 'tiered';
    const r = validateRules(bad);
    expect(r.ok ? [] : r.issues.map((i) => [i.file, i.path.join('.')])).toContainEqual(['rules/clauses/pledge-loan-step.json', 'amount.form']);
  });
});
