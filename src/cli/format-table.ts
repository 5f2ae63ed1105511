import stringWidth from 'string-width';
import type { Decision } from '../engine/decision.js';
import { terminalText } from '../report/terminal-text.js';
import type { Lang } from './exit.js';

/** Pads by display width: a Chinese character takes two columns. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

export function renderTable(rawRows: string[][], align: ('left' | 'right')[] = []): string {
  // Cells come from other systems: control characters are shown as codes, never sent to the terminal.
  const rows = rawRows.map((r) => r.map(terminalText));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => stringWidth(r[c] ?? ''))));
  return rows
    .map((r) => r.map((cell, c) => (align[c] === 'right' ? padStart(cell, widths[c]!) : pad(cell, widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

const HEAD = {
  zh: ['条款', '名称', '事项', '符合', '金额（元）', '说明'],
  en: ['Art.', 'Clause', 'Subject', 'Eligible', 'Amount (yuan)', 'Notes'],
};

/** A decision as an aligned table, for people at a terminal. */
export function decisionTable(d: Decision, lang: Lang): string {
  const rows = [HEAD[lang]];
  for (const item of d.items) {
    const blocking = item.conditions.filter((c) => c.blocking).map((c) => (c.failure ?? c.label)?.[lang] ?? `${c.path} ${c.operator}`);
    const notes = item.eligible ? item.adjustments.map((a) => a.reason[lang]) : blocking;
    rows.push([
      item.article,
      item.title[lang],
      item.subject,
      item.eligible ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no',
      item.amount,
      notes.join('; '),
    ]);
  }
  const title =
    lang === 'zh'
      ? `申报主体 ${terminalText(d.applicantId)}，${d.year} 年度：合计 ${d.total} 元`
      : `Applicant ${terminalText(d.applicantId)}, ${d.year}: total ${d.total} yuan`;
  const warnings = d.warnings.map((w) => `! ${terminalText(w.message[lang])}`);
  return [title, '', renderTable(rows, ['left', 'left', 'left', 'left', 'right', 'left']), '', ...warnings, `rulesHash ${d.rulesHash}`].join('\n');
}
