import type { ExplainWording } from '../explain-wording.js';

/*
 * English wording of explanations and the HTML report. A requirement label
 * reads as a statement ("the pledge is registered with CNIPA"); `must` turns
 * the first "is"/"are" into "must be" so the missing list says what would
 * have to change.
 */

const MUST = /^(.*?\S) (is|are) (.+)$/;

function must(label: string): string {
  const m = MUST.exec(label);
  return m ? `${m[1]} must be ${m[3]}` : `required: ${label}`;
}

const FIGURE_NAMES: Record<string, string> = {
  value: 'fixed amount',
  rate: 'rate',
  cap: 'item cap',
  unit: 'amount per unit',
  clauseCap: 'clause cap',
};

export const explainEn: ExplainWording = {
  heading: (p) => `Applicant ${p.applicantId} · ${p.year} guideline · total ${p.total} yuan`,
  summary: (p) => `${p.paid} paid, ${p.reduced} reduced, ${p.notPaid} eligible but not paid, ${p.ineligible} not eligible`,
  itemHeading: (p) => `[${p.article}] ${p.title} — ${p.subject}`,
  itemLine: (heading, status) => `${heading}: ${status}`,
  status: {
    paid: (p) => `paid ${p.amount} yuan`,
    reduced: (p) => `paid ${p.amount} of ${p.base} yuan`,
    'not-paid': () => 'eligible, not paid',
    ineligible: () => 'not eligible',
  },
  sections: {
    conditions: 'Conditions',
    computation: 'Amount',
    adjustments: 'Adjustments',
    figures: 'Figures used',
    materials: 'Materials to submit',
    missing: 'What is missing',
    'not-paid': 'Why nothing is paid',
    warnings: 'Warnings',
  },
  condition: (p) => `${p.id} ${p.label} — required ${p.expected}; found ${p.field} = ${p.actual}`,
  conditionLabel: (p) => `${p.path} ${p.operator}`,
  value: {
    yes: 'yes',
    no: 'no',
    missing: 'nothing',
    empty: 'none',
    period: (from, to) => `${from} – ${to}`,
    list: (items) => items.join(', '),
  },
  expect: {
    oneOf: (items) => (items.length === 1 ? items[0]! : `one of ${items.join(', ')}`),
    noneOf: (items) => `none of ${items.join(', ')}`,
    noneWithin: (period) => `none within ${period}`,
    within: (period) => `within ${period}`,
    compare: (op, v) => `${{ gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=' }[op]} ${v}`,
    not: (v) => `not ${v}`,
    is: (field, v) => `${field} = ${v}`,
    onOrAfter: (v) => `on or after ${v}`,
    onOrBefore: (v) => `on or before ${v}`,
  },
  computation: (formula) => formula,
  adjustment: (p) => `${p.before} → ${p.after}: ${p.reason}`,
  figure: (p) => {
    const name = p.name.startsWith('table:') ? `table entry ${p.name.slice(6)}` : (FIGURE_NAMES[p.name] ?? p.name);
    if (p.source === 'guideline' && p.ceiling !== null && p.ceiling !== p.value) {
      return `${name} ${p.value}: the ${p.year} guideline lowered the ${name} from ${p.ceiling} to ${p.value}`;
    }
    if (p.source === 'guideline') return `${name} ${p.value}: set by the ${p.year} guideline`;
    // a reference figure is our estimate or a comparable city's, never the measure's own text
    if (p.provenance === 'reference') return `${name} ${p.value}: a reference figure, not the published text of the measures`;
    return `${name} ${p.value}: the policy's figure`;
  },
  missing: {
    must,
    mustNot: (label) => `must no longer hold: ${label}`,
    suspended: (p) => `the ${p.year} guideline suspends this clause (${p.reason}); it can be claimed in a year that does not`,
    notGiven: (p) => `the application must give ${p.path}`,
    dateOutside: (p) =>
      `dated ${p.actual}, ${p.side === 'before' ? 'before' : 'after'} the ${p.isEventDate ? 'event period' : 'period'} ${p.from} – ${p.to}`,
    datesWithin: (p) => `${p.hits.join(', ')} within ${p.from} – ${p.to}`,
    date: (p) => `must be ${p.op === 'onOrAfter' ? 'on or after' : 'on or before'} ${p.expected}; it is ${p.actual}`,
    compare: (p) => {
      const word = { gt: 'above', gte: 'at least', lt: 'below', lte: 'at most', eq: 'exactly' }[p.op];
      return `must be ${word} ${p.expected}; it is ${p.actual}`;
    },
    equal: (p) => `must be ${p.expected}; it is ${p.actual}`,
    notEqual: (p) => `must not be ${p.expected}`,
    in: (p) => `must be ${p.expected.length === 1 ? p.expected[0] : `one of ${p.expected.join(', ')}`}; it is ${p.actual}`,
    notIn: (p) => `must not be ${p.actual}`,
    join: (lead, detail) => (detail ? `${lead} (${detail})` : lead),
  },
  notPaid: {
    adjustment: (reason) => reason,
    zeroBase: (formula) => `the amount comes to 0.00 (${formula})`,
  },
  rulesHash: (h) => `rulesHash ${h}`,
  html: {
    title: (p) => `Decision for ${p.applicantId}, ${p.year}`,
    batchTitle: (p) => `Batch of ${p.count} applications`,
    total: 'Total: ',
    passed: 'passed',
    failed: 'failed',
    budgetHeading: 'Budget per part',
    budgetColumns: ['Part', 'Budget', 'Requested', 'Paid', 'Ratio', 'Cut by proration'],
    budgetTotal: 'All parts',
    chartHeading: 'Budget, requested and paid per part',
    chartSeries: { budget: 'budget', requested: 'requested', paid: 'paid' },
    chartLabel: 'Bar chart of budget, requested and paid amounts per part',
    decisionsHeading: 'Applications',
    decisionColumns: ['Applicant', 'Items paid', 'Before proration', 'Paid'],
    detailsHeading: 'Decisions',
    detailsOmitted: (p) => `Details of the first ${p.shown} of ${p.count} applications are shown; use check on one application for the rest.`,
    yuan: 'yuan',
  },
};
