// What every language must word for the command line's own messages (src/cli/
// builds them; each src/locales/<lang>/cli.ts words them). Usage text of
// commander (`.description()`, `.option()` help) stays beside the command.

/** The errno codes a user can act on (a file that cannot be read or written), each worded as a reason. */
export const IO_ERROR_CODES = [
  'EACCES',
  'EPERM',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EEXIST',
  'EMFILE',
  'ENAMETOOLONG',
  'EIO',
  'EXDEV',
  'EBUSY',
] as const;
export type IoErrorCode = (typeof IO_ERROR_CODES)[number];

export interface CliWording {
  /** The results CSV's `provenance_text`: a figure's standing in words. */
  provenanceText: Record<'reference' | 'published', string>;
  /** Why a file operation failed, by errno code. */
  ioReason: Record<IoErrorCode, string>;
  ioFailed(p: { reason: string; code: string }): string;
  cannotRead(p: { file: string; reason: string; code: string }): string;
  cannotWrite(p: { file: string; reason: string; code: string }): string;
  /** An option value that is none of those allowed: `--format xml`, `--input-format tsv`. */
  unknownOption(p: { option: string; value: string; allowed: readonly string[] }): string;
  unknownInputFileFormat(p: { file: string }): string;
  notAFile(p: { file: string }): string;
  noRulesDirectory(p: { dir: string }): string;
  giveYearOrGuideline: string;
  noSuchDirectory(p: { dir: string }): string;
  /** How many problems `lint` found. */
  lintProblems(p: { count: number }): string;
  /** `lint` passed; `at` is the rules directory, named in the language shown first only. */
  lintPassed(p: { at: string | null; clauses: number; years: string }): string;
  /** The column heads of `heyuan-ip clauses`. */
  clausesHead: readonly string[];
  /** A `diff` row about the guideline's frame (window, budget …) rather than a clause. */
  diffGuidelineRow: string;
  /** After an unknown clause: the valid ones, `article id` each. */
  validClauseIds(p: { known: string }): string;
  /** A bug of ours, with the exception's own message. */
  internalError(p: { detail: string }): string;

  // `--out` of batch and simulate
  /** `--out` ends in none of the extensions the command writes. */
  unknownOutputFormat(p: { ext: string; allowed: readonly string[] }): string;
  /** `--out` names the input; `links` when links to the input were looked for too (batch). */
  outIsInput(p: { links: boolean }): string;
  /** The directory `--out` would be written in is not one. */
  outDirNotDirectory(p: { file: string; dir: string }): string;
  /** Another batch run holds the output's lock file. */
  outputLocked(p: { file: string; holder: number | null; lock: string }): string;
  /** After the first rejections echoed on stderr: how many more, and the file that has them all (null: the report has them). */
  moreRejections(p: { count: number; file: string | null }): string;

  // The lines that end a batch run
  batchCounts(p: { year: number; input: string; rows: number; applications: number; decided: number; rejected: number }): string;
  rejectedRowsIn(p: { file: string }): string;
  /** The head of the money-per-part table. */
  budgetHead: readonly [string, string, string, string, string];
  /** A part in that table, from its number and its title in this language. */
  budgetPart(p: { number: number; title: string }): string;
  budgetTotal: string;
  /** A figure's standing: money paid at reference figures (two decimals; null: none), a reference guideline's year (null: a published one). */
  referenceStanding(p: { referencePaid: string | null; referenceGuidelineYear: number | null }): string;

  // `check --format table`
  decisionHead: readonly [string, string, string, string, string, string];
  /** The article column's cell. */
  decisionArticle(article: string): string;
  /** Between the findings in the notes column. */
  decisionNotesSeparator: string;
}
