import type { IssueParams } from '../core/issue.js';

/** Everything a message may mention: the issue's params and the path it is at; each language module words it. */
export interface MessageParams extends IssueParams {
  path: string;
}

export type Wording = (p: MessageParams) => string;
