import type { ExplainWording } from '../explain-wording.js';
import { Money } from '../../core/money.js';
import { beijingWallTime, twoDigits } from '../format/instant-text.js';
import { groupAmountsIn, groupedYuan } from '../format/money-text.js';

/*
 * English wording of explanations and the HTML report, with the same care as
 * the Chinese: labels instead of codes, amounts with thousands separators,
 * reasons for a refusal stated as findings ("dated 31 December 2024, before
 * this year's event period …"), "award" or "subsidy" by the clause's nature.
 */

const yuan = (a: string) => `${groupedYuan(a)} yuan`;
const percent = (rate: string) => `${new Money(rate).times(100).toFixed()}%`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-12-31" → "31 December 2024", from the text: no Date, no time zone. */
function date(d: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : d;
}

const FIGURE_NAMES: Record<string, string> = {
  value: 'fixed amount',
  rate: 'rate',
  cap: 'item cap',
  unit: 'amount per unit',
  clauseCap: 'clause cap',
};

const PAY = { award: 'award', subsidy: 'subsidy', project: 'subsidy' } as const;
const COMPARE_WORD = { gt: 'above', gte: 'at least', lt: 'below', lte: 'at most', eq: 'exactly' } as const;

export const explainEn: ExplainWording = {
  heading: (p) => `${p.name ? `${p.name} (${p.applicantId})` : `Applicant ${p.applicantId}`} · ${p.year} guideline · total ${yuan(p.total)}`,
  summary: (p) => `${p.paid} paid in full, ${p.reduced} reduced, ${p.notPaid} eligible but not paid, ${p.ineligible} not eligible`,
  itemHeading: (p) => `[${p.article}] ${p.title} — ${p.subject}`,
  itemLine: (heading, status) => `${heading}: ${status}`,
  status: {
    paid: (p) => `${PAY[p.nature]} of ${yuan(p.amount)}`,
    reduced: (p) => `${PAY[p.nature]} of ${yuan(p.amount)} (computed ${yuan(p.base)})`,
    'not-paid': () => 'eligible, not paid',
    ineligible: () => 'not eligible',
  },
  sections: {
    refusal: 'The applicant fails a general condition',
    conditions: 'Conditions',
    computation: 'Amount',
    adjustments: 'Adjustments',
    proration: 'How the budget share was computed',
    figures: 'Figures used',
    materials: 'Materials to submit',
    missing: 'Why it is not eligible',
    'not-paid': 'Why nothing is paid',
    warnings: 'Warnings',
    excluded: 'Events not considered',
  },
  excludedLine: (p) => `event ${p.subject}: ${p.reason}`,
  condition: (p) =>
    `${p.id} ${p.label} — required: ${p.expected}; ${p.field}: ${p.actual}${p.alternative ? ' (not needed: another condition of its group holds)' : ''}`,
  conditionLabel: (p) => `${p.path} ${p.operator}`,
  carriedBy: (p) => `one of ${p.ids.join(', ')} suffices: carried by ${p.by.join(', ')}`,
  yuan,
  date,
  restyle: groupAmountsIn,
  value: {
    yes: 'yes',
    no: 'no',
    missing: 'not given',
    empty: 'none',
    period: (from, to) => `${from} to ${to}`,
    list: (items) => items.join(', '),
  },
  expect: {
    oneOf: (items) => (items.length === 1 ? items[0]! : `one of ${items.join(', ')}`),
    // An empty list (G8's events funded under the old policy, when none is declared) still reads as a requirement.
    noneOf: (items, list) =>
      list !== undefined
        ? `not one of the ${list} (${items.length === 0 ? 'there are none' : items.join(', ')})`
        : items.length === 0
          ? 'not among those listed (listed: none)'
          : `none of ${items.join(', ')}`,
    noneWithin: (period) => `none from ${period}`,
    within: (period) => `from ${period}`,
    compare: (op, v) => `${COMPARE_WORD[op]} ${v}`,
    not: (v) => `not ${v}`,
    is: (_field, v) => v,
    onOrAfter: (v) => `on or after ${v}`,
    onOrBefore: (v) => `on or before ${v}`,
  },
  computation: (c) => {
    switch (c.form) {
      case 'fixed':
        return `fixed amount ${yuan(c.value)}`;
      case 'byLevel':
        return c.value === null ? `${c.keys.join(' ')}: not supported` : `${c.keys.join(' ')}: ${yuan(c.value)}`;
      case 'percentOf': {
        const terms = [
          ...c.of.map((t, i) => `${i === 0 ? '' : ' + '}${t.field} ${yuan(t.value)}`),
          ...c.less.map((t) => ` − ${t.field} ${yuan(t.value)}`),
        ].join('');
        return `${percent(c.rate)} × ${terms.includes('+') || terms.includes('−') ? `(${terms})` : terms} = ${yuan(c.result)}`;
      }
      case 'perUnit':
        return `${c.count.field} ${c.count.value} × ${yuan(c.unit)} = ${yuan(c.result)}`;
      case 'other':
        return c.formula;
    }
  },
  adjustment: (p) => `${yuan(p.before)} → ${yuan(p.after)}: ${p.reason}`,
  proration: (p) => [
    `${yuan(p.before)} × ${groupedYuan(p.budget)} ÷ ${groupedYuan(p.requested)} = ${yuan(p.floor)} rounded down (remainder ${p.remainder}/${p.requestedFen} fen)`,
    `after rounding down, ${p.leftover} fen of the part's budget were left; by the largest-remainder rule one fen each went to the ${p.leftover} largest remainders (ties: applicant id, article, event id); this item's remainder ranks ${p.rank} of ${p.items}: ${p.extraFen ? 'one fen added' : 'no fen added'}, ${yuan(p.after)}`,
  ],
  figure: (p) => {
    const name = p.name.startsWith('table:') ? `${p.name.slice(6)} figure` : (FIGURE_NAMES[p.name] ?? p.name);
    const shown = p.name === 'rate' ? percent(p.value) : yuan(p.value);
    if (p.source === 'guideline' && p.ceiling !== null && p.ceiling !== p.value) {
      return `${name} ${shown}: the ${p.year} guideline lowered the ${name} from ${p.name === 'rate' ? percent(p.ceiling) : yuan(p.ceiling)} to ${shown}`;
    }
    if (p.source === 'guideline') return `${name} ${shown}: set by the ${p.year} guideline`;
    // A reference figure is our estimate or a comparable city's, never the measure's own text.
    if (p.provenance === 'reference') return `${name} ${shown}: a reference figure, not the published text of the measures`;
    return `${name} ${shown}: the policy's figure`;
  },
  finding: {
    fact: (p) => (p.subject === 'applicant' && !p.failure.startsWith('the ') ? `the applicant is ${p.failure}` : p.failure),
    suspended: (p) => `the ${p.year} guideline suspends this clause (${p.reason})`,
    notGiven: (p) => `the application does not give the ${p.field}`,
    dateOutside: (p) =>
      `${p.field} ${p.actual}, ${p.side === 'before' ? 'before' : 'after'} ${p.isEventDate ? "this year's event period" : 'the period'} ${p.from} to ${p.to}`,
    datesWithin: (p) => `${p.field} ${p.hits.join(', ')}, within ${p.from} to ${p.to}`,
    date: (p) => `${p.field} ${p.actual}, ${p.op === 'onOrAfter' ? 'before' : 'after'} ${p.expected}`,
    compare: (p) => `${p.field} is ${p.actual}, not ${COMPARE_WORD[p.op]} ${p.expected}`,
    equal: (p) => `${p.field} is ${p.actual}; the clause requires ${p.expected}`,
    notEqual: (p) => `${p.field} is ${p.expected}, which the clause does not support`,
    in: (p) =>
      p.failure && p.expected.length > 5 ? `${p.failure} (${p.field}: ${p.actual})` : `${p.field} is ${p.actual}, not one of ${p.expected.join(', ')}`,
    notIn: (p) => `${p.field} is ${p.actual}, which the clause does not support`,
    mustNot: (label) => `a case the clause excludes: ${label}`,
    other: (label) => `not met: ${label}`,
    applicantLevel: 'the applicant fails a general condition (see above)',
    conclusion: 'not supported',
  },
  applicantRefusal: (p) => `${p.findings.join('; ')}: no item of this application is supported`,
  notPaid: {
    adjustment: (reason) => reason,
    zeroBase: (formula) => `the amount comes to 0.00 yuan (${formula})`,
  },
  rulesHash: (h) => `rules hash: ${h}`,
  html: {
    title: (p) => `Decision for ${p.applicantId}, ${p.year}`,
    batchTitle: (p) => `${p.policy}: decisions under the ${p.year} guideline (${p.count} applications)`,
    total: 'Total: ',
    passed: 'met',
    failed: 'not met',
    notNeeded: 'not needed',
    budgetHeading: 'Budget per part',
    budgetColumns: ['Part', 'Budget (yuan)', 'Requested (yuan)', 'Paid (yuan)', 'Ratio', 'Cut by proration (yuan)'],
    budgetTotal: 'All parts',
    chartHeading: 'Budget, requested and paid per part',
    chartSeries: { budget: 'budget', requested: 'requested', paid: 'paid' },
    chartLabel: 'Bar chart of budget, requested and paid amounts per part',
    decisionsHeading: 'Applications',
    decisionColumns: ['Applicant', 'Items paid', 'Before proration (yuan)', 'Paid (yuan)'],
    detailsHeading: 'Decisions',
    detailsOmitted: (p) => `Details of the first ${p.shown} of ${p.count} applications are shown; use check on one application for the rest.`,
    conditionColumns: ['No.', 'Condition', 'Required', 'Found', 'Result'],
    partTitle: (p) => `Part ${p.number}: ${p.title}`,
    creditCode: 'Credit code: ',
    county: 'Registered in: ',
    statusLabel: 'Decision: ',
    separator: '; ',
    listSeparator: ', ',
    statuses: {
      full: 'paid in full',
      reduced: 'reduced',
      'partly-refused': 'partly refused',
      refused: 'refused',
      prorated: 'prorated',
      returned: 'returned: invalid data',
    },
    countsLabel: 'Applications per decision',
    capital: (text) => text,
    signature: ['Handled by: ____________', 'Checked by: ____________', 'Date: ____________'],
    backToTriage: 'Back to the list of applicants',
    article: (a) => `art. ${a}`,
    triageHeading: 'Applicants',
    triageCaption: 'The decision for each applicant; follow a name for the details',
    triageColumns: ['Applicant', 'Credit code', 'Registered in', 'Articles', 'Parts paid', 'Before proration (yuan)', 'Paid (yuan)', 'Decision'],
    filing: { decidedAt: 'Decided at', rulesHash: 'Rules hash', guidelineHash: 'Guideline hash', inputFingerprint: 'Input fingerprint' },
    decidedAtText: (iso) => {
      const t = beijingWallTime(iso);
      return t ? `${t.day} ${MONTHS[t.month - 1]} ${t.year}, ${twoDigits(t.hour)}:${twoDigits(t.minute)} Beijing time (UTC+8)` : iso;
    },
  },
};
