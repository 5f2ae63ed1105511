/*
 * What the simulation report says, as typed slots: each language module
 * (src/locales/zh/simulate.ts, src/locales/en/simulate.ts) fills every one, so no sentence
 * is ever built in the engine or the renderer. Amounts reach a wording
 * already grouped for reading ("1,462,000.00").
 */

export interface SummaryParams {
  baseYear: number;
  draftYear: number;
  draftTitle: string;
  applicants: number;
  basePaid: string;
  draftPaid: string;
  /** The change without its sign; `direction` says which way. */
  change: string;
  direction: 'up' | 'down' | 'same';
}

export interface CountParams {
  gain: number;
  lose: number;
  unchanged: number;
  becomeEligible: number;
  becomeIneligible: number;
  rejected: number;
}

export interface ProrationParams {
  part: string;
  side: string;
  budget: string;
  requested: string;
  ratio: string;
}

export interface CliSummaryParams {
  baseYear: number;
  draftYear: number;
  applicants: number;
  rejected: number;
  basePaid: string;
  draftPaid: string;
  change: string;
  gain: number;
  lose: number;
  unchanged: number;
}

export interface SimulateWording {
  /** The line `heyuan-ip simulate` ends with on stderr. */
  cliSummary: (p: CliSummaryParams) => string;
  title: (p: { baseYear: number; draftYear: number }) => string;
  summary: (p: SummaryParams) => string;
  counts: (p: CountParams) => string;
  /** One fact per part the budget cuts on a side. */
  proration: (p: ProrationParams) => string;
  noProration: string;
  shifted: (p: { years: number; draftYear: number }) => string;
  notShifted: (p: { draftYear: number }) => string;
  partName: (p: { number: number; title: string }) => string;
  side: { base: (year: number) => string; draft: (year: number) => string };
  headings: { parts: string; chart: string; changes: string; clauses: string; movers: string; reconciliation: string; rejected: string };
  partColumns: { part: string; budget: string; requested: string; paid: string; ratio: string; change: string };
  total: string;
  chartSeries: { budget: string; requested: string; paid: string };
  chartLabel: string;
  changeColumns: { article: string; clause: string; what: string; from: string; to: string; basePaid: string; draftPaid: string; change: string };
  guidelineRow: string;
  noChanges: string;
  clauseColumns: { article: string; clause: string; applicants: string; items: string; money: string; change: string };
  moverColumns: { rank: string; applicant: string; base: string; draft: string; change: string; note: string };
  moversNote: (p: { shown: number; moved: number }) => string;
  /** When every applicant that changes is listed. */
  moversAll: (p: { moved: number }) => string;
  noMovers: string;
  becameEligible: string;
  becameIneligible: string;
  reconciliationColumns: { side: string; parts: string; applicants: string; clauses: string; result: string };
  reconciled: string;
  notReconciled: string;
  rejectedNote: (p: { count: number }) => string;
  rejectedItem: (p: { position: number; applicantId: string }) => string;
  footer: (p: { baseYear: number; draftYear: number; baseHash: string; draftHash: string }) => string;
}
