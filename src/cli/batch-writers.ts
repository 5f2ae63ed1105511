import { once } from 'node:events';
import { extname } from 'node:path';
import type { Decision } from '../engine/decision.js';
import type { BudgetReport } from '../engine/prorate.js';
import { collectBatchReport } from '../api/render-html.js';
import type { ReportContext } from '../report/labels.js';
import type { ApplicantInfo } from '../report/render-html.js';
import { sha256Hex } from '../core/hash.js';
import { decisionCsvHeader, decisionCsvRows } from './decision-csv.js';
import type { Lang } from './exit.js';
import { type AtomicStream, openAtomicStream } from './io.js';

/**
 * Where a batch's decisions go. Decisions arrive in input order, already
 * prorated; the budget report comes last. Nothing is visible under the
 * output's name until `finish`, so a crash leaves no half-written file.
 */
export interface ResultWriter {
  /** `applicant` is the application's own applicant object, where the writer shows names. */
  decision(d: Decision, applicant?: ApplicantInfo): Promise<void>;
  /** An application that could not be decided (the errors go to their own file); a report lists it as returned. */
  rejected?(applicant: ApplicantInfo, messages: string[]): Promise<void>;
  /** The budget is in and everything is written, still under the temporary name. */
  finish(budget: BudgetReport): Promise<void>;
  /** Puts the results under their name: the last step of a run, after the errors file. */
  commit(): Promise<void>;
  /** The run failed: drop what was written. */
  abort(): void;
}

export interface WriterOptions {
  lang: Lang;
  /** The loaded rules' labels and clause facts (policyReportContext). */
  context?: ReportContext;
  year: number;
  /** What the filing copy prints as the input's fingerprint: a hash of the input file. */
  inputText?: () => string;
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
  '.html': (file, { lang, inputText, context }) => {
    const out = openAtomicStream(file);
    // The filing copy's header: the time of the run (the page itself is a pure function of what it is given).
    const decidedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const report = collectBatchReport({ lang, decidedAt, inputFingerprint: inputText ? sha256Hex(inputText()) : undefined, context });
    return {
      decision: async (d, applicant) => report.add(d, applicant),
      rejected: async (applicant, messages) => report.addReturned(applicant, messages),
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
