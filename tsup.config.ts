import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types, with the rules bundled in. So are the
    // dependencies the core loads at import (docs/choices.md, "Cold start"):
    // resolving and compiling their module graphs (zod's alone loads every
    // locale) was most of an `import`. json-rules-engine, loaded only on
    // demand, stays external. The types still import from 'zod'.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
    noExternal: ['zod', 'decimal.js', 'date-fns', '@date-fns/utc', '@noble/hashes', '@humanwhocodes/momoa'],
  },
  {
    // The command line: the only code that touches files, stdin and the terminal.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // heyuan-ip-policy/server: the HTTP service, Node only. Its own entry, so
    // that neither the library nor the browser bundle pulls Fastify in.
    entry: { server: 'src/server/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    // The browser build: one ESM file with every dependency and the rules inside,
    // no Node built-ins (jsonpath-plus resolves to its browser build).
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    sourcemap: true,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    // One file a static server can hand out as it is.
    splitting: false,
  },
]);
