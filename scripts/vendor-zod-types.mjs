// The library bundles zod's code (docs/choices.md, "Cold start") and zod is no
// dependency of the package, so its declarations travel with dist/index.d.ts:
// zod's own .d.ts/.d.cts files (MIT, licence copied along) go to dist/zod/ and
// the two entry declarations import them there instead of from 'zod'.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const zod = join(root, 'node_modules', 'zod');
const out = join(root, 'dist', 'zod');
// What `import * as z from 'zod'` reaches: the classic API, the core, and the locales it re-exports.
const dirs = ['.', 'v4', 'v4/classic', 'v4/core', 'v4/locales'];

for (const dir of dirs) {
  mkdirSync(join(out, dir), { recursive: true });
  for (const f of readdirSync(join(zod, dir))) {
    if (f.endsWith('.d.ts') || f.endsWith('.d.cts')) copyFileSync(join(zod, dir, f), join(out, dir, f));
  }
}
copyFileSync(join(zod, 'LICENSE'), join(out, 'LICENSE'));

for (const [file, target] of [
  ['index.d.ts', './zod/index.js'],
  ['index.d.cts', './zod/index.cjs'],
]) {
  const path = join(root, 'dist', file);
  const text = readFileSync(path, 'utf8');
  const rewritten = text.replace(/(from\s+|import\()(['"])zod\2/g, `$1$2${target}$2`);
  if (/['"]zod['"]/.test(rewritten)) throw new Error(`${file} still names 'zod'`);
  writeFileSync(path, rewritten);
}
