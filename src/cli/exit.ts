import { formatPath, type Issue } from '../core/issue.js';
import { terminalText } from '../report/terminal-text.js';

/** Exit codes are pinned: scripts depend on them. */
export const EXIT = { decided: 0, invalidInput: 1, usage: 2 } as const;

export type Lang = 'zh' | 'en';

/** One readable line per issue: both languages, the reader's first. */
export function issueLine(issue: Issue, lang: Lang = 'en'): string {
  // Messages no longer start with their path (it is `issue.path`, for forms); a terminal line still names it.
  const at = issue.path.length > 0 ? formatPath(issue.path) : null;
  const zh = at ? `${at}：${issue.message.zh}` : issue.message.zh;
  const en = at ? `${at}: ${issue.message.en}` : issue.message.en;
  const [first, second] = lang === 'zh' ? [zh, en] : [en, zh];
  const where = issue.file ? `${issue.file}: ` : '';
  // Messages quote what was received (ids, cells): control characters are shown as codes, never sent to the terminal.
  return terminalText(`${where}[${issue.code}] ${first} ｜ ${second}`);
}

export function printIssues(issues: readonly Issue[], lang: Lang = 'en', out: (line: string) => void = (l) => process.stderr.write(l + '\n')): void {
  for (const issue of issues) out(issueLine(issue, lang));
}

export { formatPath };
