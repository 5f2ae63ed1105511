import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every numbered example ends with the output it prints; running them here
// keeps the README's examples from rotting. They import the built package.
const dir = join(__dirname, '..', 'examples');
const scripts = readdirSync(dir)
  .filter((f) => /^[0-9]{2}-.*\.mjs$/.test(f))
  .sort();

function expectedOutput(source: string): string {
  const at = source.lastIndexOf('// Output:\n');
  if (at < 0) throw new Error('no "// Output:" block');
  return source
    .slice(at + '// Output:\n'.length)
    .split('\n')
    .filter((l) => l.startsWith('//'))
    .map((l) => l.replace(/^\/\/ ?/, ''))
    .join('\n');
}

describe('examples', () => {
  it('the package is built (npm test builds first)', () => {
    expect(existsSync(join(__dirname, '..', 'dist', 'index.js'))).toBe(true);
  });

  it.each(scripts)('%s prints what its Output block says', (script) => {
    const stdout = execFileSync(process.execPath, [join(dir, script)], { encoding: 'utf8' });
    expect(stdout.trimEnd()).toBe(expectedOutput(readFileSync(join(dir, script), 'utf8')));
  });
});
