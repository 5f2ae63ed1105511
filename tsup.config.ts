import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types. Dependencies stay external; the rules are bundled in.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
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
