import type { CliWording } from '../cli-wording.js';
import { groupedYuan } from '../format/money-text.js';

/** `table, text, json or html`. */
const orList = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}` : (xs[0] ?? ''));

export const cliEn: CliWording = {
  provenanceText: { reference: 'a reference figure, not the published text of the measures', published: 'the published figure' },
  ioReason: {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or directory',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory, not a file',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'the file system is read-only',
    EEXIST: 'the file already exists',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'the file name is too long',
    EIO: 'input/output error',
    EXDEV: 'cannot move across file systems',
    EBUSY: 'the file is busy',
  },
  ioFailed: (p) => `a file operation failed: ${p.reason} (${p.code})`,
  cannotRead: (p) => `cannot read ${p.file}: ${p.reason} (${p.code})`,
  cannotWrite: (p) => `cannot write ${p.file}: ${p.reason} (${p.code})`,
  unknownOption: (p) => `unknown ${p.option} ${p.value}: use ${orList(p.allowed)}`,
  unknownInputFileFormat: (p) => `cannot tell the format of ${p.file}: name it .jsonl or .csv, or give --input-format jsonl|csv`,
  notAFile: (p) => `${p.file} is not a file`,
  noRulesDirectory: (p) => `--rules ${p.dir}: no such directory`,
  giveYearOrGuideline: 'give --year <year> or --guideline <file>',
  noSuchDirectory: (p) => `no such directory: ${p.dir}`,
  lintProblems: (p) => `${p.count} problem(s)`,
  lintPassed: (p) => `lint passed: ${p.at === null ? '' : `${p.at}, `}${p.clauses} clauses, guidelines ${p.years}`,
  clausesHead: ['Art.', 'Id', 'Title', 'Nature', 'Applicants'],
  diffGuidelineRow: 'guideline',
  validClauseIds: (p) => `valid clause ids: ${p.known}`,
  internalError: (p) => `internal error (a bug; please report it with the command line): ${p.detail}`,

  unknownOutputFormat: (p) => `unknown output format "${p.ext}": --out must end in one of ${p.allowed.join(', ')}`,
  outIsInput: (p) => `--out must not be the input file${p.links ? ' (nor a link to it)' : ''}`,
  outDirNotDirectory: (p) => `cannot write ${p.file}: ${p.dir} is not a directory`,
  outputLocked: (p) => `another batch${p.holder !== null ? ` (pid ${p.holder})` : ''} is writing ${p.file}; if none is running, remove ${p.lock}`,
  moreRejections: (p) => `… ${p.count} more${p.file !== null ? ` in ${p.file}` : ''}`,

  batchCounts: (p) =>
    `batch ${p.year}: ${plural(p.rows, 'row')} read from ${p.input}, ${plural(p.applications, 'application')}: ${p.decided} decided, ${p.rejected} rejected`,
  rejectedRowsIn: (p) => `rejected rows and why: ${p.file}`,
  budgetHead: ['part', 'budget (yuan)', 'requested (yuan)', 'paid (yuan)', 'ratio'],
  // The part's short name: its title up to the colon ("Innovation: energise every kind of innovator" → "Innovation").
  budgetPart: (p) => p.title.split(':')[0]!,
  budgetTotal: 'total',
  referenceStanding: (p) =>
    [
      p.referencePaid !== null ? `of the money paid, ${groupedYuan(p.referencePaid)} yuan is at reference figures, not the published text of the measures` : '',
      p.referenceGuidelineYear !== null ? `the ${p.referenceGuidelineYear} guideline used is a reference draft, not the published guideline` : '',
    ]
      .filter((t) => t !== '')
      .join('; '),

  decisionHead: ['Art.', 'Clause', 'Subject', 'Eligible', 'Amount (yuan)', 'Notes'],
  decisionArticle: (a) => a,
  decisionNotesSeparator: '; ',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
