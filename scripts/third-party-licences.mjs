// dist/ carries other packages' code (every dependency is bundled, docs/choices.md
// "Supply chain"); their licences ask that the notice travel with it. The packages
// are read from esbuild's `// node_modules/<name>/…` markers in the unminified
// bundles, so the list cannot drift from what is actually inside.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const names = new Set();
for (const f of readdirSync(dist)) {
  if (!/\.(c?js)$/.test(f)) continue;
  for (const m of readFileSync(join(dist, f), 'utf8').matchAll(
    /^\s*\/\/ node_modules\/((?:(?:@[^/\s]+\/)?[^/\s]+\/node_modules\/)*(?:@[^/\s]+\/)?[^/\s]+)\//gm,
  ))
    names.add(m[1]);
}
const allowed = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD']);
const sections = [];
for (const name of [...names].sort()) {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!allowed.has(pkg.license)) throw new Error(`${name}: licence ${pkg.license} is not on the list a bundle may carry`);
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  // A package published without its licence file (momoa) is named with what its manifest says.
  const text = file
    ? readFileSync(join(dir, file), 'utf8').trim()
    : `Published without a licence file; its package.json gives the licence ${pkg.license}${pkg.author ? `, author ${typeof pkg.author === 'string' ? pkg.author : pkg.author.name}` : ''}.`;
  sections.push(`## ${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}\n`);
}
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.md'),
  `# Third-party code in dist/\n\nThe bundles in this folder contain these packages; their licences follow.\n\n${sections.join('\n')}`,
);
console.log(`third-party licences: ${names.size} packages`);
