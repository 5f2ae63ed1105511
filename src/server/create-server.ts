import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import { version } from '../../package.json';
import { makeIssue } from '../locales/issue.js';
import { bearerMatches } from './auth.js';
import type { ServiceContext } from './context.js';
import { type ErrorStatus, HttpError, issuesBody } from './http-error.js';
import { parseJsonBody, parseNdjsonBody } from './json-body.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { loadPolicies, type ServicePolicyOptions } from './policies.js';
import { registerBatch } from './routes/batch.js';
import { registerDecide } from './routes/decide.js';
import { registerMeta } from './routes/meta.js';
import { registerReference } from './routes/reference.js';

/*
 * The decision service: the library behind HTTP, for systems that are not
 * Node. Stateless: every year is loaded at start and nothing a request does
 * outlives it. The routes are pinned in DESIGN.md; docs/service.md says how
 * to run it.
 */

export interface ServerOptions extends Partial<Limits> {
  /** A bearer token every route but /healthz requires; none (open) by default. `heyuan-ip serve` reads HEYUAN_IP_TOKEN. */
  token?: string;
  /**
   * Fastify's logger: `true` (default) writes one JSON line per request to
   * stdout; pino options (a `stream`, a `level`) go through; `false` is silent.
   */
  logger?: FastifyServerOptions['logger'];
}

const JSON_TYPES = ['application/json'];
const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'];

/** Fastify's own errors, by code: what HTTP status and issue each becomes. */
function fromFastifyError(err: { code?: string; statusCode?: number }, limits: Limits, contentType: string | undefined): HttpError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, [makeIssue('body-too-large', [], { limit: limits.bodyLimit })]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      if (err.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH')
        return new HttpError(400, [makeIssue('invalid-json', [], { detail: 'the Content-Length does not match the body' })]);
      return new HttpError(415, [
        makeIssue('unsupported-media-type', [], { received: JSON.stringify(contentType ?? ''), allowed: [...JSON_TYPES, NDJSON_TYPES[0]!] }),
      ]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, [makeIssue('invalid-json', [], { detail: 'the request has no body' })]);
    default:
      // Other client errors Fastify raises (a malformed URL, say): their status, a usage issue, no internals.
      if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
        return new HttpError(err.statusCode === 404 ? 404 : 400, [makeIssue('usage', [], { reason: 'request-unreadable' })]);
      }
      return null;
  }
}

/**
 * Builds the service, not yet listening: `await app.listen({ host: '127.0.0.1', port })`.
 * Throws a PolicyError if the rules or a guideline do not load.
 */
export function createServer(policyOptions: ServicePolicyOptions = {}, serverOptions: ServerOptions = {}): FastifyInstance {
  const limits: Limits = {
    bodyLimit: serverOptions.bodyLimit ?? DEFAULT_LIMITS.bodyLimit,
    maxDepth: serverOptions.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxEvents: serverOptions.maxEvents ?? DEFAULT_LIMITS.maxEvents,
    maxBatch: serverOptions.maxBatch ?? DEFAULT_LIMITS.maxBatch,
    requestTimeout: serverOptions.requestTimeout ?? DEFAULT_LIMITS.requestTimeout,
  };
  const ctx: ServiceContext = { policies: loadPolicies(policyOptions), limits, version };
  const rulesHash = ctx.policies.years.get(ctx.policies.defaultYear)!.policy.rulesHash;

  // Every error becomes the library's issues with its HTTP status; anything unknown is a 500 that names the request, never a stack.
  const replyWithIssues = (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const known = err instanceof HttpError ? err : fromFastifyError(err as { code?: string; statusCode?: number }, limits, req.headers['content-type']);
    if (known) {
      if (known.statusCode === 401) void reply.header('www-authenticate', 'Bearer');
      return reply.status(known.statusCode).send(issuesBody(known.issues));
    }
    // Logged here with its stack; the client gets the request id to quote, never the stack.
    req.log.error({ err }, 'internal error');
    const status: ErrorStatus = 500;
    return reply.status(status).send(issuesBody([makeIssue('internal-error', [], { key: req.id })]));
  };

  const app = Fastify({
    logger: serverOptions.logger ?? true,
    // One line per request, written below; Fastify's own two would carry the URL and the client's address.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeout,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    // Errors Fastify raises before routing (a malformed URL, FST_ERR_BAD_URL) skip setErrorHandler: the same answer here.
    frameworkErrors: (err, req, reply) => void replyWithIssues(err, req, reply as FastifyReply),
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_TYPES, { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string, limits.maxDepth));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseNdjsonBody(body as string, limits.maxDepth, limits.maxBatch));
    } catch (err) {
      done(err as Error, undefined);
    }
  });

  const token = serverOptions.token;
  if (token !== undefined && token !== '') {
    app.addHook('onRequest', async (req) => {
      if (req.url === '/healthz') return;
      if (!bearerMatches(req.headers.authorization, token)) throw new HttpError(401, [makeIssue('unauthorized', [])]);
    });
  }

  // A callback hook, not an async one: it runs for every request, and has nothing to await.
  app.addHook('onResponse', (req, reply, done) => {
    // Never the body, the query or the client's address: applications carry names and credit codes.
    req.log.info(
      { method: req.method, route: req.routeOptions.url ?? '(none)', status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100, rulesHash },
      'request',
    );
    done();
  });

  app.setErrorHandler(replyWithIssues);

  app.setNotFoundHandler((req, reply) => {
    const route = `${req.method} ${req.url.split('?')[0]}`;
    return reply.status(404).send(issuesBody([makeIssue('not-found', [], { key: 'route', received: JSON.stringify(route) })]));
  });

  registerDecide(app, ctx);
  registerBatch(app, ctx);
  registerReference(app, ctx);
  registerMeta(app, ctx);
  return app;
}
