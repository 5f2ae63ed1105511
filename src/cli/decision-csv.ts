import { stringify } from 'csv-stringify/sync';
import type { Decision } from '../engine/decision.js';
import type { Lang } from './exit.js';
import { cliWording } from './cli-wording.js';

/*
 * Decisions as CSV rows, one per item, for spreadsheet programs. Column
 * names are stable English identifiers (scripts read them); the text in
 * the cells follows --lang. Amounts are the Decision's own two-decimal
 * strings, never numbers.
 */

export const DECISION_CSV_COLUMNS = [
  'applicant_id',
  'year',
  'article',
  'clause',
  'title',
  'part',
  'nature',
  'subject',
  'subject_key',
  'eligible',
  'base_amount',
  'amount',
  'applicant_total',
  'not_eligible_because',
  'adjustments',
  'provenance',
  'provenance_text',
  'rules_hash',
] as const;

/**
 * Every cell is text; a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` so no
 * spreadsheet runs it as a formula. A cell holding a lone CR or LF is quoted:
 * with `record_delimiter` set, csv-stringify quotes only the full CRLF unless
 * `quote_record_delimiter` says so, and a spreadsheet would start a new row
 * (under another applicant) at the bare line break.
 */
export function csvLine(cells: readonly string[]): string {
  return stringify([cells], { escape_formulas: true, record_delimiter: 'windows', quote_record_delimiter: true });
}

export const CSV_BOM = '\ufeff';

export function decisionCsvHeader(): string {
  return CSV_BOM + csvLine(DECISION_CSV_COLUMNS);
}

/** The rows of one decision; an applicant with no items still gets one row, so no one decided is missing from the sheet. */
export function decisionCsvRows(d: Decision, lang: Lang): string {
  const head = [d.applicantId, String(d.year)];
  if (d.items.length === 0) {
    return csvLine([...head, '', '', '', '', '', '', '', '', '', '', d.total, '', '', '', '', d.rulesHash]);
  }
  return d.items
    .map((item) =>
      csvLine([
        ...head,
        item.article,
        item.clause,
        item.title[lang],
        item.part,
        item.nature,
        item.subject,
        item.subjectKey,
        item.eligible ? 'true' : 'false',
        item.baseAmount,
        item.amount,
        d.total,
        item.conditions
          .filter((c) => c.blocking)
          .map((c) => `${c.id} ${(c.failure ?? c.label)?.[lang] ?? `${c.path} ${c.operator}`}`)
          .join('; '),
        item.adjustments.map((a) => `${a.before}→${a.after} ${a.reason[lang]}`).join('; '),
        item.provenance,
        cliWording(lang).provenanceText[item.provenance],
        d.rulesHash,
      ]),
    )
    .join('');
}
