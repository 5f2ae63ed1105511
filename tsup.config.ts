import { createRequire } from 'node:module';
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
    const readable = /for \(var ([\w$]+) in ([\w$]+)\)\n(\s*)([\w$]+)\(([\w$]+), \1, \{ get: \2\[\1\], enumerable: (true|!0) \}\);/g;
    const minified = /for\(var ([\w$]+) in ([\w$]+)\)([\w$]+)\(([\w$]+),\1,\{get:\2\[\1\],enumerable:!0\}\)/g;
    const out = code
      .replace(
        readable,
        (_m, name, all, indent, define, target, yes) =>
          `for (var ${name} of Object.keys(${all}))\n${indent}${define}(${target}, ${name}, { __proto__: null, get: ${all}[${name}], enumerable: ${yes} });`,
      )
      .replace(
        minified,
        (_m, name, all, define, target) =>
          `for(var ${name} of Object.keys(${all}))${define}(${target},${name},{__proto__:null,get:${all}[${name}],enumerable:!0})`,
      )
      // __copyProps / __toCommonJS / __toESM descriptors: an inherited `get`, `set` or `value` must not join them.
      .replace(/__defProp\(([^,()]+), ([^,()]+), \{ (get|value): /g, (_m, target, key, field) => `__defProp(${target}, ${key}, { __proto__: null, ${field}: `);
    if (/for ?\(var [\w$]+ in [\w$]+\)\s*[\w$]+\([\w$]+, ?[\w$]+, ?\{/.test(out))
      throw new Error('own-key-exports: an esbuild __export helper with for…in is left in the output');
    return { code: out };
  },
};

// json-rules-engine asks for jsonpath-plus ^10, which has known code-execution
// advisories; its 11.3 build for browsers needs no Node built-in (no `vm`) and
// is what every bundled copy uses. Rule paths never reach it (src/path.ts).
const jsonpathPlus = createRequire(import.meta.url)
  .resolve('jsonpath-plus')
  .replace(/index-node-(cjs|esm)\.c?js$/, 'index-browser-esm.js');

export default defineConfig([
  {
    // The library: ESM + CJS + types, with the rules bundled in. So is every
    // dependency (docs/choices.md, "Cold start" and "Supply chain"): the
    // package installs nothing else. json-rules-engine sits in a chunk loaded
    // only when `engine: 'json-rules-engine'` is asked for (ESM; the CJS build
    // holds it inline, still run only on demand). The types import zod's
    // declarations from dist/zod/ (scripts/vendor-zod-types.mjs).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
    noExternal: [/.*/],
    plugins: [ownKeyExports],
    esbuildOptions(options) {
      options.alias = { 'jsonpath-plus': jsonpathPlus };
    },
  },
  {
    // The command line (the only code that touches files, stdin and the terminal)
    // and heyuan-ip-policy/server (the HTTP service, Node only), in one pass so
    // that `heyuan-ip serve` and the server entry share one copy of Fastify.
    // Neither the library nor the browser bundle pulls Fastify in. Every
    // dependency inside; `require` for the CommonJS ones. A `#!` line is legal
    // at the top of any module, so the chunks may carry it too.
    entry: { cli: 'src/cli/main.ts', server: 'src/server/index.ts' },
    format: ['esm'],
    dts: { entry: { server: 'src/server/index.ts' } },
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    plugins: [ownKeyExports],
    splitting: true,
    esbuildOptions(options) {
      options.alias = { 'jsonpath-plus': jsonpathPlus };
      // Fastify and its logger are most of these files: shortened names and syntax keep the package small. Whitespace
      // stays, and with it esbuild's `// node_modules/<name>/` markers that scripts/third-party-licences.mjs reads.
      options.minifyIdentifiers = true;
      options.minifySyntax = true;
    },
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __heyuanCreateRequire } from 'node:module';\nconst require = __heyuanCreateRequire(import.meta.url);",
    },
  },
  {
    // The browser build: one ESM file with every dependency and the rules inside,
    // no Node built-ins (jsonpath-plus resolves to its browser build).
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    minify: true,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    plugins: [ownKeyExports],
    // One file a static server can hand out as it is.
    splitting: false,
  },
]);
