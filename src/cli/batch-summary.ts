import type { BudgetReport } from '../engine/prorate.js';
import { terminalText } from '../report/terminal-text.js';
import type { Lang } from './exit.js';
import { renderTable } from './format-table.js';
import { smallNumeralZh } from '../locales/format/numeral-zh.js';
import { bundledReportContext } from '../api/explain.js';
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

const HEAD = {
  zh: ['部分', '预算（元）', '申请（元）', '核拨（元）', '比例'],
  en: ['part', 'budget (yuan)', 'requested (yuan)', 'paid (yuan)', 'ratio'],
};

const partName = (part: string, lang: Lang) => {
  const c = bundledReportContext();
  return lang === 'zh' ? `第${smallNumeralZh(c.partNumber(part))}部分\u3000${c.partLabel(part, lang)}` : c.partLabel(part, lang).split(':')[0]!;
};

/** The lines that end a batch run on stderr: counts, then money per part. */
export function batchSummary(raw: BatchCounts, budget: BudgetReport | null, lang: Lang): string {
  // File names are the operator's, but may hold anything: shown with control characters as codes.
  const c = { ...raw, input: terminalText(raw.input), errorsFile: raw.errorsFile === null ? null : terminalText(raw.errorsFile) };
  const applications = c.decided + c.rejected;
  const lines =
    lang === 'zh'
      ? [`批量审核${c.year}年度：从${c.input}读取${c.rows}行，共${applications}份申报：${c.decided}份已审核，${c.rejected}份数据有误退回`]
      : [
          `batch ${c.year}: ${plural(c.rows, 'row')} read from ${c.input}, ${plural(applications, 'application')}: ${c.decided} decided, ${c.rejected} rejected`,
        ];
  if (c.rejected > 0 && c.errorsFile) lines.push(lang === 'zh' ? `退回的行及原因：${c.errorsFile}` : `rejected rows and why: ${c.errorsFile}`);
  if (budget) {
    const g = groupedYuan;
    const rows = [HEAD[lang], ...budget.parts.map((p) => [partName(p.part, lang), g(p.budget), g(p.requested), g(p.paid), p.ratio])];
    rows.push([lang === 'zh' ? '合计' : 'total', g(budget.total), g(budget.requested), g(budget.paid), '']);
    lines.push('', renderTable(rows, ['left', 'right', 'right', 'right', 'right']));
  }
  // Where money is shown, so is its standing: a reviewer must not take a reference figure for the published text.
  const standing = referenceLine(c, lang);
  if (standing) lines.push('', standing);
  const note = bundledReportContext().sourceNote(lang);
  if (note && (budget || standing)) lines.push(note);
  return lines.join('\n');
}

function referenceLine(c: BatchCounts, lang: Lang): string | null {
  const figures = c.referencePaid !== undefined && c.referencePaid !== '0.00';
  const guideline = c.guidelineProvenance === 'reference';
  if (!figures && !guideline) return null;
  if (lang === 'zh') {
    return [
      figures ? `其中按参考值核拨${groupedYuan(c.referencePaid!)}元，参考值并非政策措施公布文本` : '',
      guideline ? `所用${c.year}年度申报指南为参考稿，并非正式发布的指南` : '',
    ]
      .filter((t) => t !== '')
      .join('；');
  }
  return [
    figures ? `of the money paid, ${groupedYuan(c.referencePaid!)} yuan is at reference figures, not the published text of the measures` : '',
    guideline ? `the ${c.year} guideline used is a reference draft, not the published guideline` : '',
  ]
    .filter((t) => t !== '')
    .join('; ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
