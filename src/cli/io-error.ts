import type { Bilingual } from '../core/issue.js';

/*
 * A file-system failure (an input that cannot be read, an output that cannot
 * be written) is the caller's to fix, not a bug: one line in both languages
 * naming the file and the reason, and exit 2 (docs/cli.md). Node reports them
 * as errors with an errno `code`, a `syscall` and usually a `path`.
 */

const REASONS: Record<string, Bilingual> = {
  EACCES: { zh: '权限不足', en: 'permission denied' },
  EPERM: { zh: '操作不被允许', en: 'operation not permitted' },
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or directory' },
  ENOTDIR: { zh: '路径中有一项不是目录', en: 'a part of the path is not a directory' },
  EISDIR: { zh: '这是一个目录，不是文件', en: 'it is a directory, not a file' },
  ENOSPC: { zh: '磁盘空间已满', en: 'no space left on the device' },
  EDQUOT: { zh: '磁盘配额已用尽', en: 'disk quota exceeded' },
  EROFS: { zh: '文件系统为只读', en: 'the file system is read-only' },
  EEXIST: { zh: '文件已存在', en: 'the file already exists' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'the file name is too long' },
  EIO: { zh: '输入输出错误', en: 'input/output error' },
  EXDEV: { zh: '不能跨文件系统移动', en: 'cannot move across file systems' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
};

export interface IoError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** Is this a file-system error the user can act on (rather than a bug)? */
export function isIoError(err: unknown): err is IoError {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string' && Object.hasOwn(REASONS, (err as unknown as { code: string }).code);
}

const READS = new Set(['open', 'read', 'stat', 'lstat', 'fstat', 'scandir', 'opendir', 'readlink']);

/** `cannot write results.csv: no space left on the device (ENOSPC) ｜ 无法写入 results.csv：磁盘空间已满（ENOSPC）`. */
export function ioErrorMessage(err: IoError): Bilingual {
  const reason = REASONS[err.code]!;
  // A rename's target is the file the user named; its source is our hidden temporary file.
  let file = err.syscall === 'rename' && err.dest ? err.dest : err.path;
  // Outputs are written through `.<name>.<pid>.tmp` beside them (io.ts): name the output, not the temporary file.
  const temp = file === undefined ? null : /^(.*?)\.([^/\\]+)\.\d+\.tmp$/.exec(file);
  if (temp) file = temp[1]! + temp[2]!;
  const reading = !temp && err.syscall !== undefined && READS.has(err.syscall) && err.code !== 'ENOSPC' && err.code !== 'EROFS';
  if (file === undefined) return { zh: `文件操作失败：${reason.zh}（${err.code}）`, en: `a file operation failed: ${reason.en} (${err.code})` };
  return reading
    ? { zh: `无法读取 ${file}：${reason.zh}（${err.code}）`, en: `cannot read ${file}: ${reason.en} (${err.code})` }
    : { zh: `无法写入 ${file}：${reason.zh}（${err.code}）`, en: `cannot write ${file}: ${reason.en} (${err.code})` };
}
