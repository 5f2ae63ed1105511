// What every language must word for a clause description (src/report/describe-clause.ts).
import type { ClauseNature } from '../core/issue.js';

export interface DescribeWording {
  heading: (p: { article: string; title: string; id: string }) => string;
  part: (p: { number: number; title: string; nature: ClauseNature; year: number }) => string;
  basis: (text: string) => string;
  /** The kinds by their vocabulary labels. */
  applicants: (kinds: readonly string[]) => string;
  /** The event type's label; null for a clause that pays the applicant itself. */
  subject: (eventType: string | null) => string;
  /** A table key of several fields: their values' labels, in order. */
  keyParts: (labels: readonly string[]) => string;
  /** A yes/no field's value in a table key. */
  yesNo: Record<'true' | 'false', string>;
  sections: { conditions: string; amount: string; limits: string; materials: string; provenance: string };
  condition: (p: { id: string; label: string; source: 'general' | 'clause' | 'guideline'; year: number }) => string;
  unlabelled: (p: { fact: string; path: string; operator: string; value: string }) => string;
  group: (kind: 'any' | 'all' | 'not') => string;
  noOwnConditions: string;
  fixed: (value: string) => string;
  percentOf: (p: { percent: string; of: string[]; less: string[] }) => string;
  perUnit: (p: { unit: string; count: string }) => string;
  byLevel: (fields: string[]) => string;
  tableRow: (p: { key: string; value: string | null }) => string;
  itemCap: (cap: string) => string;
  lowered: (p: { year: number; figure: string; from: string; to: string }) => string;
  clauseCap: (cap: string) => string;
  oncePer: (p: { key: string; difference: boolean }) => string;
  higherLevel: Record<'top-up' | 'exclusive' | 'independent', string>;
  takeTheHigher: (title: string) => string;
  applicantCap: (p: { year: number; cap: string }) => string;
  suspended: (p: { year: number; reason: string }) => string;
  note: (text: string) => string;
  noMaterials: string;
  provenance: Record<'reference' | 'published', string>;
  guidelineProvenance: (p: { year: number; provenance: 'reference' | 'published' }) => string;
  source: (text: string) => string;
}
