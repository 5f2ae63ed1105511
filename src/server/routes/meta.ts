import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../context.js';
import { openApiDocument } from '../openapi.js';

/** GET /openapi.json, /healthz and /version. */
export function registerMeta(app: FastifyInstance, ctx: ServiceContext): void {
  const { policies } = ctx;
  const defaultPolicy = policies.years.get(policies.defaultYear)!.policy;
  // Made once, on first request: it is the same for the life of the process.
  let openapi: string | undefined;
  app.get('/openapi.json', async (_req, reply) => {
    openapi ??= JSON.stringify(
      openApiDocument({
        version: ctx.version,
        years: [...policies.years.keys()],
        vocabulary: policies.vocabulary,
        transition: policies.policyFile.predecessor,
      }),
    );
    return reply.type('application/json; charset=utf-8').send(openapi);
  });

  app.get('/healthz', async () => ({ ok: true as const }));

  app.get('/version', async () => ({
    version: ctx.version,
    defaultYear: policies.defaultYear,
    rulesHash: defaultPolicy.rulesHash,
    guidelines: [...policies.years.values()].map(({ policy, guidelineHash }) => ({
      year: policy.year,
      rulesHash: policy.rulesHash,
      guidelineHash,
      provenance: policy.guideline.provenance,
    })),
  }));
}
