import type { FastifyInstance } from 'fastify';
import type { Policy } from '../../api/load-policy.js';
import type { Issue } from '../../core/issue.js';
import type { Decision } from '../../engine/decision.js';
import { makeIssue } from '../../locales/issue.js';
import { explain, policyReportContext } from '../../api/explain.js';
import { eventLimitIssues } from '../application-limits.js';
import type { ServiceContext } from '../context.js';
import { HttpError, wireIssue } from '../http-error.js';
import { decisionJson } from '../decision-json.js';
import { utf8Bytes } from '../json-bytes.js';
import { localize } from '../localize.js';
import { langOf, yearOf } from '../query.js';

/** POST /v1/decisions, /v1/validate and /v1/explain: one application each. */

/** What Fastify labels the JSON it serialises itself: a Buffer must be labelled by hand. */
const JSON_UTF8 = 'application/json; charset=utf-8';

type Decided = { ok: true; decision: Decision } | { ok: false; issues: Issue[] };

function present(body: unknown): unknown {
  if (body === undefined) throw new HttpError(400, [makeIssue('invalid-json', [], { detail: 'the request has no body' })]);
  return body;
}

async function decide(policy: Policy, body: unknown, maxEvents: number): Promise<Decided> {
  const tooMany = eventLimitIssues(body, maxEvents);
  if (tooMany.length > 0) return { ok: false, issues: tooMany };
  if (policy.engine === 'compiled') {
    const r = policy.safeEvaluate(body);
    return r.ok ? r : { ok: false, issues: r.errors };
  }
  const v = policy.validate(body);
  return v.ok ? { ok: true, decision: await policy.evaluate(body) } : { ok: false, issues: v.issues };
}

export function registerDecide(app: FastifyInstance, ctx: ServiceContext): void {
  app.post('/v1/decisions', async (req, reply) => {
    const lang = langOf(req.query);
    const { policy } = yearOf(ctx.policies, req.query);
    const r = await decide(policy, present(req.body), ctx.limits.maxEvents);
    if (!r.ok) throw new HttpError(422, r.issues);
    // As bytes: what Fastify would send for the object (JSON.stringify's UTF-8), the rules' words encoded once (decision-json.ts).
    return reply.type(JSON_UTF8).send(lang ? utf8Bytes(JSON.stringify(localize(r.decision, lang))) : decisionJson(r.decision));
  });

  app.post('/v1/validate', async (req) => {
    const { policy } = yearOf(ctx.policies, req.query);
    const body = present(req.body);
    const tooMany = eventLimitIssues(body, ctx.limits.maxEvents);
    const v = tooMany.length > 0 ? { ok: false as const, issues: tooMany } : policy.validate(body);
    // A verdict on a readable body is the answer asked for, so 200 either way (docs/service.md).
    return { ok: v.ok, issues: v.ok ? [] : v.issues.map(wireIssue) };
  });

  app.post('/v1/explain', async (req) => {
    const lang = langOf(req.query) ?? 'zh';
    const { policy } = yearOf(ctx.policies, req.query);
    const r = await decide(policy, present(req.body), ctx.limits.maxEvents);
    if (!r.ok) throw new HttpError(422, r.issues);
    // labelled by the year's own rules (serve --rules may bring a vocabulary of its own)
    return explain(r.decision, { lang, context: policyReportContext(policy) });
  });
}
