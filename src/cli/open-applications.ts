import { type BatchInput, openInput, readCsvHeader } from './batch-input.js';
import type { CsvHeader } from './csv-applications.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { printUsage } from './usage-message.js';

export type OpenedApplications = { ok: true; input: BatchInput; header: CsvHeader | null } | { ok: false; exit: number };

/**
 * A file of applications opened as `batch` and `simulate` read it, with a
 * CSV's header checked before anything is decided; otherwise the problem is
 * printed and the exit code returned.
 */
export async function openApplications(file: string, format: string | undefined, lang: Lang): Promise<OpenedApplications> {
  const opened = openInput(file, format);
  if (!opened.ok) {
    printUsage(opened.message, lang);
    return { ok: false, exit: EXIT.usage };
  }
  const input = opened.value;
  if (input.format !== 'csv') return { ok: true, input, header: null };
  const h = await readCsvHeader(input);
  if (!h.ok) {
    printIssues(
      h.issues.map((i) => ({ ...i, file: `${input.label}:1` })),
      lang,
    );
    return { ok: false, exit: EXIT.invalidInput };
  }
  return { ok: true, input, header: h.value };
}
