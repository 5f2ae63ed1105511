// What every language must word for an explanation (src/report/explain.ts
// builds the structure; each src/locales/<lang>/explain.ts words it).

export type ItemStatus = 'paid' | 'reduced' | 'not-paid' | 'ineligible';
export type SectionKind =
  'refusal' | 'conditions' | 'computation' | 'adjustments' | 'proration' | 'figures' | 'materials' | 'missing' | 'not-paid' | 'warnings' | 'excluded';
export type ClauseNature = 'award' | 'subsidy' | 'project';
/** One word per applicant for triage (src/report/applicant-status.ts decides which). */
export type ApplicantStatus = 'full' | 'reduced' | 'partly-refused' | 'refused' | 'prorated' | 'returned';

export type CompareOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';

/** How an amount was reached, with labels instead of codes, for the wording to phrase. */
export type ComputationText =
  | { form: 'fixed'; value: string }
  | { form: 'byLevel'; keys: string[]; value: string | null }
  | { form: 'percentOf'; rate: string; of: { field: string; value: string }[]; less: { field: string; value: string }[]; result: string }
  | { form: 'perUnit'; unit: string; count: { field: string; value: number }; result: string }
  | { form: 'other'; formula: string };

/** One item's share of a part's budget, recomputable from what is printed. */
export interface ProrationText {
  part: string;
  before: string;
  budget: string;
  requested: string;
  /** before × budget ÷ requested, rounded down to the fen. */
  floor: string;
  /** The exact quotient's remainder past the fen, as a fraction of a fen: remainder ÷ requested (in fen). */
  remainder: string;
  requestedFen: string;
  /** Fen left over in the part after every item was rounded down, given one each to the largest remainders. */
  leftover: number;
  /** This item's place among the part's items by remainder (1 = largest). */
  rank: number;
  items: number;
  extraFen: boolean;
  after: string;
}

/** Every sentence explain and renderHtml produce; one implementation per language. */
export interface ExplainWording {
  heading(p: { applicantId: string; name: string | null; year: number; total: string }): string;
  summary(p: { paid: number; reduced: number; notPaid: number; ineligible: number }): string;
  itemHeading(p: { article: string; title: string; subject: string }): string;
  itemLine(heading: string, status: string): string;
  /** An event left out of the decision (a patent grant), with the reason the decision gives. */
  excludedLine(p: { subject: string; reason: string }): string;
  status: Record<ItemStatus, (p: { amount: string; base: string; nature: ClauseNature }) => string>;
  sections: Record<SectionKind, string>;
  condition(p: { id: string; label: string; field: string; expected: string; actual: string; passed: boolean; alternative: boolean }): string;
  conditionLabel(p: { path: string; operator: string }): string;
  /** An \`any\` group that passed: which alternative carried it. */
  carriedBy(p: { ids: string[]; by: string[] }): string;
  yuan(amount: string): string;
  date(date: string): string;
  /** A sentence from rule data or the engine (a label, a reason), put in the house style. */
  restyle(text: string): string;
  value: {
    yes: string;
    no: string;
    missing: string;
    empty: string;
    period(from: string, to: string): string;
    list(items: string[]): string;
  };
  expect: {
    oneOf(items: string[]): string;
    /** `list`: what the list is, when the rules take it from a fact (G8: the events already supported under the previous policy). */
    noneOf(items: string[], list?: string): string;
    noneWithin(period: string): string;
    within(period: string): string;
    compare(op: CompareOp, value: string): string;
    not(value: string): string;
    is(field: string, value: string): string;
    onOrAfter(value: string): string;
    onOrBefore(value: string): string;
  };
  computation(c: ComputationText): string;
  adjustment(p: { before: string; after: string; reason: string }): string;
  proration(p: ProrationText): string[];
  figure(p: {
    name: string;
    value: string;
    ceiling: string | null;
    source: 'policy' | 'guideline';
    year: number;
    provenance: 'reference' | 'published';
  }): string;
  /** Findings: why an item is not eligible, stated as facts. */
  finding: {
    /** A yes/no fact that fails: \`subject\` is who or what it is about. */
    fact(p: { subject: 'applicant' | 'event' | 'clause'; failure: string; field: string; actual: boolean }): string;
    suspended(p: { year: number; reason: string }): string;
    notGiven(p: { field: string }): string;
    dateOutside(p: { field: string; actual: string; side: 'before' | 'after'; from: string; to: string; isEventDate: boolean }): string;
    datesWithin(p: { field: string; hits: string[]; from: string; to: string }): string;
    date(p: { field: string; op: 'onOrAfter' | 'onOrBefore'; expected: string; actual: string }): string;
    compare(p: { field: string; op: CompareOp; expected: string; actual: string }): string;
    equal(p: { field: string; expected: string; actual: string }): string;
    notEqual(p: { field: string; expected: string }): string;
    in(p: { field: string; expected: string[]; actual: string; failure: string | null }): string;
    notIn(p: { field: string; actual: string }): string;
    mustNot(label: string): string;
    other(label: string): string;
    applicantLevel: string;
    conclusion: string;
  };
  applicantRefusal(p: { findings: string[] }): string;
  notPaid: {
    adjustment(reason: string): string;
    zeroBase(formula: string): string;
  };
  rulesHash(hash: string): string;
  html: {
    title(p: { applicantId: string; year: number }): string;
    batchTitle(p: { count: number; year: number; policy: string }): string;
    total: string;
    passed: string;
    failed: string;
    notNeeded: string;
    budgetHeading: string;
    budgetColumns: readonly [string, string, string, string, string, string];
    budgetTotal: string;
    chartHeading: string;
    chartSeries: { budget: string; requested: string; paid: string };
    chartLabel: string;
    decisionsHeading: string;
    decisionColumns: readonly [string, string, string, string];
    detailsHeading: string;
    detailsOmitted(p: { shown: number; count: number }): string;
    conditionColumns: readonly [string, string, string, string, string];
    partTitle(p: { number: number; title: string }): string;
    creditCode: string;
    county: string;
    statusLabel: string;
    separator: string;
    listSeparator: string;
    statuses: Record<ApplicantStatus, string>;
    countsLabel: string;
    capital(text: string): string;
    signature: readonly string[];
    backToTriage: string;
    article(article: string): string;
    triageHeading: string;
    triageCaption: string;
    triageColumns: readonly [string, string, string, string, string, string, string, string];
    filing: { decidedAt: string; rulesHash: string; guidelineHash: string; inputFingerprint: string };
    /** The decision time (an ISO instant in UTC) on the reviewer's clock, or the text as it is when it is not one. */
    decidedAtText(iso: string): string;
  };
}
