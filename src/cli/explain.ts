import type { Command } from 'commander';
import { EXIT } from './exit.js';

// Placeholder until its issue lands: registered so that main.ts lists every pinned command.
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('heyuan-ip explain is not available yet\n');
      process.exitCode = EXIT.usage;
    });
}
