/*
 * Records a stream keeps between its passes: one per application (its paid
 * claims), one per applicant identity, one per claim of a prorated part. The
 * library keeps them in memory; the CLI gives a store that keeps them in
 * temporary files (src/cli/file-spill.ts), so that a batch of a million
 * applications needs no more memory than one of a hundred thousand. Records
 * are plain JSON values, so a file can hold them as lines.
 */

export interface Spill<T> {
  push(record: T): void | Promise<void>;
  /** Every record pushed, in the order pushed. */
  read(): AsyncIterable<T>;
  /** Every record pushed, by `compare`; records it finds equal keep the order pushed. */
  sorted(compare: (a: T, b: T) => number): AsyncIterable<T>;
}

/** The spills of one run of a stream; `dispose` frees them all (the run may have failed half-way). */
export interface SpillStore {
  spill<T>(): Spill<T>;
  dispose(): Promise<void>;
}

export type SpillStoreFactory = () => SpillStore;

export const memorySpills: SpillStoreFactory = () => ({
  spill<T>(): Spill<T> {
    const all: T[] = [];
    return {
      push: (record) => void all.push(record),
      read: () => iterate(all),
      // Array#sort is stable: equal records keep the order pushed.
      sorted: (compare) => iterate([...all].sort(compare)),
    };
  },
  dispose: async () => {},
});

async function* iterate<T>(records: readonly T[]): AsyncGenerator<T> {
  yield* records;
}

/** An application left out as a repeat of the applicant (`who`) at `first`. */
export interface Repeat {
  index: number;
  first: number;
  who: string;
}

/** Reads records in index order alongside a pass: the record at an index, or null when there is none. */
export function cursor<T extends { index: number }>(records: AsyncIterable<T>) {
  const it = records[Symbol.asyncIterator]();
  let next: IteratorResult<T> | null = null;
  return {
    async upTo(index: number): Promise<T | null> {
      next ??= await it.next();
      while (!next.done && next.value.index < index) next = await it.next();
      return !next.done && next.value.index === index ? next.value : null;
    },
  };
}

/** The records whose application was not a repeat of an earlier applicant: the ones a batch decides. */
export async function* skipRepeats<T extends { index: number }>(records: Spill<T>, repeated: Spill<Repeat>): AsyncGenerator<T> {
  const repeats = cursor(repeated.read());
  for await (const r of records.read()) if ((await repeats.upTo(r.index)) === null) yield r;
}

/** An application's applicant, as the batch tells applicants apart. */
export interface Seen {
  who: string;
  index: number;
}

/** Every application whose applicant an earlier one already had, by index, found by sorting `seen`. */
export async function findRepeats(store: SpillStore, seen: Spill<Seen>): Promise<Spill<Repeat>> {
  const repeats = store.spill<Repeat>();
  let last: Seen | null = null;
  let first = -1;
  for await (const s of seen.sorted((a, b) => (a.who < b.who ? -1 : a.who > b.who ? 1 : a.index - b.index))) {
    if (last !== null && last.who === s.who) await repeats.push({ index: s.index, first, who: s.who });
    else first = s.index;
    last = s;
  }
  const byIndex = store.spill<Repeat>();
  for await (const r of repeats.sorted((a, b) => a.index - b.index)) await byIndex.push(r);
  return byIndex;
}
