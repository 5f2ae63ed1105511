import type { Issue } from '../core/issue.js';

/*
 * Every error leaves the service as `{ ok: false, issues }`, with the HTTP
 * status that names its kind: 400 the request cannot be read, 401 no valid
 * token, 404 no such thing, 413 too large, 415 a content type not taken,
 * 422 read but not a valid application, 503 over its time. The issues are
 * the library's, so a client handles the service's errors and the library's
 * (and `check --format json`'s) with the same code.
 */

export type ErrorStatus = 400 | 401 | 404 | 413 | 415 | 422 | 500 | 503;

/** An error a route throws on purpose: the status and the issues that explain it. */
export class HttpError extends Error {
  readonly statusCode: ErrorStatus;
  readonly issues: Issue[];
  constructor(statusCode: ErrorStatus, issues: Issue[]) {
    super(issues[0]?.message.en ?? `HTTP ${statusCode}`);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.issues = issues;
  }
}

export { issuesBody, wireIssue } from '../core/issues-body.js';
