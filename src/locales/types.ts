import type { IssueCode, IssueParamsByCode } from '../core/issue.js';

/** What a code's message may mention: its params and the path it is at; each language module words it. */
export type MessageParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C] & { path: string };

/** How one language words one code. */
export type Wording<C extends IssueCode = IssueCode> = (p: MessageParams<C>) => string;

/** One language's wording of every issue code, each from that code's own params. */
export type IssueWording = { [C in IssueCode]: Wording<C> };
