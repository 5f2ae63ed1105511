// Prepares what the benchmark measures, after `npm run build`:
// - a snapshot of the built library (dist/index.js) in bench/.out/, so that a
//   colleague's rebuild of dist/ halfway through a run cannot change or remove
//   what is being measured (it still resolves its dependencies from
//   node_modules, as an installed package would);
// - bench/handwritten.ts compiled by esbuild to plain JavaScript, so that no
//   transpiler runs during the measurement on either side.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '.out');
mkdirSync(out, { recursive: true });
if (process.argv.includes('--from-src')) {
  // While iterating on a fix: bundle src/ as tsup would (ESM, ES2022, dependencies external), without touching dist/.
  await build({
    entryPoints: [join(here, '..', 'src', 'index.ts')],
    outfile: join(out, 'index.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
} else {
  // index.js and the chunks it loads (json-rules-engine's, since it is bundled); the package ships no source maps.
  const dist = join(here, '..', 'dist');
  for (const f of readdirSync(dist).filter((n) => n.endsWith('.js') && n !== 'cli.js' && n !== 'browser.js')) copyFileSync(join(dist, f), join(out, f));
}
// The library's compiled conditions alone (bench/internals.ts), bundled from src/ for the side-by-side row.
await build({
  entryPoints: [join(here, 'internals.ts')],
  outfile: join(out, 'internals.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  packages: 'external',
  logLevel: 'warning',
});
// The service's Decision writer (src/server/decision-json.ts) alone, for bench/service-parts.mjs.
await build({
  entryPoints: [join(here, '..', 'src', 'server', 'decision-json.ts')],
  outfile: join(out, 'decision-json.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  packages: 'external',
  logLevel: 'warning',
});
await build({
  entryPoints: [join(here, 'handwritten.ts')],
  outfile: join(out, 'handwritten.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['decimal.js'],
  logLevel: 'warning',
});
