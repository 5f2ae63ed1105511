import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();

describe('the package', () => {
  it('require() exposes loadPolicy (CJS)', () => {
    expect(node(['-e', "console.log(typeof require('heyuan-ip-policy').loadPolicy)"])).toBe('function');
  });

  it('import() exposes loadPolicy (ESM) and decides without touching the file system', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "const m = await import('heyuan-ip-policy'); console.log(typeof m.loadPolicy, m.loadPolicy({ year: 2026 }).year)",
    ]);
    expect(out).toBe('function 2026');
  });

  it('the core imports nothing from node: (it must run in a browser); only src/cli does', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'cli') walk(path);
        } else if (/\.ts$/.test(name) && /from ['"](node:|fs|path|os|child_process)['"/]/.test(readFileSync(path, 'utf8'))) {
          offenders.push(path);
        }
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
  });

  it('the bundled rules are up to date with rules/', () => {
    expect(() => node(['scripts/bundle-rules.mjs', '--check'])).not.toThrow();
  });
});
