import type { BudgetReport } from '../engine/prorate.js';
import { terminalText } from '../report/terminal-text.js';
import type { Lang } from './exit.js';
import { cliWording } from './cli-wording.js';
import { renderTable } from './format-table.js';
import { bundledReportContext } from '../api/explain.js';
import type { ReportContext } from '../report/labels.js';
import { groupedYuan } from '../locales/format/money-text.js';

export interface BatchCounts {
  year: number;
  input: string;
  rows: number;
  decided: number;
  rejected: number;
  /** Where the rejected rows were written, if to a file. */
  errorsFile: string | null;
  /** Of the money paid, how much was paid at reference figures (clauses whose figures are not the published text), two decimals. */
  referencePaid?: string;
  /** Whether the year's guideline is a reference draft or the published one. */
  guidelineProvenance?: 'reference' | 'published';
}

const partName = (part: string, lang: Lang, c: ReportContext) => {
  return cliWording(lang).budgetPart({ number: c.partNumber(part), title: c.partLabel(part, lang) });
};

/** The lines that end a batch run on stderr: counts, then money per part. */
export function batchSummary(raw: BatchCounts, budget: BudgetReport | null, lang: Lang, context: ReportContext = bundledReportContext()): string {
  const w = cliWording(lang);
  // File names are the operator's, but may hold anything: shown with control characters as codes.
  const c = { ...raw, input: terminalText(raw.input), errorsFile: raw.errorsFile === null ? null : terminalText(raw.errorsFile) };
  const lines = [w.batchCounts({ year: c.year, input: c.input, rows: c.rows, applications: c.decided + c.rejected, decided: c.decided, rejected: c.rejected })];
  if (c.rejected > 0 && c.errorsFile) lines.push(w.rejectedRowsIn({ file: c.errorsFile }));
  if (budget) {
    const g = groupedYuan;
    const rows = [[...w.budgetHead], ...budget.parts.map((p) => [partName(p.part, lang, context), g(p.budget), g(p.requested), g(p.paid), p.ratio])];
    rows.push([w.budgetTotal, g(budget.total), g(budget.requested), g(budget.paid), '']);
    lines.push('', renderTable(rows, ['left', 'right', 'right', 'right', 'right']));
  }
  // Where money is shown, so is its standing: a reviewer must not take a reference figure for the published text.
  const standing = referenceLine(c, lang);
  if (standing) lines.push('', standing);
  const note = context.sourceNote(lang);
  if (note && (budget || standing)) lines.push(note);
  return lines.join('\n');
}

function referenceLine(c: BatchCounts, lang: Lang): string | null {
  const figures = c.referencePaid !== undefined && c.referencePaid !== '0.00';
  const guideline = c.guidelineProvenance === 'reference';
  if (!figures && !guideline) return null;
  return cliWording(lang).referenceStanding({
    referencePaid: figures ? c.referencePaid! : null,
    referenceGuidelineYear: guideline ? c.year : null,
  });
}
