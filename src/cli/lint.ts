import type { Command } from 'commander';
import { EXIT } from './exit.js';

// Placeholder until its issue lands: registered so that main.ts lists every pinned command.
export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('heyuan-ip lint is not available yet\n');
      process.exitCode = EXIT.usage;
    });
}
