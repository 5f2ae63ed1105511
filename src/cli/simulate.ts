import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { safeSimulateWith } from '../api/simulate.js';
import { fileSpills } from './file-spill.js';
import type { Simulation } from '../engine/simulate.js';
import type { Issue } from '../core/issue.js';
import type { RuleFiles } from '../rules/load-rules.js';
import { renderSimulationHtml, simulateWording } from '../report/simulate-html.js';
import type { GuidelineInput } from '../schema/guideline.js';
import { parseApplication } from '../api/parse-application.js';
import { type BatchInput, readEntries } from './batch-input.js';
import { openApplications } from './open-applications.js';
import { rejectionIssues, withPlace } from './batch.js';
import type { CsvHeader } from './csv-applications.js';
import { EXIT, issueLine, type Lang, printIssues } from './exit.js';
import { readJson, writeAtomic } from './io.js';
import { lintLine } from './lint.js';
import { parseLang } from './options.js';
import { readRulesDir } from './rules-dir.js';
import { printUsage } from './usage-message.js';
import { cliBoth, cliWording } from './cli-wording.js';
import type { CliWording } from '../locales/cli-wording.js';

interface SimulateCliOptions {
  base: string;
  draft: string;
  rules?: string;
  out?: string;
  lang: Lang;
  inputFormat?: string;
  shiftEventYears?: boolean;
}

const OUTPUTS = ['.html', '.json', '.csv'] as const;
type OutputExt = (typeof OUTPUTS)[number];

/** How many rejections are echoed on stderr; all of them are in the report. */
const ECHO_LIMIT = 20;

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('budget impact of a draft guideline on the same applications | 测算申报指南草案的预算影响')
    .argument('<applications>', 'applications .jsonl or .csv file, or - for stdin')
    .requiredOption('--base <year|guideline.json>', 'the base: a bundled year (2026) or a guideline JSON file')
    .requiredOption('--draft <guideline.json>', 'the draft guideline JSON file')
    .option('--rules <dir>', 'rules directory (policy.json, clauses/, guidelines/) instead of the bundled rules')
    .option('--out <file>', 'report.html, report.json or report.csv (default: JSON on stdout)')
    .option('--lang <lang>', 'zh | en', parseLang, 'zh' as Lang)
    .option('--input-format <format>', 'jsonl | csv (default: from the file extension; jsonl for stdin)')
    .option('--shift-event-years', 'move every date of each application by (draft year − base year) whole years before the draft decides it')
    .action(async (file: string, opts: SimulateCliOptions) => {
      process.exitCode = await runSimulate(file, opts);
    });
}

function usageError(word: (w: CliWording) => string, lang: Lang): number {
  printUsage(cliBoth(word), lang);
  return EXIT.usage;
}

/** A guideline from a file: an unreadable file is a usage error (2), a broken one invalid input (1). */
function readGuideline(file: string, lang: Lang): { ok: true; value: unknown } | { ok: false; code: number } {
  const r = readJson(file);
  if (r.ok) return r;
  printIssues(r.issues, lang);
  return { ok: false, code: r.issues[0]?.code === 'usage' ? EXIT.usage : EXIT.invalidInput };
}

async function runSimulate(file: string, opts: SimulateCliOptions): Promise<number> {
  const { lang } = opts;
  let ext: OutputExt | undefined;
  if (opts.out !== undefined) {
    const out = opts.out;
    const found = extname(out).toLowerCase();
    if (!(OUTPUTS as readonly string[]).includes(found)) {
      return usageError((w) => w.unknownOutputFormat({ ext: found || out, allowed: OUTPUTS }), lang);
    }
    ext = found as OutputExt;
    if (file !== '-' && resolve(file) === resolve(out)) return usageError((w) => w.outIsInput({ links: false }), lang);
    const dir = dirname(resolve(out));
    if (!isDirectory(dir)) return usageError((w) => w.outDirNotDirectory({ file: out, dir }), lang);
  }

  let rules: RuleFiles | undefined;
  if (opts.rules !== undefined) {
    const dir = opts.rules;
    const r = readRulesDir(resolve(dir));
    if (!r.ok && r.missing) return usageError((w) => w.noSuchDirectory({ dir }), lang);
    if (!r.ok) {
      printIssues(r.missing ? [] : r.issues, lang);
      return EXIT.invalidInput;
    }
    rules = r.files;
  }
  let base: number | GuidelineInput;
  if (/^[0-9]{4}$/.test(opts.base)) base = Number.parseInt(opts.base, 10);
  else {
    const g = readGuideline(opts.base, lang);
    if (!g.ok) return g.code;
    base = g.value as GuidelineInput;
  }
  const draft = readGuideline(opts.draft, lang);
  if (!draft.ok) return draft.code;

  const opened = await openApplications(file, opts.inputFormat, lang);
  if (!opened.ok) return opened.exit;
  const { input, header } = opened;

  // The reader's own problems reject the application: the library is given nothing it could decide.
  const applications = (async function* () {
    for await (const entry of readEntries(input, header)) yield entry.issues.length > 0 ? null : entry.application;
  })();
  // The claims of both sides wait for proration in temporary files: memory grows only with the report's rows.
  const result = await safeSimulateWith(
    applications,
    base,
    draft.value as GuidelineInput,
    { rules, shiftEventYears: opts.shiftEventYears === true },
    fileSpills(),
  );
  if (!result.ok) {
    // Lint names each guideline by its side (draft/2027.json): the reader sees the file given.
    const named = (i: Issue): Issue => ({ ...i, file: i.file?.startsWith('draft/') ? opts.draft : i.file?.startsWith('base/') ? opts.base : i.file });
    for (const i of result.issues) process.stderr.write((i.file !== undefined ? lintLine(named(i), lang) : issueLine(i, lang)) + '\n');
    return result.issues.some((i) => i.code === 'no-guideline' || i.code === 'usage') ? EXIT.usage : EXIT.invalidInput;
  }
  const sim = result.value;
  if (sim.rejected.length > 0) await echoRejections(sim, input, header, lang);

  const text = ext === '.html' ? renderSimulationHtml(sim, { lang }) : ext === '.csv' ? applicantCsv(sim) : JSON.stringify(sim, null, 2) + '\n';
  if (opts.out !== undefined) writeAtomic(opts.out, text);
  else process.stdout.write(text);
  process.stderr.write(simulateWording(lang).cliSummary(summaryParams(sim)) + '\n');
  return sim.rejected.length > 0 ? EXIT.invalidInput : EXIT.decided;
}

/** Rejections are rare: the input is read again only to place them (row, column), never held for it. */
async function echoRejections(sim: Simulation, input: BatchInput, header: CsvHeader | null, lang: Lang): Promise<void> {
  const wanted = new Map(sim.rejected.map((r) => [r.index, r]));
  const validator = { validate: (app: unknown) => parseApplication(app) };
  let index = 0;
  let echoed = 0;
  for await (const entry of readEntries(input, header)) {
    const r = wanted.get(index++);
    if (!r) continue;
    for (const li of rejectionIssues(validator, entry, r.errors)) {
      if (echoed++ < ECHO_LIMIT) process.stderr.write(issueLine(withPlace(li, input.label), lang) + '\n');
    }
  }
  if (echoed > ECHO_LIMIT) process.stderr.write(cliWording(lang).moreRejections({ count: echoed - ECHO_LIMIT, file: null }) + '\n');
}

function summaryParams(sim: Simulation) {
  return {
    baseYear: sim.base.year,
    draftYear: sim.draft.year,
    applicants: sim.counts.applicants,
    rejected: sim.counts.rejected,
    basePaid: sim.totals.base.paid,
    draftPaid: sim.totals.draft.paid,
    change: sim.totals.change,
    gain: sim.counts.gain,
    lose: sim.counts.lose,
    unchanged: sim.counts.unchanged,
  };
}

/** One row per applicant, in the report's order (largest loss first); UTF-8 with a BOM and CRLF like `batch`. */
export function applicantCsv(sim: Simulation): string {
  const rows = sim.applicants.map((a) => [textCell(a.applicantId), a.index, a.base, a.draft, a.change, a.baseEligible, a.draftEligible]);
  const columns = ['applicant_id', 'index', `paid_${sim.base.year}_base`, `paid_${sim.draft.year}_draft`, 'change', 'base_eligible', 'draft_eligible'];
  return '\ufeff' + stringify([columns, ...rows], { record_delimiter: '\r\n', cast: { boolean: (b) => String(b) } });
}

/**
 * csv-stringify's escape_formulas would also quote a negative change ("'-9000.00"),
 * which a spreadsheet then reads as text: the guard is kept to the one text column.
 */
function textCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
