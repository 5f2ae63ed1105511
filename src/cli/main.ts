import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerBatch } from './batch.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { PolicyError } from '../locales/issue.js';
import { registerClauses } from './clauses.js';
import { EXIT, type Lang, printIssues } from './exit.js';
import { abortOpenOutputs } from './io.js';
import { ioErrorMessage, isIoError } from './io-error.js';
import { cliBoth } from './cli-wording.js';
import { printUsage } from './usage-message.js';
import { registerExplain } from './explain.js';
import { registerLint } from './lint.js';
import { registerSchema } from './schema.js';
import { registerSimulate } from './simulate.js';
import { registerServe } from './serve.js';

// The reader of `batch … | head -1` has gone: stop quietly, as Unix tools do, with nothing half-written left behind.
// Any other failure to write stdout (a full disk, `> /dev/full`) is an I/O error like a file's: one line, exit 2.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  abortOpenOutputs();
  if (err.code === 'EPIPE') process.exit(0);
  if (!isIoError(err)) throw err;
  printUsage(ioErrorMessage({ ...err, path: '(stdout)' }), langOf(process.argv));
  process.exit(EXIT.usage);
});
// Nowhere is left to say anything: only the exit code can tell.
process.stderr.on('error', (err: NodeJS.ErrnoException) => {
  abortOpenOutputs();
  process.exit(err.code === 'EPIPE' ? 0 : EXIT.usage);
});

/** dist/cli.js sits one level below the package's own package.json. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** The --lang of the command line, for errors caught outside any command. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.slice(7) : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

const program = new Command('heyuan-ip')
  .description('Heyuan IP policy rules: which clauses apply and how much each pays | 河源市知识产权政策规则引擎')
  .version(packageVersion(), '-V, --version', 'the package version | 版本号')
  .showHelpAfterError()
  .exitOverride();

registerCheck(program);
registerBatch(program);
registerLint(program);
registerSchema(program);
registerExplain(program);
registerDiff(program);
registerSimulate(program);
registerServe(program);
registerClauses(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version are not errors; every other commander failure is a usage error.
    process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
  } else if (err instanceof PolicyError) {
    // An input problem found mid-run (a batch source that changed between passes): still one line per issue.
    printIssues(err.issues);
    process.exitCode = EXIT.invalidInput;
  } else if ((err as NodeJS.ErrnoException | null)?.code === 'EPIPE') {
    abortOpenOutputs();
    process.exitCode = 0;
  } else if (isIoError(err)) {
    // A file that cannot be read or written is the caller's to fix: one line, exit 2, no temporary file left.
    abortOpenOutputs();
    printUsage(ioErrorMessage(err), langOf(process.argv));
    process.exitCode = EXIT.usage;
  } else {
    // A bug of ours: one line in both languages, no stack, and no output left half-written.
    abortOpenOutputs();
    const detail = err instanceof Error ? err.message : String(err);
    printUsage(
      cliBoth((w) => w.internalError({ detail })),
      langOf(process.argv),
    );
    process.exitCode = 70;
  }
}
