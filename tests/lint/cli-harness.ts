import { Command } from 'commander';
import { registerLint } from '../../src/cli/lint.js';

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string;
}

/** Runs one registered command in-process: what it printed and the exit code it set. */
export async function runCommand(register: (program: Command) => void, args: string[]): Promise<CliRun> {
  const out: string[] = [];
  let err = '';
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  const previous = process.exitCode;
  process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((err += String(chunk)), true)) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    const program = new Command('heyuan-ip').exitOverride();
    register(program);
    await program.parseAsync(['node', 'heyuan-ip', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: out.join('').split('\n').filter(Boolean), stderr: err };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    process.exitCode = previous;
  }
}

export const runLint = (args: string[]) => runCommand(registerLint, ['lint', ...args]);
