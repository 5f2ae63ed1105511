import { once } from 'node:events';
import { extname } from 'node:path';
import type { Decision } from '../engine/decision.js';
import type { BudgetReport } from '../engine/prorate.js';
import { collectBatchReport } from '../api/render-html.js';
import { decisionCsvHeader, decisionCsvRows } from './decision-csv.js';
import type { Lang } from './exit.js';
import { type AtomicStream, openAtomicStream } from './io.js';

/**
 * Where a batch's decisions go. Decisions arrive in input order, already
 * prorated; the budget report comes last. Nothing is visible under the
 * output's name until `finish`, so a crash leaves no half-written file.
 */
export interface ResultWriter {
  decision(d: Decision): Promise<void>;
  /** The budget is in and everything is written, still under the temporary name. */
  finish(budget: BudgetReport): Promise<void>;
  /** Puts the results under their name: the last step of a run, after the errors file. */
  commit(): Promise<void>;
  /** The run failed: drop what was written. */
  abort(): void;
}

export interface WriterOptions {
  lang: Lang;
  year: number;
}

export type WriterFactory = (file: string, options: WriterOptions) => ResultWriter;

function streamed(out: AtomicStream, first: string, line: (d: Decision) => string): ResultWriter {
  let started = false;
  const start = async () => {
    if (!started && first !== '') await out.write(first);
    started = true;
  };
  return {
    async decision(d) {
      await start();
      await out.write(line(d));
    },
    async finish() {
      await start();
      await out.flush();
    },
    commit: () => out.commit(),
    abort: () => out.abort(),
  };
}

/**
 * Output formats by file extension. A new format (an HTML report, say)
 * registers its factory here; `batch` refuses any extension not listed.
 */
export const OUTPUT_FORMATS: Record<string, WriterFactory> = {
  '.jsonl': (file) => streamed(openAtomicStream(file), '', (d) => JSON.stringify(d) + '\n'),
  '.csv': (file, { lang }) => streamed(openAtomicStream(file), decisionCsvHeader(), (d) => decisionCsvRows(d, lang)),
  // The page needs the budget, which comes last: until then it keeps a table row per decision (and the first 100 in full).
  '.html': (file, { lang }) => {
    const out = openAtomicStream(file);
    const report = collectBatchReport({ lang });
    return {
      decision: async (d) => report.add(d),
      async finish(budget) {
        await out.write(report.render(budget));
        await out.flush();
      },
      commit: () => out.commit(),
      abort: () => out.abort(),
    };
  },
};

export function outputFormatOf(file: string): WriterFactory | undefined {
  const ext = extname(file).toLowerCase();
  return Object.hasOwn(OUTPUT_FORMATS, ext) ? OUTPUT_FORMATS[ext] : undefined;
}

/** Decisions as JSON lines on stdout, when no --out is given. */
export function stdoutWriter(): ResultWriter {
  return {
    async decision(d) {
      if (!process.stdout.write(JSON.stringify(d) + '\n')) await once(process.stdout, 'drain');
    },
    finish: async () => {},
    commit: async () => {},
    abort: () => {},
  };
}
