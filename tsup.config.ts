import { defineConfig, type Options } from 'tsup';

type TsupPlugin = NonNullable<Options['plugins']>[number];

/*
 * esbuild's `__export` helper walks the export table with `for…in` and passes
 * `{ get, enumerable }` literals to Object.defineProperty: a host that put an
 * enumerable key on Object.prototype (or `get`/`set`/`value`) before importing
 * us made every build throw at import ("Getter must be a function"). The
 * helper is rewritten to walk own keys with a null-prototype descriptor; the
 * build fails if a for…in helper is still there (say, after an esbuild upgrade
 * changed its shape), so the fix cannot silently lapse.
 */
const ownKeyExports: TsupPlugin = {
  name: 'own-key-exports',
  renderChunk(code) {
    const readable = /for \(var (\w+) in (\w+)\)\n(\s*)(\w+)\((\w+), \1, \{ get: \2\[\1\], enumerable: true \}\);/g;
    const minified = /for\(var ([\w$]+) in ([\w$]+)\)([\w$]+)\(([\w$]+),\1,\{get:\2\[\1\],enumerable:!0\}\)/g;
    const out = code
      .replace(readable, (_m, name, all, indent, define, target) => `for (var ${name} of Object.keys(${all}))\n${indent}${define}(${target}, ${name}, { __proto__: null, get: ${all}[${name}], enumerable: true });`)
      .replace(minified, (_m, name, all, define, target) => `for(var ${name} of Object.keys(${all}))${define}(${target},${name},{__proto__:null,get:${all}[${name}],enumerable:!0})`)
      // __copyProps / __toCommonJS / __toESM descriptors: an inherited `get`, `set` or `value` must not join them.
      .replace(/__defProp\(([^,()]+), ([^,()]+), \{ (get|value): /g, (_m, target, key, field) => `__defProp(${target}, ${key}, { __proto__: null, ${field}: `);
    if (/for ?\(var [\w$]+ in [\w$]+\)\s*[\w$]+\([\w$]+, ?[\w$]+, ?\{/.test(out)) throw new Error('own-key-exports: an esbuild __export helper with for…in is left in the output');
    return { code: out };
  },
};

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
    plugins: [ownKeyExports],
  },
  {
    // The command line: the only code that touches files, stdin and the terminal.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [ownKeyExports],
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
    plugins: [ownKeyExports],
  },
]);
