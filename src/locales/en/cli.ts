import type { CliWording } from '../cli-wording.js';

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
};
