import type { ApplicantStatus } from './explain-wording.js';

/** Every sentence of the reviewer's workbench page; one implementation per language (src/locales/<lang>/workbench.ts). */
export interface WorkbenchWording {
  htmlLang: string;
  title: string;
  intro: string;
  loadHeading: string;
  fileLabel: string;
  yearLabel: string;
  langLabel: string;
  decideFile: string;
  print: string;
  formHeading: string;
  applicantLegend: string;
  eventLegend: string;
  eventType: string;
  decideForm: string;
  yes: string;
  choose: string;
  reviewHeading: string;
  reviewerName: string;
  exportJson: string;
  exportCsv: string;
  importLabel: string;
  filterBy: string;
  filters: {
    status: string;
    part: string;
    clause: string;
    /** One article among the clause filter's options. */
    article(article: string): string;
    county: string;
    sort: string;
    all: string;
    shown(p: { shown: number; count: number }): string;
  };
  sorts: { input: string; name: string; totalDesc: string; totalAsc: string; status: string };
  decided(p: { count: number; total: string }): string;
  invalid: string;
  /** Where a problem is, by the vocabulary's labels: the field of the applicant, of the n-th event (with its kind), of the n-th history entry. */
  place: {
    applicant(field: string): string;
    event(p: { number: number; type: string | null; field: string | null }): string;
    history(p: { number: number; field: string | null }): string;
  };
  returned(p: { count: number }): string;
  empty: string;
  loaded(p: { name: string; count: number }): string;
  review: {
    heading: string;
    material: string;
    materialStates: { unchecked: string; checked: string; missing: string };
    override: string;
    overrides: { none: string; support: string; refuse: string };
    reason: string;
    reasonRequired: string;
    save: string;
    saved(p: { applicant: string }): string;
    notes: string;
    recorded(p: { to: string; reason: string; by: string }): string;
    engineUnchanged: string;
  };
  imported(p: { count: number }): string;
  importMismatch(p: { expected: string; got: string }): string;
  csvColumns: readonly string[];
  statuses: Record<ApplicantStatus, string>;
}
