// Builds dist/workbench.html: the reviewer's workbench as ONE file, its script
// (the library and the page's code, bundled by esbuild) inlined, so that it
// opens from disk (file://), where a browser refuses to load a module beside it.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const out = await build({
  entryPoints: [new URL('src/workbench/main.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
});
// "</script" inside the code would end the inline script early.
const code = out.outputFiles[0].text.replaceAll('</script', '<\\/script');
const page = readFileSync(new URL('src/workbench/page.html', root), 'utf8').replace('/*WORKBENCH*/', () => code);
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/workbench.html', root), page);
console.log(`dist/workbench.html ${(page.length / 1024).toFixed(0)} KB`);
