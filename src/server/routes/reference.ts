import type { FastifyInstance } from 'fastify';
import type { ClauseId } from '../../heyuan/rules.generated.js';
import { makeIssue } from '../../locales/issue.js';
import { describeClause } from '../../report/describe-clause.js';
import { jsonSchemaFor, SCHEMA_NAMES, SCHEMA_TARGETS, type SchemaName, type SchemaTarget } from '../../schema/json-schema.js';
import type { ServiceContext } from '../context.js';
import { HttpError } from '../http-error.js';
import { langOf, yearIn, yearOf } from '../query.js';

/** The read-only routes: clauses, guidelines, the vocabulary and the schemas. */

export function registerReference(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/v1/clauses', async (req) => {
    const { policy } = yearOf(ctx.policies, req.query);
    return {
      year: policy.year,
      clauses: policy.clauses.map((yc) => ({
        id: yc.clause.id,
        article: yc.clause.article,
        part: yc.clause.part,
        nature: yc.clause.nature,
        title: yc.clause.title,
        applicants: yc.clause.applicants,
        subject: yc.clause.subject,
        provenance: yc.clause.provenance,
        figures: yc.figures,
        suspended: yc.suspended,
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/v1/clauses/:id', async (req) => {
    const lang = langOf(req.query) ?? 'zh';
    const { policy } = yearOf(ctx.policies, req.query);
    const yc = policy.clauses.find((c) => c.clause.id === req.params.id);
    if (!yc) {
      throw new HttpError(404, [
        makeIssue('not-found', ['id'], { key: 'clause', received: JSON.stringify(req.params.id), allowed: policy.clauses.map((c) => c.clause.id) }),
      ]);
    }
    const described = describeClause(
      { policy: ctx.policies.policyFile, guideline: policy.guideline, clauses: policy.clauses, vocabulary: ctx.policies.vocabulary },
      yc.clause.id,
      lang,
    );
    return {
      year: policy.year,
      clause: yc.clause,
      figures: yc.figures,
      suspended: yc.suspended,
      materials: yc.materials,
      requiredFacts: policy.requiredFacts(yc.clause.id as ClauseId),
      description: described.ok ? described.value : [],
    };
  });

  app.get<{ Params: { year: string } }>('/v1/guidelines/:year', async (req) => yearIn(ctx.policies, req.params.year, ['year']).policy.guideline);

  app.get('/v1/vocabulary', async () => ctx.policies.vocabulary);

  app.get<{ Params: { name: string } }>('/v1/schemas/:name', async (req) => {
    const name = req.params.name;
    if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw new HttpError(404, [makeIssue('not-found', ['name'], { key: 'schema', received: JSON.stringify(name), allowed: [...SCHEMA_NAMES] })]);
    }
    const target = (req.query as { target?: unknown }).target ?? '2020-12';
    if (!(SCHEMA_TARGETS as readonly unknown[]).includes(target)) {
      throw new HttpError(400, [makeIssue('invalid-value', ['query', 'target'], { received: JSON.stringify(target), allowed: [...SCHEMA_TARGETS] })]);
    }
    return jsonSchemaFor(name as SchemaName, target as SchemaTarget, ctx.policies.vocabulary, ctx.policies.policyFile.predecessor);
  });
}
