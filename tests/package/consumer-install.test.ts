import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The package as a consumer meets it: `npm pack`, then `npm install` of the
 * tarball into an empty project that has none of this repository's
 * `overrides`. npm's cache keeps it fast; no dependency should be fetched at
 * all, since the package has none (docs/choices.md, "Supply chain").
 */

const root = join(__dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'dist', 'cli.js'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Quiet, no funding or update notices, and never a prompt.
const npmEnv = { ...process.env, npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

let consumer = '';
let tarball = '';

function run(cmd: string, args: string[], cwd = consumer) {
  return spawnSync(cmd, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 60_000 });
}

function duBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    total += st.isDirectory() ? duBytes(path) : st.size;
  }
  return total;
}

describe.runIf(built)('the packed tarball in a fresh consumer project', () => {
  beforeAll(() => {
    consumer = mkdtempSync(join(tmpdir(), 'heyuan-consumer-'));
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', consumer], { cwd: root, env: npmEnv, encoding: 'utf8' })) as [
      { filename: string; files: { path: string }[] },
    ];
    tarball = join(consumer, packed[0].filename);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = run(npm, ['install', '--no-audit', tarball]);
    expect(install.status, install.stderr).toBe(0);
  }, 90_000);

  afterAll(() => {
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  it('installs one package and nothing else: no jsonpath-plus, no zod, nothing twice', () => {
    const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['heyuan-ip-policy']);
    const ls = run(npm, ['ls', '--all', '--json']);
    const tree = JSON.parse(ls.stdout) as { dependencies: Record<string, { dependencies?: object }> };
    expect(Object.keys(tree.dependencies)).toEqual(['heyuan-ip-policy']);
    expect(tree.dependencies['heyuan-ip-policy']!.dependencies).toBeUndefined();
    // `npm ls jsonpath-plus` finds nothing (exit 1, an empty tree): the code is in dist/, at 11.3.
    const jp = run(npm, ['ls', 'jsonpath-plus', '--all']);
    expect(jp.stdout).toMatch(/\(empty\)/);
  });

  it('the bundled jsonpath-plus is the 11.3 release json-rules-engine runs with', () => {
    const dist = join(consumer, 'node_modules', 'heyuan-ip-policy', 'dist');
    const chunks = readdirSync(dist).filter((f) => f.endsWith('.js') || f.endsWith('.cjs'));
    const withJsonpath = chunks.filter((f) => readFileSync(join(dist, f), 'utf8').includes('node_modules/jsonpath-plus/dist/index-browser-esm.js'));
    expect(withJsonpath.length).toBeGreaterThan(0);
    const version = JSON.parse(readFileSync(join(root, 'node_modules', 'jsonpath-plus', 'package.json'), 'utf8')).version as string;
    const [major, minor] = version.split('.').map(Number);
    expect(major! > 11 || (major === 11 && minor! >= 3)).toBe(true);
  });

  it('npm audit of the consumer finds 0 vulnerabilities', (ctx) => {
    const audit = run(npm, ['audit', '--json']);
    const report = JSON.parse(audit.stdout) as { metadata?: { vulnerabilities: { total: number } }; error?: unknown; statusCode?: number };
    // A registry mirror without the advisories endpoint (405) cannot audit: the test above, no dependency at all, still holds.
    if (report.error !== undefined || report.statusCode !== undefined) ctx.skip();
    expect(report.metadata!.vulnerabilities.total).toBe(0);
  });

  it('carries no source maps, no install script, and stays small', () => {
    const pkgDir = join(consumer, 'node_modules', 'heyuan-ip-policy');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        if (statSync(join(dir, n)).isDirectory()) walk(join(dir, n));
        else files.push(n);
      }
    };
    walk(pkgDir);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; dependencies?: object };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook]).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    // Was 52 MB over 29 packages; now the package alone (code, rules, docs, examples, zod's declarations, and the
    // HTTP service with Fastify bundled in: about 1 MB of it).
    expect(duBytes(join(consumer, 'node_modules'))).toBeLessThan(8 * 1024 * 1024);
    // The README's links to docs/ and examples/ resolve inside the package.
    expect(existsSync(join(pkgDir, 'docs', 'cli.md'))).toBe(true);
    expect(existsSync(join(pkgDir, 'examples', '01-enterprise.json'))).toBe(true);
  });

  it('ESM import and CJS require decide the same application, with either evaluator', () => {
    const app = join(root, 'examples', '01-enterprise.json');
    const script = (load: string) => `
      ${load}
      const app = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(app)}, 'utf8'));
      (async () => {
        const a = lib.loadPolicy({ year: 2026 }).evaluateSync(app);
        const b = await lib.loadPolicy({ year: 2026, engine: 'json-rules-engine' }).evaluate(app);
        console.log(a.total, JSON.stringify(a) === JSON.stringify(b));
      })();`;
    writeFileSync(join(consumer, 'cjs.cjs'), script("const lib = require('heyuan-ip-policy');"));
    writeFileSync(
      join(consumer, 'esm.mjs'),
      script("import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); import * as lib from 'heyuan-ip-policy';"),
    );
    const cjs = run(process.execPath, ['cjs.cjs']);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('144000.00 true');
    const esm = run(process.execPath, ['esm.mjs']);
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('144000.00 true');
  });

  it('the installed heyuan-ip command runs', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'heyuan-ip');
    const r = run(bin, ['check', join(root, 'examples', '01-enterprise.json'), '--year', '2026', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { total: string }).total).toBe('144000.00');
  });

  it('the types check under tsc --strict with no zod installed, from ESM and CJS', () => {
    const body = `
import { loadPolicy, applicationSchema, type Application, type Decision } from 'heyuan-ip-policy';
const policy = loadPolicy({ year: 2026 });
declare const app: Application;
const decision: Decision = policy.evaluateSync(app);
export const total: string = decision.total;
// @ts-expect-error money is a decimal string, never a number
export const wrong: Extract<Application['events'][number], { type: 'pledge-loan' }>['interestPaid'] = 180000;
export const right: Extract<Application['events'][number], { type: 'pledge-loan' }>['interestPaid'] = '180000.00';
export const parsed = applicationSchema.safeParse({}).success;
`;
    writeFileSync(join(consumer, 'esm.mts'), body);
    writeFileSync(join(consumer, 'cjs.cts'), body);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    const tsc = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer]);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
