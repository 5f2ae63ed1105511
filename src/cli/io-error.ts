import type { Bilingual } from '../core/issue.js';
import { IO_ERROR_CODES, type IoErrorCode } from '../locales/cli-wording.js';
import { cliBoth } from './cli-wording.js';

/*
 * A file-system failure (an input that cannot be read, an output that cannot
 * be written) is the caller's to fix, not a bug: one line in both languages
 * naming the file and the reason, and exit 2 (docs/cli.md). Node reports them
 * as errors with an errno `code`, a `syscall` and usually a `path`.
 */

export interface IoError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** Is this a file-system error the user can act on (rather than a bug)? */
export function isIoError(err: unknown): err is IoError {
  return (
    err instanceof Error &&
    typeof (err as { code?: unknown }).code === 'string' &&
    (IO_ERROR_CODES as readonly string[]).includes((err as unknown as { code: string }).code)
  );
}

const READS = new Set(['open', 'read', 'stat', 'lstat', 'fstat', 'scandir', 'opendir', 'readlink']);

/** `cannot write results.csv: no space left on the device (ENOSPC) ｜ 无法写入 results.csv：磁盘空间已满（ENOSPC）`. */
export function ioErrorMessage(err: IoError): Bilingual {
  const code = err.code as IoErrorCode;
  // A rename's target is the file the user named; its source is our hidden temporary file.
  let file = err.syscall === 'rename' && err.dest ? err.dest : err.path;
  // Outputs are written through `.<name>.<pid>.tmp` beside them (io.ts): name the output, not the temporary file.
  const temp = file === undefined ? null : /^(.*?)\.([^/\\]+)\.\d+\.tmp$/.exec(file);
  if (temp) file = temp[1]! + temp[2]!;
  const reading = !temp && err.syscall !== undefined && READS.has(err.syscall) && err.code !== 'ENOSPC' && err.code !== 'EROFS';
  const at = file;
  if (at === undefined) return cliBoth((w) => w.ioFailed({ reason: w.ioReason[code], code }));
  return cliBoth((w) => (reading ? w.cannotRead : w.cannotWrite)({ file: at, reason: w.ioReason[code], code }));
}
