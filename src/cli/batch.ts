import { policyReportContext } from '../api/explain.js';
import { formatPath, type Issue, type Result } from '../core/issue.js';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { type Policy, policyInternals } from '../api/load-policy.js';
import { evaluateStream } from '../engine/batch.js';
import type { BudgetReport } from '../engine/prorate.js';
import { formatMoney, type Money, money, ZERO } from '../core/money.js';
import type { ApplicantInfo } from '../report/render-html.js';
import { type BatchInput, readEntries } from './batch-input.js';
import { openApplications } from './open-applications.js';
import { fileSpills } from './file-spill.js';
import { batchSummary } from './batch-summary.js';
import { cliBoth, cliWording } from './cli-wording.js';
import type { CliWording } from '../locales/cli-wording.js';
import { OUTPUT_FORMATS, outputFormatOf, type ResultWriter, stdoutWriter, type WriterFactory } from './batch-writers.js';
import type { CsvHeader } from './csv-applications.js';
import { EXIT, issueLine, type Lang, printIssues } from './exit.js';
import { abortOpenOutputs, type AtomicStream, openAtomicStream } from './io.js';
import { parseLang, parseYear } from './options.js';
import { loadCliPolicy, type SourceOptions } from './policy-source.js';
import { isSameFile, lockOutput, type OutputLock, removeStaleTemps } from './output-lock.js';
import type { LocatedIssue, SourceEntry } from './source-entry.js';
import { printUsage } from './usage-message.js';

interface BatchOptions extends SourceOptions {
  out?: string;
  lang: Lang;
  inputFormat?: string;
}

/** How many rejections are echoed on stderr when they also go to a file. */
const ECHO_LIMIT = 20;

export function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('decide many applications (JSONL or CSV), with budget proration | 批量审核申报')
    .argument('<applications>', 'applications .jsonl or .csv file, or - for stdin')
    .option('--year <year>', 'guideline year, e.g. 2026 (or give --guideline)', parseYear)
    .option('--rules <dir>', "rules directory (policy.json, clauses/, guidelines/) instead of the package's own")
    .option('--guideline <file>', "a guideline JSON file (e.g. next year's draft) instead of a bundled year")
    .option('--out <file>', `results file: ${Object.keys(OUTPUT_FORMATS).join(' or ')} (default: JSON lines on stdout)`)
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .option('--input-format <format>', 'jsonl | csv (default: from the file extension; jsonl for stdin)')
    .action(async (file: string, opts: BatchOptions) => {
      process.exitCode = await runBatch(file, opts);
    });
}

function usageError(word: (w: CliWording) => string, lang: Lang): number {
  printUsage(cliBoth(word), lang);
  return EXIT.usage;
}

async function runBatch(file: string, opts: BatchOptions): Promise<number> {
  const { lang } = opts;
  let factory;
  if (opts.out !== undefined) {
    factory = outputFormatOf(opts.out);
    if (!factory) {
      const ext = extname(opts.out) || opts.out;
      return usageError((w) => w.unknownOutputFormat({ ext, allowed: Object.keys(OUTPUT_FORMATS) }), lang);
    }
    // By real path and inode: a symlink or hard link to the input must not be overwritten either.
    if (file !== '-' && (isSameFile(file, opts.out) || isSameFile(file, `${opts.out}.errors.jsonl`))) {
      return usageError((w) => w.outIsInput({ links: true }), lang);
    }
    const dir = dirname(resolve(opts.out));
    const out = opts.out;
    if (!isDirectory(dir)) return usageError((w) => w.outDirNotDirectory({ file: out, dir }), lang);
    const locked = lockOutput(opts.out);
    if (!locked.ok) {
      const { holder, path } = locked;
      return usageError((w) => w.outputLocked({ file: out, holder, lock: path }), lang);
    }
    try {
      // Under the lock: temporary files of this output named for a process that is gone were left by a killed run.
      removeStaleTemps(opts.out);
      removeStaleTemps(`${opts.out}.errors.jsonl`);
      return await runLocked(file, opts, factory, locked.lock);
    } finally {
      locked.lock.release();
    }
  }
  return runLocked(file, opts, undefined, null);
}

async function runLocked(file: string, opts: BatchOptions, factory: WriterFactory | undefined, lock: OutputLock | null): Promise<number> {
  const { lang } = opts;

  const loaded = loadCliPolicy(opts);
  if (!loaded.ok) {
    printIssues(loaded.issues, lang);
    return EXIT.usage;
  }
  const policy = loaded.policy;
  const opened = await openApplications(file, opts.inputFormat, lang);
  if (!opened.ok) return opened.exit;
  const { input, header } = opened;

  const writer: ResultWriter =
    opts.out !== undefined
      ? factory!(opts.out, {
          lang,
          year: policy.year,
          context: policyReportContext(policy),
          inputText: file === '-' ? undefined : () => readFileSync(file, 'utf8'),
        })
      : stdoutWriter();
  const errorsFile = opts.out !== undefined ? `${opts.out}.errors.jsonl` : null;
  const errors = errorsFile !== null ? openAtomicStream(errorsFile) : null;
  const onInterrupt = () => {
    abortOpenOutputs();
    lock?.release();
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  try {
    const counts = await decideAll(policy, input, header, writer, errors, lang);
    await writer.finish(counts.budget!);
    await errors?.flush();
    // Errors first, results last: the results file under its name is the mark of a complete run. The
    // old results go before anything is renamed, so a rename that fails leaves no results beside
    // errors of another run. The errors file is written even when empty, so an old one never outlives it.
    if (opts.out !== undefined) removeOldResults(opts.out);
    await errors?.commit();
    await writer.commit();
    process.stderr.write(
      batchSummary(
        {
          ...counts,
          year: policy.year,
          input: input.label,
          errorsFile,
          referencePaid: formatMoney(counts.referencePaid),
          guidelineProvenance: policy.guideline.provenance,
        },
        counts.budget,
        lang,
        policyReportContext(policy),
      ) + '\n',
    );
    return counts.rejected > 0 ? EXIT.invalidInput : EXIT.decided;
  } catch (err) {
    writer.abort();
    errors?.abort();
    throw err;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }
}

interface Counts {
  rows: number;
  decided: number;
  rejected: number;
  budget: BudgetReport | null;
  /** Money paid at reference figures, summed exactly for the summary. */
  referencePaid: Money;
}

async function decideAll(
  policy: Policy,
  input: BatchInput,
  header: CsvHeader | null,
  writer: ResultWriter,
  errors: AtomicStream | null,
  lang: Lang,
): Promise<Counts> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: '{bar} {percentage}% | {pass}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  const size = Math.max(1, input.size);
  bar?.start(2 * size, 0, { pass: '1/2' });

  // The engine reads the input twice; the second pass's entries are kept until
  // the engine hands back their results, so a rejection can name its row.
  let pass = 0;
  const pending = new Map<number, SourceEntry>();
  const source = () => {
    const thisPass = ++pass;
    const offset = (thisPass - 1) * size;
    bar?.update(offset, { pass: `${thisPass}/2` });
    return (async function* () {
      let index = 0;
      for await (const entry of readEntries(input, header, (bytes) => bar?.update(offset + Math.min(bytes, size)))) {
        if (thisPass === 2) pending.set(index, entry);
        index++;
        // The reader's own problems reject the application: the engine is given nothing it could decide.
        yield entry.issues.length > 0 ? null : entry.application;
      }
    })();
  };

  const counts: Counts = { rows: 0, decided: 0, rejected: 0, budget: null, referencePaid: ZERO };
  let echoed = 0;
  // Lines written while a progress bar is drawn would tear it: they wait for the bar to end.
  const held: string[] = [];
  const echo = (line: string) => (bar ? held.push(line) : process.stderr.write(line + '\n'));
  try {
    // What the stream keeps between its passes goes to temporary files: memory stays flat however long the input.
    const { rt, decider } = policyInternals(policy);
    for await (const result of evaluateStream(rt, decider, source, fileSpills())) {
      if (result.kind === 'budget') {
        counts.budget = result.budget;
        continue;
      }
      const entry = pending.get(result.index)!;
      pending.delete(result.index);
      counts.rows += entry.rows;
      if (result.kind === 'decision') {
        counts.decided++;
        for (const it of result.decision.items) if (it.provenance === 'reference') counts.referencePaid = counts.referencePaid.plus(money(it.amount));
        await writer.decision(result.decision, applicantOf(entry.application));
        continue;
      }
      counts.rejected++;
      const located = rejectionIssues(policy, entry, result.issues);
      const who = applicantOf(entry.application) ?? { id: entry.applicantId ?? result.applicantId ?? `#${result.index + 1}` };
      await writer.rejected?.(
        who,
        located.map((li) => issueLine(withPlace(li, input.label), lang)),
      );
      for (const li of located) {
        const record = errorRecord(li, result.index, entry.applicantId ?? result.applicantId);
        if (errors) await errors.write(JSON.stringify(record) + '\n');
        if (!errors || echoed < ECHO_LIMIT) echo(issueLine(withPlace(li, input.label), lang));
        echoed++;
      }
    }
  } finally {
    bar?.stop();
    for (const line of held) process.stderr.write(line + '\n');
  }
  if (errors && echoed > ECHO_LIMIT) {
    process.stderr.write(cliWording(lang).moreRejections({ count: echoed - ECHO_LIMIT, file: errors.path }) + '\n');
  }
  return counts;
}

/** The reader's issues first; then every validation issue, placed in the file. */
export function rejectionIssues(policy: { validate(input: unknown): Result<unknown> }, entry: SourceEntry, engineErrors: Issue[]): LocatedIssue[] {
  let validation = engineErrors;
  if (entry.issues.length > 0) {
    // The engine saw nothing for this entry: validate what was read, so every problem is reported at once.
    const r = entry.application === undefined ? null : policy.validate(entry.application);
    validation = r && !r.ok ? r.issues : [];
  }
  const all = [...entry.issues, ...validation.map((issue) => ({ issue, ...entry.locate(issue.path) }))];
  // One bad cell can fail two checks of the same schema (a date's pattern and its calendar check) with the same words.
  const seen = new Set<string>();
  return all.filter((li) => {
    const key = `${li.row}\u0000${li.issue.code}\u0000${li.issue.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function errorRecord(li: LocatedIssue, index: number, applicantId: string | null) {
  return {
    row: li.row,
    ...(li.column !== undefined ? { column: li.column } : {}),
    index,
    applicantId,
    field: li.issue.path.length > 0 ? formatPath(li.issue.path) : null,
    code: li.issue.code,
    message: li.issue.message,
  };
}

export function withPlace(li: LocatedIssue, label: string): Issue {
  return { ...li.issue, file: `${label}:${li.row}${li.column !== undefined ? ` (${li.column})` : ''}` };
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The applicant's name, credit code and county as the application gives them, for a report; nothing when it has none. */
function applicantOf(application: unknown): ApplicantInfo | undefined {
  const a = (application as { applicant?: Record<string, unknown> } | null | undefined)?.applicant;
  if (!a || typeof a.id !== 'string') return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { id: a.id, name: text(a.name), creditCode: text(a.creditCode), county: text(a.county) };
}

/** rm refuses a directory with its own code (ERR_FS_EISDIR): report it as the I/O error it is. */
function removeOldResults(out: string): void {
  try {
    rmSync(out, { force: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_FS_EISDIR') throw err;
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, rm '${out}'`), { code: 'EISDIR', errno: -21, syscall: 'rm', path: out });
  }
}
