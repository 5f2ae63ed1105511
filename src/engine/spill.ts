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
