import type { Command } from 'commander';
import { EXIT } from './exit.js';

// Placeholder until its issue lands: registered so that main.ts lists every pinned command.
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('heyuan-ip diff is not available yet\n');
      process.exitCode = EXIT.usage;
    });
}
