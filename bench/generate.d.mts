// Types of the seeded generator (bench/generate.mjs), for the tests that use it.
export interface Generator {
  application(
    i: number,
    options?: { events?: number; only?: string[] },
  ): { applicant: Record<string, unknown> & { id: string }; events: (Record<string, unknown> & { type: string })[]; history: Record<string, unknown>[] };
  types: string[];
}
export function makeGenerator(options: { eventSchemas: Record<string, unknown>; clauses: readonly { clause: unknown }[]; seed?: number }): Generator;
export function rng(seed: number): () => number;
export function creditCode(n: number, prefix?: string): string;
