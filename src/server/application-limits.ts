import type { Issue, PathSegment } from '../core/issue.js';
import { makeIssue } from '../locales/issue.js';

/** The events-per-application limit, checked before validation so that a huge list is never walked. */
export function eventLimitIssues(application: unknown, maxEvents: number, prefix: PathSegment[] = []): Issue[] {
  const events = (application as { events?: unknown } | null)?.events;
  if (Array.isArray(events) && events.length > maxEvents) {
    return [makeIssue('too-many', [...prefix, 'events'], { limit: maxEvents, received: String(events.length) })];
  }
  return [];
}
