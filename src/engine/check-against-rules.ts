import type { Issue, PathSegment } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';
import type { Application } from '../schema/application.js';
import type { PolicyFile } from '../schema/policy.js';

/*
 * What the application schema cannot know, because it is built from the
 * vocabulary alone: that a history entry names a clause of these rules (a
 * misspelt id would switch once-only off and pay twice), and that an event
 * old enough for the previous policy says whether that policy supported it.
 */

export interface RulesFacts {
  policy: PolicyFile;
  clauseIds: ReadonlySet<string>;
}

export function checkAgainstRules(app: Application, rules: RulesFacts, prefix: readonly PathSegment[] = []): Issue[] {
  const issues: Issue[] = [];
  const p = rules.policy.predecessor;
  if (p !== undefined) {
    const params = { expired: p.expired, titleZh: p.title.zh, titleEn: p.title.en };
    for (let i = 0; i < app.events.length; i++) {
      const e = app.events[i]!;
      if (e.date > p.expired || Object.prototype.hasOwnProperty.call(e, p.field)) continue;
      // the index in the input: excluded (patent-grant) events were taken out before this list was made
      const at = app.inputIndex?.[i] ?? i;
      issues.push(makeIssue('predecessor-funded-required', [...prefix, 'events', at, p.field], params));
    }
  }
  for (let i = 0; i < app.history.length; i++) {
    const clause = app.history[i]!.clause;
    if (!rules.clauseIds.has(clause)) issues.push(makeIssue('unknown-clause', [...prefix, 'history', i, 'clause'], { key: clause }));
  }
  return issues;
}
