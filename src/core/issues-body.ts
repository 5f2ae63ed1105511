import type { Issue } from './issue.js';

/*
 * Issues as a program reads them: the service's error bodies and
 * `check --format json` write the same `{ ok: false, issues }`, so a client
 * handles both with one piece of code.
 */

export interface WireIssue {
  code: string;
  path: Issue['path'];
  message: Issue['message'];
  params: Record<string, unknown>;
}

/** An issue as written out: `params` always present, no file name. */
export function wireIssue(issue: Issue): WireIssue {
  return { code: issue.code, path: issue.path, message: issue.message, params: issue.params ?? {} };
}

export function issuesBody(issues: readonly Issue[]): { ok: false; issues: WireIssue[] } {
  return { ok: false, issues: issues.map(wireIssue) };
}
