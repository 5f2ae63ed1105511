// What every language must word for an explanation (src/report/explain.ts
// builds the structure; each src/locales/<lang>/explain.ts words it).

export type ItemStatus = 'paid' | 'reduced' | 'not-paid' | 'ineligible';
export type SectionKind = 'conditions' | 'computation' | 'adjustments' | 'figures' | 'materials' | 'missing' | 'not-paid' | 'warnings';
export type CompareOp = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';

export interface ExplainWording {
  heading(p: { applicantId: string; year: number; total: string }): string;
  summary(p: { paid: number; reduced: number; notPaid: number; ineligible: number }): string;
  itemHeading(p: { article: string; title: string; subject: string }): string;
  itemLine(heading: string, status: string): string;
  status: Record<ItemStatus, (p: { amount: string; base: string }) => string>;
  sections: Record<SectionKind, string>;
  /** `field` is the fact's field the leaf reads (`pledgeRegistered`, `date`). */
  condition(p: { id: string; label: string; field: string; expected: string; actual: string; passed: boolean }): string;
  conditionLabel(p: { path: string; operator: string }): string;
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
    noneOf(items: string[]): string;
    noneWithin(period: string): string;
    within(period: string): string;
    compare(op: CompareOp, value: string): string;
    not(value: string): string;
    /** A yes/no requirement names its field: "suspended = no" reads right under "the clause is open this year". */
    is(field: string, value: string): string;
    onOrAfter(value: string): string;
    onOrBefore(value: string): string;
  };
  computation(formula: string): string;
  adjustment(p: { before: string; after: string; reason: string }): string;
  figure(p: { name: string; value: string; ceiling: string | null; source: 'policy' | 'guideline'; year: number; provenance: 'reference' | 'published' }): string;
  missing: {
    must(label: string): string;
    mustNot(label: string): string;
    suspended(p: { year: number; reason: string }): string;
    notGiven(p: { path: string }): string;
    dateOutside(p: { actual: string; side: 'before' | 'after'; from: string; to: string; isEventDate: boolean }): string;
    datesWithin(p: { hits: string[]; from: string; to: string }): string;
    date(p: { op: 'onOrAfter' | 'onOrBefore'; expected: string; actual: string }): string;
    compare(p: { op: CompareOp; expected: string; actual: string }): string;
    equal(p: { expected: string; actual: string }): string;
    notEqual(p: { expected: string }): string;
    in(p: { expected: string[]; actual: string }): string;
    notIn(p: { actual: string }): string;
    join(lead: string, detail: string | null): string;
  };
  notPaid: {
    adjustment(reason: string): string;
    zeroBase(formula: string): string;
  };
  rulesHash(hash: string): string;
  html: {
    title(p: { applicantId: string; year: number }): string;
    batchTitle(p: { count: number }): string;
    total: string;
    passed: string;
    failed: string;
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
    yuan: string;
  };
}
