import { ISSUE_PARAMS, type IssueCode } from '../../src/core/issue.js';

/** The "Issues for forms" table of docs/choices.md, from ISSUE_PARAMS: `key?` is optional, `[]` a list of texts. */
export function issueParamsTable(): string {
  const rows = (Object.keys(ISSUE_PARAMS) as IssueCode[]).map((code) => {
    const spec = ISSUE_PARAMS[code] as Readonly<Record<string, { kind: string; optional: boolean }>>;
    const keys = Object.entries(spec).map(
      ([k, s]) => `\`${k}${s.optional ? '?' : ''}\`${s.kind === 'number' ? ' (number)' : s.kind === 'texts' ? ' (list)' : ''}`,
    );
    return `| \`${code}\` | ${keys.length > 0 ? keys.join(', ') : '—'} |`;
  });
  return ['| code | params |', '|---|---|', ...rows].join('\n');
}
