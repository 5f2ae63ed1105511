import { closeSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/*
 * One batch per output at a time. Two runs on the same --out used to end with
 * one run's results beside the other's errors; now the second finds the lock
 * and stops before writing anything. A lock or temporary file left by a run
 * that was killed names the dead process, and is cleaned by the next run.
 */

export interface OutputLock {
  readonly path: string;
  release(): void;
}

export type LockResult = { ok: true; lock: OutputLock } | { ok: false; holder: number | null; path: string };

/** Whether a process with this id runs (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    return Number.isSafeInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes `<out>.lock`, created exclusively; a lock whose process is gone is taken over once. */
export function lockOutput(out: string): LockResult {
  const path = `${resolve(out)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return {
        ok: true,
        lock: {
          path,
          release() {
            if (released) return;
            released = true;
            rmSync(path, { force: true });
          },
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = holderOf(path);
      // An empty lock may be one being written this instant: only a named, dead holder is stale.
      if (holder === null || isAlive(holder)) return { ok: false, holder, path };
      rmSync(path, { force: true });
    }
  }
  return { ok: false, holder: holderOf(path), path };
}

/** The temporary file an atomic output of `file` writes first: its name carries the process id, for cleanup. */
export function tempPathOf(file: string, pid = process.pid): string {
  return join(dirname(file), `.${basename(file)}.${pid}.tmp`);
}

/** Removes the temporary files of `file` left by runs that were killed (their process is gone). Call under the lock. */
export function removeStaleTemps(file: string): string[] {
  const dir = dirname(resolve(file));
  const prefix = `.${basename(file)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length, -'.tmp'.length));
    if (!Number.isSafeInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Whether writing `out` would overwrite `input`: the same file by real path
 * (symlinks resolved) or by device and inode (hard links).
 */
export function isSameFile(input: string, out: string): boolean {
  try {
    const a = statSync(input);
    const b = statSync(out);
    if (a.dev === b.dev && a.ino === b.ino) return true;
  } catch {
    // out does not exist yet: compare real paths of what does
  }
  try {
    const realIn = realpathSync(input);
    const realOut = join(realpathSync(dirname(resolve(out))), basename(out));
    return realIn === realOut;
  } catch {
    return resolve(input) === resolve(out);
  }
}
