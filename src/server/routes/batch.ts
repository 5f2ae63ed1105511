import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Policy } from '../../api/load-policy.js';
import type { BatchEntry } from '../../engine/batch.js';
import { makeIssue } from '../../locales/issue.js';
import { eventLimitIssues } from '../application-limits.js';
import type { ServiceContext } from '../context.js';
import { HttpError, issuesBody } from '../http-error.js';
import { tooManyApplications } from '../json-body.js';
import { type Lang, localize } from '../localize.js';
import { langOf, yearOf } from '../query.js';

/*
 * POST /v1/decisions/batch: a JSON array or NDJSON in, NDJSON out, one line
 * per application in input order, then the budget. The library's stream
 * decides in two passes (proration needs every claim first), so the first
 * line goes out once the first pass is done; after that each line is written
 * as it is decided. A bad application is a `rejected` line, never the end of
 * the batch. Over the time limit: 503 if nothing was written yet, else a last
 * line `{ ok: false, issues: [timeout] }` in place of the budget.
 */

type Line = BatchEntry | { ok: false; issues: unknown[] };

function lineOf(entry: BatchEntry, lang: Lang | undefined): string {
  if (entry.kind === 'rejected') return JSON.stringify({ ...entry, errors: issuesBody(entry.errors).issues });
  return JSON.stringify(lang ? localize(entry, lang) : entry);
}

/** The stream's entries with the applications refused for their size put back in their places. */
async function* entries(policy: Policy, apps: readonly unknown[], maxEvents: number): AsyncGenerator<BatchEntry> {
  const kept: number[] = [];
  const refused = new Map<number, BatchEntry>();
  apps.forEach((app, index) => {
    const issues = eventLimitIssues(app, maxEvents);
    if (issues.length === 0) kept.push(index);
    else {
      const id = (app as { applicant?: { id?: unknown } } | null)?.applicant?.id;
      refused.set(index, { kind: 'rejected', index, applicantId: typeof id === 'string' ? id : null, issues, errors: issues });
    }
  });
  let next = 0;
  const refusedBefore = function* (index: number) {
    for (; next < index; next++) {
      const r = refused.get(next);
      if (r) yield r;
    }
  };
  const source = refused.size === 0 ? () => apps : () => kept.map((i) => apps[i]);
  for await (const entry of policy.evaluateStream(source)) {
    if (entry.kind === 'budget') {
      yield* refusedBefore(apps.length);
      yield entry;
    } else {
      const index = kept[entry.index]!;
      yield* refusedBefore(index);
      next = index + 1;
      yield { ...entry, index };
    }
  }
}

export function registerBatch(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/v1/decisions/batch', async (req, reply) => {
    const lang = langOf(req.query);
    const { policy } = yearOf(ctx.policies, req.query);
    const body = req.body;
    if (!Array.isArray(body)) {
      throw new HttpError(400, [makeIssue('invalid-type', [], { expected: 'array', received: body === undefined ? '—' : typeof body })]);
    }
    if (body.length > ctx.limits.maxBatch) throw tooManyApplications(ctx.limits.maxBatch);
    const deadline = performance.now() + ctx.limits.requestTimeout;
    const timeout = () => makeIssue('timeout', [], { limit: ctx.limits.requestTimeout });
    const it = entries(policy, body, ctx.limits.maxEvents);
    // The first pass runs before the first entry: over time by then, nothing was written and the status can say so.
    const first = await it.next();
    if (performance.now() > deadline) {
      await it.return(undefined);
      throw new HttpError(503, [timeout()]);
    }
    async function* lines(): AsyncGenerator<string> {
      if (first.done) return;
      yield lineOf(first.value, lang) + '\n';
      for await (const entry of it) {
        if (performance.now() > deadline) {
          const stop: Line = issuesBody([timeout()]);
          yield JSON.stringify(stop) + '\n';
          req.log.warn('batch stopped at its time limit');
          return;
        }
        yield lineOf(entry, lang) + '\n';
      }
    }
    reply.type('application/x-ndjson; charset=utf-8');
    return reply.send(Readable.from(lines()));
  });
}
