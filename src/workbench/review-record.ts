import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Decision } from '../engine/decision.js';
import { applicantStatus } from '../report/applicant-status.js';
import type { WorkbenchWording } from '../locales/workbench-wording.js';

/*
 * What a reviewer records about one applicant, beside the engine's decision
 * and never instead of it: each material checked or missing, an opinion on an
 * item (only with a written reason), notes, the reviewer's name. Kept per
 * applicant and rules hash, so a mark made under one set of rules never shows
 * under another. Export and import carry the marks with the decision and the
 * hashes that identify it.
 */

export type MaterialMark = 'checked' | 'missing';
export type Opinion = 'support' | 'refuse';

export interface ItemOpinion {
  to: Opinion;
  reason: string;
  by: string;
}

export interface ApplicantReview {
  /** `${clause}|${subject}|${index}` → mark. */
  materials: Record<string, MaterialMark>;
  /** `${clause}|${subject}` → opinion. */
  opinions: Record<string, ItemOpinion>;
  notes: string;
  reviewer: string;
}

export interface ReviewContext {
  rulesHash: string;
  guidelineHash: string;
  inputFingerprint: string;
}

export interface ReviewExport extends ReviewContext {
  format: 'heyuan-ip-review/1';
  reviews: {
    applicantId: string;
    name: string;
    /** The engine's decision, as it was: an opinion never changes it. */
    decision: { total: string; status: string; items: { clause: string; article: string; subject: string; amount: string; eligible: boolean }[] };
    review: ApplicantReview;
  }[];
}

export const emptyReview = (): ApplicantReview => ({ materials: {}, opinions: {}, notes: '', reviewer: '' });

/** The storage key of one applicant's review under one set of rules. */
export function reviewKey(rulesHash: string, applicantId: string): string {
  return `heyuan-ip-review/1:${rulesHash}:${applicantId}`;
}

/** A stored review, or an empty one where nothing (or something unreadable) is stored. */
export function parseReview(text: string | null): ApplicantReview {
  if (!text) return emptyReview();
  try {
    const v = JSON.parse(text) as Partial<ApplicantReview>;
    return {
      materials: v.materials && typeof v.materials === 'object' ? (v.materials as Record<string, MaterialMark>) : {},
      opinions: v.opinions && typeof v.opinions === 'object' ? (v.opinions as Record<string, ItemOpinion>) : {},
      notes: typeof v.notes === 'string' ? v.notes : '',
      reviewer: typeof v.reviewer === 'string' ? v.reviewer : '',
    };
  } catch {
    return emptyReview();
  }
}

/** An opinion is only taken with a reason: a blank reason is refused (null). */
export function withOpinion(review: ApplicantReview, item: string, to: Opinion | null, reason: string, by: string): ApplicantReview | null {
  const opinions = { ...review.opinions };
  if (to === null) delete opinions[item];
  else {
    if (reason.trim() === '') return null;
    opinions[item] = { to, reason: reason.trim(), by };
  }
  return { ...review, opinions };
}

export function exportReviews(ctx: ReviewContext, entries: { decision: Decision; name: string; review: ApplicantReview }[]): ReviewExport {
  return {
    format: 'heyuan-ip-review/1',
    ...ctx,
    reviews: entries.map(({ decision: d, name, review }) => ({
      applicantId: d.applicantId,
      name,
      decision: {
        total: d.total,
        status: applicantStatus(d),
        items: d.items.map((i) => ({ clause: i.clause, article: i.article, subject: i.subject, amount: i.amount, eligible: i.eligible })),
      },
      review,
    })),
  };
}

/** One CSV row per item (an applicant without items gets one row), UTF-8 with a BOM for spreadsheet programs. */
export function reviewsCsv(x: ReviewExport, w: WorkbenchWording): string {
  const rows: string[][] = [[...w.csvColumns]];
  for (const r of x.reviews) {
    const materials = Object.entries(r.review.materials)
      .map(([k, v]) => `${k}=${w.review.materialStates[v]}`)
      .join('; ');
    const items = r.decision.items.length > 0 ? r.decision.items : [null];
    for (const i of items) {
      const op = i ? r.review.opinions[`${i.clause}|${i.subject}`] : undefined;
      rows.push([
        r.applicantId,
        r.name,
        i ? i.article : '',
        i ? i.subject : '',
        i ? i.amount : r.decision.total,
        w.statuses[r.decision.status as keyof WorkbenchWording['statuses']] ?? r.decision.status,
        op ? w.review.overrides[op.to] : '',
        op ? op.reason : '',
        materials,
        r.review.notes,
        r.review.reviewer,
        x.rulesHash,
        x.guidelineHash,
        x.inputFingerprint,
      ]);
    }
  }
  return '\ufeff' + stringify(rows, { escape_formulas: true, record_delimiter: 'windows' });
}

/** The reviews of an export made under these rules; an export made under other rules is refused (its marks would describe other decisions). */
export function importReviews(text: string, rulesHash: string): { ok: true; reviews: Map<string, ApplicantReview> } | { ok: false; got: string } {
  const x = JSON.parse(text) as Partial<ReviewExport>;
  if (x.format !== 'heyuan-ip-review/1' || x.rulesHash !== rulesHash || !Array.isArray(x.reviews))
    return { ok: false, got: String(x.rulesHash ?? x.format ?? '') };
  return { ok: true, reviews: new Map(x.reviews.map((r) => [r.applicantId, parseReview(JSON.stringify(r.review))])) };
}
