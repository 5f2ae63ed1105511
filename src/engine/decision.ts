import type { Bilingual } from '../core/issue.js';
import type { Computation } from './amount.js';
import type { Figure } from '../rules/apply-guideline.js';

/*
 * The Decision: what the library returns for one application. Its shape is
 * pinned (other systems read it): amounts and totals are strings with two
 * decimals; every leaf condition and every adjustment is listed.
 */

export type { AdjustmentKind } from '../core/issue.js';
import type { AdjustmentKind } from '../core/issue.js';

/** One step that changed an item's amount: replaying them from `baseAmount` gives `amount`. */
export interface Adjustment {
  kind: AdjustmentKind;
  before: string;
  after: string;
  reason: Bilingual;
}

export interface ConditionTrace {
  /** G1…G7 for general conditions, C1… for the clause's own, Y1… for those the guideline added. */
  id: string;
  source: 'general' | 'clause' | 'guideline';
  label: Bilingual | null;
  failure: Bilingual | null;
  fact: string;
  path: string;
  operator: string;
  expected: unknown;
  actual: unknown;
  passed: boolean;
  /** This leaf is one of the reasons the item is not eligible. */
  blocking: boolean;
}

export interface Item {
  clause: string;
  article: string;
  part: string;
  nature: 'award' | 'subsidy' | 'project';
  title: Bilingual;
  /** The event id the item pays for, or the applicant id for a clause about the applicant. */
  subject: string;
  /** The key once-only limits and history use. */
  subjectKey: string;
  eligible: boolean;
  /** What the amount form gives before any adjustment. */
  baseAmount: string;
  amount: string;
  conditions: ConditionTrace[];
  adjustments: Adjustment[];
  computation: Computation | null;
  figures: Figure[];
  materials: Bilingual[];
  suspended: Bilingual | null;
  provenance: 'reference' | 'published';
}

export interface Warning {
  code: 'reference-figure' | 'reference-guideline' | 'reference-condition';
  /** For `reference-condition`: the condition the item was refused on. */
  condition?: string;
  clause?: string;
  message: Bilingual;
}

/** An event no clause may pay, left out of the decision with the reason. */
export interface ExcludedEvent {
  subject: string;
  code: 'patent-grant-not-subsidised';
  reason: Bilingual;
}

export interface Decision {
  applicantId: string;
  year: number;
  total: string;
  items: Item[];
  warnings: Warning[];
  /** Events of the application no clause may pay (patent grants), in input order. */
  excludedEvents: ExcludedEvent[];
  rulesHash: string;
  guideline: { year: number; hash: string; provenance: 'reference' | 'published' };
}
