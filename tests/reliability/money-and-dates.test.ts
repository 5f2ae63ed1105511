import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { loadPolicy, safeLoadPolicy } from '../../src/api/load-policy.js';
import { MONEY_PATTERN } from '../../src/core/money.js';
import { operators } from '../../src/engine/operators.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { bundledClause, bundledGuideline, expectTypedIssues, rulesWithClause, sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * Money is a decimal string of yuan with at most two decimals, and nothing
 * else: decimal.js itself would read "0x10" as 16 and "1_000" as 1000, and a
 * JSON number has already been rounded by JSON.parse. Dates are real calendar
 * dates. Each refusal is a typed issue at the field's path.
 */

const policy = loadPolicy({ year: 2026 });
const LENIENT_DECIMALS = [
  '0x10',
  '0b101',
  '0o17',
  '1_000',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e5',
  '1E5',
  '+5',
  '.5',
  '5.',
  '-0',
  '-5',
  ' 5',
  '5 ',
  '1,000',
  '１２',
  '',
  '01',
  '1.234',
  '0.001',
  '12345678901234',
  '1e-2',
  '٣',
];

function withInterest(value: unknown) {
  const app = sampleApplication();
  app.events[1].interestPaid = value;
  return policy.safeEvaluate(app);
}

describe('money strings', () => {
  test.each(LENIENT_DECIMALS)('%j as an amount of an application is invalid-money', (text) => {
    const r = withInterest(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expectTypedIssues(r.errors);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'invalid-money', path: ['events', 1, 'interestPaid'] })]);
    expect(r.errors[0]!.message.en).toContain('"98000.50"');
  });

  test.each([
    [180000, '180000'],
    [180000.5, '180000.5'],
    // eslint-disable-next-line no-loss-of-precision -- the point: JSON.parse has already lost these digits
    [12345678901234567.89, '0.00'], // beyond safe integers: the hint does not invent digits JSON.parse lost
    [-1, '0.00'],
  ])('the JSON number %s is money-as-number, telling how to write it', (n, hint) => {
    const r = withInterest(n);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([expect.objectContaining({ code: 'money-as-number', path: ['events', 1, 'interestPaid'] })]);
    if (Number.isSafeInteger(Math.trunc(n)) && n >= 0) expect(r.errors[0]!.message.en).toContain(`"${hint}"`);
  });

  test.each(LENIENT_DECIMALS.concat(['12345678901234567.89']))('%j in a clause figure, a guideline figure and a budget is refused at load', (text) => {
    const clause = bundledClause('gi-product');
    clause.amount.value = text;
    const r = safeLoadPolicy({ year: 2026, rules: rulesWithClause('rules/clauses/gi-product.json', clause) });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toContainEqual(expect.objectContaining({ code: 'invalid-money', path: ['amount', 'value'], file: 'rules/clauses/gi-product.json' }));
    const g = bundledGuideline();
    g.patches[0].lower = { clauseCap: text };
    g.budget.total = text;
    const rg = safeLoadPolicy({ guideline: g as never });
    expect(rg.ok).toBe(false);
    if (!rg.ok) {
      expect(rg.issues).toContainEqual(expect.objectContaining({ code: 'invalid-money', path: ['patches', 0, 'lower', 'clauseCap'] }));
      expect(rg.issues).toContainEqual(expect.objectContaining({ code: 'invalid-money', path: ['budget', 'total'] }));
    }
  });

  test('a JSON number as a clause figure is money-as-number', () => {
    const clause = bundledClause('gi-product');
    clause.amount.value = 200000;
    const r = safeLoadPolicy({ year: 2026, rules: rulesWithClause('rules/clauses/gi-product.json', clause) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code: 'money-as-number', path: ['amount', 'value'] }));
  });

  test.each(LENIENT_DECIMALS)('decimal operators fail closed on %j, on either side', (text) => {
    for (const name of ['decimalEqual', 'decimalGreaterThan', 'decimalGreaterThanInclusive', 'decimalLessThan', 'decimalLessThanInclusive'] as const) {
      expect(operators[name](text, '0')).toBe(false);
      expect(operators[name]('0', text)).toBe(false);
      expect(operators[name](text, text)).toBe(false);
    }
  });

  const N = runs(2000);
  prop.prop([fc.oneof(fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '.', '-', '+', 'e', 'x', '_', ' ', 'I'), maxLength: 18 }), fc.string())], {
    numRuns: N,
  })('an amount string is accepted exactly when it matches the money pattern, and refused as a typed issue otherwise', (text) => {
    const r = withInterest(text);
    const valid = /^(0|[1-9][0-9]{0,12})(\.[0-9]{1,2})?$/.test(text);
    expect(MONEY_PATTERN.test(text)).toBe(valid);
    expect(r.ok).toBe(valid);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['invalid-money']);
  });
  record('hostile: random amount strings', N);
});

describe('calendar dates', () => {
  const IMPOSSIBLE = [
    '2025-02-30',
    '2023-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-5',
    '2025-01-01T00:00:00Z',
    '2025-01-01 ',
    '20250101',
    '2025/01/01',
    '+02025-01-01',
    '２０２５-01-01',
    '',
  ];

  test.each(IMPOSSIBLE)('%j as an event date, a violation date or a guideline date is invalid-date', (date) => {
    const app = sampleApplication();
    app.events[0].date = date;
    app.applicant.ipViolationDates = [date];
    const r = policy.safeEvaluate(app);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual(expect.objectContaining({ code: 'invalid-date', path: ['events', 0, 'date'] }));
      expect(r.errors).toContainEqual(expect.objectContaining({ code: 'invalid-date', path: ['applicant', 'ipViolationDates', 0] }));
    }
    const g = bundledGuideline();
    g.window.from = date;
    const rg = safeLoadPolicy({ guideline: g as never });
    expect(rg.ok).toBe(false);
    if (!rg.ok) expect(rg.issues).toContainEqual(expect.objectContaining({ code: 'invalid-date', path: ['window', 'from'] }));
  });

  test('leap days that exist are dates: 2024-02-29 and 2000-02-29', () => {
    for (const date of ['2024-02-29', '2000-02-29']) {
      const app = sampleApplication();
      app.events[0].date = date;
      app.events[0].predecessorFunded = false; // G8: an event up to 2025-06-23 must say it
      expect(policy.safeEvaluate(app).ok).toBe(true);
    }
  });

  test('the event period is inclusive at both ends, to the day', () => {
    const { from, to } = policy.guideline.eventPeriod;
    const eligibleOn = (date: string) => {
      const app = sampleApplication();
      app.events[1].date = date;
      app.events[1].predecessorFunded = false; // G8: an event up to 2025-06-23 must say it
      const r = policy.evaluateSync(app);
      return r.items.find((i) => i.subject === 'E-2' && i.clause === 'pledge-loan-interest')!.eligible;
    };
    expect(eligibleOn(from)).toBe(true);
    expect(eligibleOn(to)).toBe(true);
    const before = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const after = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(eligibleOn(before)).toBe(false);
    expect(eligibleOn(after)).toBe(false);
  });

  test('a reversed guideline window is a data error, not silently swapped', () => {
    const g = bundledGuideline();
    [g.window.from, g.window.to] = [g.window.to, g.window.from];
    const r = safeLoadPolicy({ guideline: g as never });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code: 'reversed-period', path: ['window'] }));
  });
});
