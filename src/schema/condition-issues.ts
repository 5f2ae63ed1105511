import type { Issue, PathSegment } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';
import { type Condition, isLeaf } from './condition.js';
import { isOperatorName, OPERATOR_NAMES } from './operator-names.js';

/** Checks every leaf's operator: the one thing zod cannot know about a condition. */
export function conditionIssues(c: Condition, path: PathSegment[], file: string): Issue[] {
  if (isLeaf(c)) {
    return isOperatorName(c.operator)
      ? []
      : [makeIssue('unknown-operator', [...path, 'operator'], { received: JSON.stringify(c.operator), allowed: OPERATOR_NAMES }, file)];
  }
  if ('all' in c) return c.all.flatMap((x, i) => conditionIssues(x, [...path, 'all', i], file));
  if ('any' in c) return c.any.flatMap((x, i) => conditionIssues(x, [...path, 'any', i], file));
  return conditionIssues(c.not, [...path, 'not'], file);
}
