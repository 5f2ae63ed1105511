import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Spill, SpillStore, SpillStoreFactory } from '../engine/spill.js';
import { isAlive } from './output-lock.js';

/*
 * The spills of a batch in temporary files, one JSON record a line, so that
 * what the stream keeps between its passes is on disk, not in memory: a
 * million applications need no more memory than a hundred thousand. Sorting
 * is an external merge sort: runs of RUN records sorted in memory, written
 * out, then merged. Each store is a directory under the system's temporary
 * directory, named for the process; it is removed when the run ends, at exit,
 * or (left by a killed run) by the next run that finds its process gone.
 */

/** Records sorted in memory at a time: a few megabytes, whatever the size of the batch. */
const RUN = 50_000;
/** Lines written to a file at once. */
const FLUSH_CHARS = 1 << 16;
const PREFIX = 'heyuan-ip-spill-';

const live = new Set<string>();
let exitHook = false;

export function fileSpills(options: { run?: number; dir?: string } = {}): SpillStoreFactory {
  const run = options.run ?? RUN;
  const base = options.dir ?? tmpdir();
  return () => {
    removeStaleStores(base);
    const dir = mkdtempSync(join(base, `${PREFIX}${process.pid}-`));
    live.add(dir);
    if (!exitHook) {
      exitHook = true;
      // process.exit (the batch's SIGINT handler) runs no finally block: the directory goes here instead.
      process.once('exit', () => {
        for (const d of live) rmSync(d, { recursive: true, force: true });
      });
    }
    let count = 0;
    const name = () => join(dir, String(count++));
    const spills: FileSpill<unknown>[] = [];
    const store: SpillStore = {
      spill<T>(): Spill<T> {
        const s = new FileSpill<T>(name, run);
        spills.push(s as FileSpill<unknown>);
        return s;
      },
      async dispose() {
        for (const s of spills) s.destroy();
        rmSync(dir, { recursive: true, force: true });
        live.delete(dir);
      },
    };
    return store;
  };
}

/** Stores of runs whose process is gone (killed): named `heyuan-ip-spill-<pid>-…`. */
function removeStaleStores(base: string): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(PREFIX)) continue;
    const pid = Number.parseInt(n.slice(PREFIX.length), 10);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(base, n), { recursive: true, force: true });
  }
}

class FileSpill<T> implements Spill<T> {
  private readonly path: string;
  private out: WriteStream | null = null;
  private pending = '';
  private closed = false;
  private readonly opened = new Set<{ destroy(): void }>();

  constructor(
    private readonly name: () => string,
    private readonly run: number,
  ) {
    this.path = name();
  }

  async push(record: T): Promise<void> {
    if (this.closed) throw new Error('spill: push after read');
    this.pending += JSON.stringify(record) + '\n';
    if (this.pending.length >= FLUSH_CHARS) await this.flush();
  }

  read(): AsyncIterable<T> {
    return this.lines(null);
  }

  async *sorted(compare: (a: T, b: T) => number): AsyncGenerator<T> {
    const runs: string[] = [];
    let chunk: T[] = [];
    let only: T[] | null = null;
    for await (const r of this.read()) {
      chunk.push(r);
      if (chunk.length === this.run) {
        runs.push(await this.writeRun(chunk.sort(compare)));
        chunk = [];
      }
    }
    chunk.sort(compare);
    if (runs.length === 0) only = chunk;
    else if (chunk.length > 0) runs.push(await this.writeRun(chunk));
    if (only) {
      yield* only;
      return;
    }
    yield* this.merge(runs, compare);
  }

  /** Closes what is still open; the store removes the files. */
  destroy(): void {
    this.out?.destroy();
    for (const s of this.opened) s.destroy();
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    this.out ??= createWriteStream(this.path);
    const text = this.pending;
    this.pending = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flush();
    if (this.out) {
      this.out.end();
      await once(this.out, 'close');
      this.out = null;
    }
  }

  private async *lines(path: string | null): AsyncGenerator<T> {
    if (path === null) {
      await this.close();
      // Nothing was ever pushed: no file was made.
      if (!existsSync(this.path)) return;
    }
    const input = createReadStream(path ?? this.path);
    const lines = createInterface({ input, crlfDelay: Infinity });
    const handle = { destroy: () => (lines.close(), input.destroy()) };
    this.opened.add(handle);
    try {
      for await (const line of lines) yield JSON.parse(line) as T;
    } finally {
      handle.destroy();
      this.opened.delete(handle);
    }
  }

  private async writeRun(records: T[]): Promise<string> {
    const path = this.name();
    const out = createWriteStream(path);
    let text = '';
    for (const r of records) {
      text += JSON.stringify(r) + '\n';
      if (text.length >= FLUSH_CHARS) {
        if (!out.write(text)) await once(out, 'drain');
        text = '';
      }
    }
    out.end(text);
    await once(out, 'close');
    return path;
  }

  /** A k-way merge of sorted runs; on equal records the earlier run first, so the whole stays in push order. */
  private async *merge(runs: string[], compare: (a: T, b: T) => number): AsyncGenerator<T> {
    const readers = runs.map((p) => this.lines(p)[Symbol.asyncIterator]());
    const heap: { value: T; run: number }[] = [];
    const less = (a: { value: T; run: number }, b: { value: T; run: number }) => {
      const c = compare(a.value, b.value);
      return c < 0 || (c === 0 && a.run < b.run);
    };
    const add = (item: { value: T; run: number }) => {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    };
    const take = () => {
      const top = heap[0]!;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m]!, heap[i]!];
          i = m;
        }
      }
      return top;
    };
    for (let run = 0; run < readers.length; run++) {
      const n = await readers[run]!.next();
      if (!n.done) add({ value: n.value, run });
    }
    while (heap.length > 0) {
      const top = take();
      yield top.value;
      const n = await readers[top.run]!.next();
      if (!n.done) add({ value: n.value, run: top.run });
    }
  }
}
