import stringWidth from 'string-width';
import type { Decision } from '../engine/decision.js';
import { explain } from '../api/explain.js';
import type { ReportContext } from '../report/labels.js';
import { explainWording } from '../report/explain.js';
import { groupedYuan } from '../locales/format/money-text.js';
import { terminalText } from '../report/terminal-text.js';
import { cliWording } from './cli-wording.js';
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
    .map((r) =>
      r
        .map((cell, c) => (align[c] === 'right' ? padStart(cell, widths[c]!) : pad(cell, widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const NOTE_SECTIONS = new Set(['adjustments', 'missing', 'not-paid']);

/** A decision as an aligned table, for people at a terminal: the notes carry the findings (dates, figures, caps) the explanation gives. */
export function decisionTable(d: Decision, lang: Lang, context?: ReportContext): string {
  const x = explain(d, { lang, context });
  const w = explainWording(lang);
  const cli = cliWording(lang);
  const rows = [[...cli.decisionHead]];
  d.items.forEach((item, i) => {
    const ex = x.items[i]!;
    const notes = ex.sections
      .filter((s) => NOTE_SECTIONS.has(s.kind))
      .flatMap((s) => s.lines.map((l) => l.text))
      .filter((t) => t !== w.finding.conclusion);
    rows.push([
      cli.decisionArticle(item.article),
      item.title[lang],
      item.subject,
      item.eligible ? w.value.yes : w.value.no,
      groupedYuan(item.amount),
      notes.join(cli.decisionNotesSeparator),
    ]);
  });
  const refusal = x.refusal ? x.refusal.lines.map((l) => `→ ${l.text}`) : [];
  const warnings = x.warnings ? x.warnings.lines.map((l) => `! ${l.text}`) : [];
  // Patent grants are left out of the table's rows, so the reviewer reads here that they were seen and why they are not decided.
  const excluded = x.excluded ? [x.excluded.heading, ...x.excluded.lines.map((l) => `· ${l.text}`), ''] : [];
  const note = x.sourceNote ? [x.sourceNote] : [];
  // Ids and names come from the application: a control sequence in one must not draw on the reviewer's terminal.
  const safeRows = rows.map((r) => r.map(terminalText));
  const lines = [
    x.heading,
    ...refusal,
    '',
    renderTable(safeRows, ['left', 'left', 'left', 'left', 'right', 'left']),
    '',
    ...excluded,
    ...warnings,
    ...note,
    x.footer,
  ];
  return lines.map((l, i) => (i === 2 + refusal.length ? l : terminalText(l))).join('\n');
}
