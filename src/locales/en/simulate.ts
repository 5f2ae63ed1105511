import type { SimulateWording } from '../simulate-wording.js';

/* The simulation report in English: findings stated as facts, amounts grouped by thousands. */

export const simulateEn: SimulateWording = {
  cliSummary: (p) =>
    `simulate ${p.baseYear} → ${p.draftYear}: ${p.applicants} applications${p.rejected > 0 ? ` (${p.rejected} rejected)` : ''}, paid ${p.basePaid} → ${p.draftPaid} yuan (${p.change}); ${p.gain} gain, ${p.lose} lose, ${p.unchanged} unchanged`,
  title: (p) => `Budget impact of the ${p.draftYear} draft guideline (against ${p.baseYear})`,
  summary: (p) =>
    `The same ${p.applicants} applications were decided under the ${p.baseYear} guideline and under "${p.draftTitle}". ` +
    (p.direction === 'same'
      ? `Both pay ${p.basePaid} yuan in total.`
      : `The total paid goes from ${p.basePaid} to ${p.draftPaid} yuan, ${p.direction === 'up' ? 'up' : 'down'} ${p.change} yuan.`),
  counts: (p) =>
    `${p.gain} applicants are paid more, ${p.lose} less and ${p.unchanged} the same; ` +
    `eligible for no item under the base but for one under the draft: ${p.becomeEligible}; the other way round: ${p.becomeIneligible}.` +
    (p.rejected > 0 ? ` ${p.rejected} applications failed validation and are left out of both sides.` : ''),
  proration: (p) => `${p.side}: ${p.part} asks for ${p.requested} yuan against a budget of ${p.budget} yuan and is paid at a ratio of ${p.ratio}.`,
  noProration: 'No part asks for more than its budget on either side: nothing is prorated.',
  shifted: (p) =>
    `Before the draft decided them, every event date, violation date and history year was moved ${p.years} whole year(s) later, as if filed for ${p.draftYear} (29 February becomes 28 February in a year without one).`,
  notShifted: (p) => `Event dates were not moved: the ${p.draftYear} guideline decided the applications as written.`,
  partName: (p) => `Part ${p.number} — ${p.title}`,
  side: { base: (y) => `${y} (base)`, draft: (y) => `${y} (draft)` },
  headings: {
    parts: '1. Budget and payments by part',
    chart: '2. Budget, requested and paid by part',
    changes: '3. Figures the draft changes, and the money they move',
    clauses: '4. Payments by clause',
    movers: '5. The applicants whose payment changes most',
    reconciliation: '6. Reconciliation',
    rejected: '7. Applications left out',
  },
  partColumns: { part: 'Part', budget: 'Budget', requested: 'Requested', paid: 'Paid', ratio: 'Ratio', change: 'Change in paid' },
  total: 'Total',
  chartSeries: { budget: 'budget', requested: 'requested', paid: 'paid' },
  chartLabel: 'Bar chart of each part’s budget, requested and paid amounts under the base and the draft',
  changeColumns: {
    article: 'Art.',
    clause: 'Clause',
    what: 'What',
    from: 'Base',
    to: 'Draft',
    basePaid: 'Paid (base)',
    draftPaid: 'Paid (draft)',
    change: 'Change',
  },
  guidelineRow: 'guideline',
  noChanges: 'The draft has the same figures as the base.',
  clauseColumns: { article: 'Art.', clause: 'Clause', applicants: 'Applicants paid', items: 'Items paid', money: 'Paid', change: 'Change' },
  moverColumns: { rank: '#', applicant: 'Applicant', base: 'Base', draft: 'Draft', change: 'Change', note: 'Note' },
  moversNote: (p) => `The ${p.shown} largest changes (${p.moved} applicants change in all), largest first by absolute amount; amounts in yuan.`,
  moversAll: (p) => `All ${p.moved} applicants whose payment changes, largest change first by absolute amount; amounts in yuan.`,
  noMovers: 'No applicant’s payment changes.',
  becameEligible: 'becomes eligible',
  becameIneligible: 'no longer eligible',
  reconciliationColumns: { side: 'Side', parts: 'Σ parts paid', applicants: 'Σ applicants', clauses: 'Σ clauses', result: 'Result' },
  reconciled: 'equal',
  notReconciled: 'NOT equal',
  rejectedNote: (p) => `These ${p.count} applications failed validation and are left out of both sides:`,
  rejectedItem: (p) => `#${p.position} (${p.applicantId}): `,
  footer: (p) =>
    `Rules: ${p.baseYear} ${p.baseHash}; ${p.draftYear} ${p.draftHash}. Amounts are rounded half-up to the fen; proration gives the remaining fen to the largest remainders.`,
};
