import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's first command and the output pasted under it must stay true.
const root = join(__dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('the pasted output of the first command is what the command prints', () => {
    const command = /```sh\nnpm ci && npm run build && (node dist\/cli\.js [^\n]+)\n```/.exec(readme);
    expect(command, 'the two-command block').not.toBeNull();
    const pasted = /prints \(pasted from a run\):\n\n```\n([\s\S]*?)\n```/.exec(readme);
    expect(pasted, 'the pasted output').not.toBeNull();
    const args = command![1]!.split(' ').slice(1);
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(out.trimEnd()).toBe(pasted![1]);
  });
});
