import * as z from 'zod';
import { budgetReportSchema, decisionSchema, issuesBodySchema } from '../schema/decision.js';
import { jsonSchemaFor, SCHEMA_NAMES, SCHEMA_TARGETS, type Transition } from '../schema/json-schema.js';
import type { Vocabulary } from '../schema/vocabulary.js';
import { openApiEn } from '../locales/en/openapi.js';
import type { ErrorStatus, OpenApiWording, OperationId } from '../locales/openapi-wording.js';
import { openApiZh } from '../locales/zh/openapi.js';
import {
  batchLineSchema,
  clauseDetailSchema,
  clauseListSchema,
  explanationSchema,
  guidelineResponseSchema,
  healthSchema,
  validationSchema,
  versionSchema,
  vocabularySchema,
} from './response-schemas.js';

/*
 * The OpenAPI 3.1 document, generated: every schema in it comes from a zod
 * schema (the library's, or the service's own in response-schemas.ts) through
 * z.toJSONSchema, and every route of create-server.ts is listed here (a test
 * holds the two lists equal). OpenAPI 3.1 embeds JSON Schema 2020-12, so the
 * schemas are the same documents GET /v1/schemas/{name} serves.
 */

type Json = Record<string, unknown>;

const REF = '#/components/schemas/';

/** Rewrites every `$ref` under `value`: zod's `#/$defs/X` to the components, or through `rename`. */
function mapRefs(value: unknown, rename: (ref: string) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapRefs(v, rename));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Json;
  if (typeof o.$ref === 'string' && Object.keys(o).length === 1) return rename(o.$ref);
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) out[k] = k === '$ref' && typeof v === 'string' ? (rename(v) as Json).$ref : mapRefs(v, rename);
  return out;
}

const toComponents = (ref: string) => ({ $ref: ref.replace(/^#\/\$defs\//, REF) });

/** Adds a generated document to the components: its definitions under their ids, its root under `name` unless it is one of them. */
function addDocument(components: Json, name: string, doc: Json): Json {
  const { $schema: _s, $defs, ...root } = doc;
  for (const [id, def] of Object.entries(($defs ?? {}) as Json)) components[id] = mapRefs(def, toComponents);
  if (typeof root.$ref === 'string' && Object.keys(root).length === 1) return toComponents(root.$ref);
  components[name] = mapRefs(root, toComponents);
  return { $ref: REF + name };
}

function fromZod(components: Json, name: string, schema: z.ZodType): Json {
  return addDocument(components, name, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Json);
}

/** The Decision with each { zh, en } pair as one string: what `?lang=` returns. */
function addLocalized(components: Json, names: readonly string[]): void {
  const localized = (n: string) => `Localized${n}`;
  for (const n of names) {
    components[localized(n)] = mapRefs(components[n], (ref) => {
      const target = ref.slice(REF.length);
      if (target === 'Bilingual') return { type: 'string' };
      return { $ref: names.includes(target) ? REF + localized(target) : ref };
    });
  }
}

const json = (schema: Json) => ({ 'application/json': { schema } });

/** A text of the document in both languages, as its readers' tools show one string: `en | zh`. */
const words = (pick: (w: OpenApiWording) => string) => `${pick(openApiEn)} | ${pick(openApiZh)}`;

export interface OpenApiInput {
  version: string;
  years: readonly number[];
  vocabulary: Vocabulary;
  /** The policy's `predecessor`: early events must carry its field. */
  transition?: Transition;
}

export function openApiDocument(input: OpenApiInput): Json {
  const schemas: Json = {};
  const application = addDocument(schemas, 'Application', jsonSchemaFor('application', '2020-12', input.vocabulary, input.transition));
  const decision = fromZod(schemas, 'Decision', decisionSchema);
  fromZod(schemas, 'BudgetReport', budgetReportSchema);
  const issues = fromZod(schemas, 'Issues', issuesBodySchema);
  const refs = {
    clauseList: fromZod(schemas, 'ClauseList', clauseListSchema),
    clauseDetail: fromZod(schemas, 'ClauseDetail', clauseDetailSchema),
    guideline: fromZod(schemas, 'Guideline', guidelineResponseSchema),
    vocabulary: fromZod(schemas, 'Vocabulary', vocabularySchema),
    version: fromZod(schemas, 'Version', versionSchema),
    health: fromZod(schemas, 'Health', healthSchema),
    validation: fromZod(schemas, 'Validation', validationSchema),
    explanation: fromZod(schemas, 'Explanation', explanationSchema),
    batchLine: fromZod(schemas, 'BatchLine', batchLineSchema),
  };
  addLocalized(schemas, ['Decision', 'Item', 'ConditionTrace', 'Adjustment', 'Warning']);
  const localizedDecision = { $ref: `${REF}LocalizedDecision` };

  const failure = (description: string) => ({ description, content: json(issues) });
  const errors = (...codes: ErrorStatus[]) =>
    Object.fromEntries(([401, ...codes] as ErrorStatus[]).sort().map((c) => [String(c), failure(words((w) => w.errors[c]))]));
  const param = (name: string, where: 'query' | 'path', schema: Json, description: string) => ({
    name,
    in: where,
    required: where === 'path',
    schema,
    description,
  });
  const lang = param(
    'lang',
    'query',
    { type: 'string', enum: ['zh', 'en'] },
    words((w) => w.params.lang),
  );
  const year = param(
    'year',
    'query',
    { type: 'string', pattern: '^[0-9]{4}$', enum: input.years.map(String) },
    words((w) => w.params.year),
  );
  const applicationBody = { required: true, content: json(application) };
  const op = (operationId: OperationId, rest: Json) => ({
    operationId,
    summary: words((w) => w.summaries[operationId]),
    tags: [operationId.startsWith('get') || operationId.startsWith('list') ? 'reference' : 'decisions'],
    ...rest,
  });

  const paths: Json = {
    '/v1/decisions': {
      post: op('decide', {
        parameters: [lang, year],
        requestBody: applicationBody,
        responses: {
          200: {
            description: words((w) => w.responses.decide),
            content: json({ oneOf: [decision, localizedDecision] }),
          },
          ...errors(400, 404, 413, 415, 422),
        },
      }),
    },
    '/v1/decisions/batch': {
      post: op('decideBatch', {
        parameters: [lang, year],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'array', items: application } },
            'application/x-ndjson': { schema: { type: 'string', description: words((w) => w.ndjsonBody) } },
          },
        },
        responses: {
          200: {
            description: words((w) => w.responses.decideBatch),
            content: { 'application/x-ndjson': { schema: refs.batchLine } },
          },
          ...errors(400, 404, 413, 415, 503),
        },
      }),
    },
    '/v1/validate': {
      post: op('validate', {
        parameters: [year],
        requestBody: applicationBody,
        responses: { 200: { description: words((w) => w.responses.validate), content: json(refs.validation) }, ...errors(400, 404, 413, 415, 422) },
      }),
    },
    '/v1/explain': {
      post: op('explain', {
        parameters: [lang, year],
        requestBody: applicationBody,
        responses: { 200: { description: words((w) => w.responses.explain), content: json(refs.explanation) }, ...errors(400, 404, 413, 415, 422) },
      }),
    },
    '/v1/clauses': {
      get: op('listClauses', {
        parameters: [year],
        responses: { 200: { description: 'the clauses', content: json(refs.clauseList) }, ...errors(400, 404) },
      }),
    },
    '/v1/clauses/{id}': {
      get: op('getClause', {
        parameters: [param('id', 'path', { type: 'string' }, 'the clause id, e.g. pledge-loan-interest'), lang, year],
        responses: { 200: { description: 'the clause', content: json(refs.clauseDetail) }, ...errors(400, 404) },
      }),
    },
    '/v1/guidelines/{year}': {
      get: op('getGuideline', {
        parameters: [param('year', 'path', { type: 'string', pattern: '^[0-9]{4}$' }, 'the year')],
        responses: { 200: { description: 'the guideline', content: json(refs.guideline) }, ...errors(404) },
      }),
    },
    '/v1/vocabulary': {
      get: op('getVocabulary', {
        responses: { 200: { description: 'the vocabulary', content: json(refs.vocabulary) }, ...errors() },
      }),
    },
    '/v1/schemas/{name}': {
      get: op('getSchema', {
        parameters: [
          param('name', 'path', { type: 'string', enum: [...SCHEMA_NAMES] }, 'which schema'),
          param('target', 'query', { type: 'string', enum: [...SCHEMA_TARGETS], default: '2020-12' }, 'JSON Schema dialect'),
        ],
        responses: { 200: { description: 'the schema', content: json({ type: 'object' }) }, ...errors(400, 404) },
      }),
    },
    '/openapi.json': {
      get: op('getOpenApi', { responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } }),
    },
    '/healthz': {
      get: op('getHealth', { security: [{}], responses: { 200: { description: 'the service is up', content: json(refs.health) } } }),
    },
    '/version': {
      get: op('getVersion', {
        responses: { 200: { description: 'versions', content: json(refs.version) }, ...errors() },
      }),
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: words((w) => w.title),
      version: input.version,
      description: words((w) => w.description),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: 'heyuan-ip serve (default address)' }],
    security: [{}, { bearer: [] }],
    tags: [
      { name: 'decisions', description: words((w) => w.tags.decisions) },
      { name: 'reference', description: words((w) => w.tags.reference) },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: words((w) => w.bearer) },
      },
    },
  };
}

/** Every route the document lists, as `METHOD /path` with Fastify's `:param`: a test compares it with the server's own. */
export function documentedRoutes(doc: Json): string[] {
  return Object.entries(doc.paths as Record<string, Json>).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}
