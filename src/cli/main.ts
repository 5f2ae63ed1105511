import { Command, CommanderError } from 'commander';
import { registerBatch } from './batch.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { PolicyError } from '../locales/issue.js';
import { EXIT, printIssues } from './exit.js';
import { registerExplain } from './explain.js';
import { registerLint } from './lint.js';
import { registerSchema } from './schema.js';
import { registerSimulate } from './simulate.js';
import { registerServe } from './serve.js';

const program = new Command('heyuan-ip')
  .description('Heyuan IP policy rules: which clauses apply and how much each pays | 河源市知识产权政策规则引擎')
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
  } else {
    process.stderr.write(`internal error: ${(err as Error).message}\n`);
    process.exitCode = 70;
  }
}
