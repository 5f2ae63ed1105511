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
}
