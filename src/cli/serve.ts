import { InvalidArgumentError, type Command } from 'commander';
import { cliWording } from './cli-wording.js';
import { PolicyError } from '../locales/issue.js';
import type { RuleFiles } from '../rules/load-rules.js';
import { EXIT, printIssues } from './exit.js';
import { readJson } from './io.js';
import { parseYear } from './options.js';
import { readRulesDir } from './rules-dir.js';

/*
 * `heyuan-ip serve`: the HTTP decision service (docs/service.md). Binds
 * 127.0.0.1 unless --host says otherwise; HEYUAN_IP_TOKEN, when set, is the
 * bearer token every route but /healthz requires. SIGTERM and SIGINT stop it
 * gracefully: no new connections, requests in flight finish, then it exits.
 */

function positiveInt(value: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new InvalidArgumentError('expected a positive whole number');
  return Number(value);
}

function port(value: string): number {
  if (!/^[0-9]{1,5}$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError('expected a port number, 0 to 65535');
  return Number(value);
}

interface ServeOptions {
  port: number;
  host: string;
  rules?: string;
  guideline?: string;
  year?: number;
  bodyLimit?: number;
  maxDepth?: number;
  maxEvents?: number;
  maxBatch?: number;
  timeout?: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP decision service | 运行审核服务（HTTP）')
    .option('--port <port>', 'port to listen on (0: any free port)', port, 8080)
    .option('--host <host>', 'address to bind; 0.0.0.0 only behind a firewall or proxy', '127.0.0.1')
    .option('--rules <dir>', 'rules directory (policy.json, clauses/, guidelines/) instead of the bundled rules')
    .option('--guideline <file>', 'one guideline file (a draft, say): the service then decides under that year only')
    .option('--year <year>', 'the year a request without ?year= is decided under (default: the latest)', parseYear)
    .option('--body-limit <bytes>', 'largest request body, in bytes (default 10485760)', positiveInt)
    .option('--max-depth <n>', 'deepest nesting of a JSON body (default 32)', positiveInt)
    .option('--max-events <n>', 'most events in one application (default 1000)', positiveInt)
    .option('--max-batch <n>', 'most applications in one batch (default 10000)', positiveInt)
    .option('--timeout <ms>', 'longest a request may take, in milliseconds (default 30000)', positiveInt)
    .action(async (opts: ServeOptions) => {
      let rules: RuleFiles | undefined;
      if (opts.rules !== undefined) {
        const r = readRulesDir(opts.rules);
        if (!r.ok) {
          if (r.missing)
            process.stderr.write(
              `heyuan-ip serve: ${cliWording('en').noSuchDirectory({ dir: opts.rules })} ｜ ${cliWording('zh').noSuchDirectory({ dir: opts.rules })}\n`,
            );
          else printIssues(r.issues);
          process.exitCode = EXIT.usage;
          return;
        }
        rules = r.files;
      }
      let guideline: unknown;
      if (opts.guideline !== undefined) {
        const g = readJson(opts.guideline);
        if (!g.ok) {
          printIssues(g.issues.map((i) => ({ ...i, file: opts.guideline })));
          process.exitCode = EXIT.usage;
          return;
        }
        guideline = g.value;
      }
      // Loaded here, not at the top: every other command starts without Fastify.
      const { createServer } = await import('../server/index.js');
      let app;
      try {
        app = createServer(
          { ...(rules ? { rules } : {}), ...(guideline !== undefined ? { guideline: guideline as never } : {}), ...(opts.year ? { year: opts.year } : {}) },
          {
            ...(process.env.HEYUAN_IP_TOKEN ? { token: process.env.HEYUAN_IP_TOKEN } : {}),
            ...(opts.bodyLimit ? { bodyLimit: opts.bodyLimit } : {}),
            ...(opts.maxDepth ? { maxDepth: opts.maxDepth } : {}),
            ...(opts.maxEvents ? { maxEvents: opts.maxEvents } : {}),
            ...(opts.maxBatch ? { maxBatch: opts.maxBatch } : {}),
            ...(opts.timeout ? { requestTimeout: opts.timeout } : {}),
          },
        );
      } catch (err) {
        if (!(err instanceof PolicyError)) throw err;
        printIssues(err.issues);
        process.exitCode = EXIT.usage;
        return;
      }
      const stop = (signal: string) => {
        app.log.info({ signal }, 'closing: no new connections; requests in flight finish');
        void app.close().then(() => app.log.info('closed'));
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
      await app.listen({ host: opts.host, port: opts.port });
      process.exitCode = EXIT.decided;
    });
}
