import type { Decision } from '../engine/decision.js';

/*
 * One word per applicant for triage, from the decision alone. Precedence: an
 * application that could not be decided is returned; nothing paid is a
 * refusal; some items refused is a partial refusal; a cut by a cap or
 * higher-level funding outranks a cut by budget proration (the first is about
 * the application, the second about the round); otherwise paid in full.
 */

export const APPLICANT_STATUSES = ['full', 'reduced', 'partly-refused', 'refused', 'prorated', 'returned'] as const;
export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

export function applicantStatus(d: Decision): ApplicantStatus {
  if (d.total === '0.00') return 'refused';
  const paid = (i: Decision['items'][number]) => i.eligible && i.amount !== '0.00';
  if (d.items.some((i) => !paid(i))) return 'partly-refused';
  if (d.items.some((i) => i.adjustments.some((a) => a.kind !== 'budget-proration'))) return 'reduced';
  if (d.items.some((i) => i.adjustments.some((a) => a.kind === 'budget-proration'))) return 'prorated';
  return 'full';
}
