/*
 * What an input reader (JSONL or CSV) hands the batch: one application as
 * read, or the problems found before it could be read, and a way to turn a
 * validator's field path back into the place in the file a person can open.
 */

/** A place in an input file: `row` is the line (JSONL) or the spreadsheet row (CSV, header = row 1). */
export interface Location {
  row: number;
  /** The CSV column, when the problem is in one cell. */
  column?: string;
}

export interface LocatedIssue extends Location {
  issue: Issue;
}

export interface SourceEntry {
  /** The application as read; undefined when nothing usable could be read (a line that is not JSON). */
  application: unknown;
  applicantId: string | null;
  /** How many input rows it was read from. */
  rows: number;
  /** Problems the reader found itself: any makes the application rejected. */
  issues: LocatedIssue[];
  locate(path: readonly PathSegment[]): Location;
}
import type { Issue, PathSegment } from '../core/issue.js';
