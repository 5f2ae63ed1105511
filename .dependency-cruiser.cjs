// The layers of src/, each a folder; an import may only point down this list
// (docs/maintaining.md). Type-only imports count: a type lives where its
// concept lives, not where it is first used.
const LAYERS = ['core', 'locales', 'schema', 'rules', 'engine', 'report', 'heyuan', 'api', 'server', 'cli', 'workbench'];
// What each layer may import besides itself; index.ts and browser.ts sit above all.
const allowed = {
  core: [],
  locales: ['core'],
  schema: ['core', 'locales'],
  rules: ['core', 'locales', 'schema'],
  engine: ['core', 'locales', 'schema', 'rules'],
  report: ['core', 'locales', 'schema', 'rules', 'engine'],
  // The Heyuan policy as data (bundled rules, vocabulary): the engine never imports it.
  heyuan: ['core', 'locales', 'schema', 'rules'],
  api: ['core', 'locales', 'schema', 'rules', 'engine', 'report', 'heyuan'],
  server: ['core', 'locales', 'schema', 'rules', 'engine', 'report', 'heyuan', 'api'],
  cli: ['core', 'locales', 'schema', 'rules', 'engine', 'report', 'heyuan', 'api', 'server'],
  // The reviewer's page in the browser: the library through api/, and the CLI's pure CSV grouping so a CSV means the same in both; never the server.
  workbench: ['core', 'locales', 'schema', 'rules', 'engine', 'report', 'heyuan', 'api', 'cli'],
};
const forbidden = LAYERS.map((layer) => ({
  name: `${layer}-imports-down-only`,
  comment: `src/${layer}/ may import only from: ${allowed[layer].join(', ') || 'nothing else in src'}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(?!(?:${[layer, ...allowed[layer]].join('|')})/)[^/]+/` },
}));
module.exports = {
  forbidden: [
    ...forbidden,
    { name: 'no-circular', severity: 'error', comment: 'no cycles, type-only imports included', from: {}, to: { circular: true } },
    { name: 'nothing-imports-the-entry', severity: 'error', from: { path: '^src/(?!index\\.ts|browser\\.ts)' }, to: { path: '^src/(index|browser)\\.ts$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
