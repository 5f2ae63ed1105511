import * as z from 'zod';
import { budgetReportSchema, decisionSchema, issuesBodySchema } from '../schema/decision.js';
import { jsonSchemaFor, SCHEMA_NAMES, SCHEMA_TARGETS, type Transition } from '../schema/json-schema.js';
import type { Vocabulary } from '../schema/vocabulary.js';
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
  const errors = (...codes: number[]) => {
    const words: Record<number, string> = {
      400: 'the request cannot be read (not JSON, a duplicate key, an unknown query value) | 请求无法解析',
      401: 'a bearer token is required and was not given or is wrong (only when the service runs with one) | 未提供有效令牌',
      404: 'no such clause, year, schema or route | 对象不存在',
      413: 'the body or the batch is larger than the service accepts | 请求过大',
      415: 'the content type is not accepted | 内容类型不受理',
      422: 'read, but not a valid application: every problem, each naming its field | 申报数据不合规',
      503: 'the request took longer than the service allows | 处理超时',
    };
    return Object.fromEntries([401, ...codes].sort().map((c) => [String(c), failure(words[c]!)]));
  };
  const param = (name: string, where: 'query' | 'path', schema: Json, description: string) => ({
    name,
    in: where,
    required: where === 'path',
    schema,
    description,
  });
  const lang = param('lang', 'query', { type: 'string', enum: ['zh', 'en'] }, 'the language of the worded fields | 文字字段所用语言');
  const year = param(
    'year',
    'query',
    { type: 'string', pattern: '^[0-9]{4}$', enum: input.years.map(String) },
    'the guideline year (default: the latest the service has) | 申报指南年度',
  );
  const applicationBody = { required: true, content: json(application) };
  const op = (operationId: string, summary: string, rest: Json) => ({
    operationId,
    summary,
    tags: [operationId.startsWith('get') || operationId.startsWith('list') ? 'reference' : 'decisions'],
    ...rest,
  });

  const paths: Json = {
    '/v1/decisions': {
      post: op('decide', 'Decide one application | 审核一份申报', {
        parameters: [lang, year],
        requestBody: applicationBody,
        responses: {
          200: {
            description: 'the Decision; with ?lang= every { zh, en } pair is one string | 审核结果',
            content: json({ oneOf: [decision, localizedDecision] }),
          },
          ...errors(400, 404, 413, 415, 422),
        },
      }),
    },
    '/v1/decisions/batch': {
      post: op('decideBatch', 'Decide a batch, with budget proration | 批量审核并按预算分配', {
        parameters: [lang, year],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'array', items: application } },
            'application/x-ndjson': { schema: { type: 'string', description: 'one application (JSON) per line | 每行一份申报' } },
          },
        },
        responses: {
          200: {
            description: 'NDJSON: one line per application in input order (a decision or a rejection), then the budget | 逐行输出，预算分配在最后一行',
            content: { 'application/x-ndjson': { schema: refs.batchLine } },
          },
          ...errors(400, 404, 413, 415, 503),
        },
      }),
    },
    '/v1/validate': {
      post: op('validate', 'Check an application without deciding it | 校验申报数据', {
        parameters: [year],
        requestBody: applicationBody,
        responses: { 200: { description: 'ok, or every problem | 校验结果', content: json(refs.validation) }, ...errors(400, 404, 413, 415, 422) },
      }),
    },
    '/v1/explain': {
      post: op('explain', 'Decide one application and explain it in words | 审核并说明理由', {
        parameters: [lang, year],
        requestBody: applicationBody,
        responses: { 200: { description: 'the explanation | 审核说明', content: json(refs.explanation) }, ...errors(400, 404, 413, 415, 422) },
      }),
    },
    '/v1/clauses': {
      get: op('listClauses', 'The clauses of a year with its figures | 年度条款清单', {
        parameters: [year],
        responses: { 200: { description: 'the clauses', content: json(refs.clauseList) }, ...errors(400, 404) },
      }),
    },
    '/v1/clauses/{id}': {
      get: op('getClause', 'One clause in full, and in words | 条款详情', {
        parameters: [param('id', 'path', { type: 'string' }, 'the clause id, e.g. pledge-loan-interest'), lang, year],
        responses: { 200: { description: 'the clause', content: json(refs.clauseDetail) }, ...errors(400, 404) },
      }),
    },
    '/v1/guidelines/{year}': {
      get: op('getGuideline', 'The application guideline of a year | 年度申报指南', {
        parameters: [param('year', 'path', { type: 'string', pattern: '^[0-9]{4}$' }, 'the year')],
        responses: { 200: { description: 'the guideline', content: json(refs.guideline) }, ...errors(404) },
      }),
    },
    '/v1/vocabulary': {
      get: op('getVocabulary', 'Applicant kinds, counties and event types | 代码表', {
        responses: { 200: { description: 'the vocabulary', content: json(refs.vocabulary) }, ...errors() },
      }),
    },
    '/v1/schemas/{name}': {
      get: op('getSchema', 'A JSON Schema, generated from the schemas the library validates with | 数据结构（JSON Schema）', {
        parameters: [
          param('name', 'path', { type: 'string', enum: [...SCHEMA_NAMES] }, 'which schema'),
          param('target', 'query', { type: 'string', enum: [...SCHEMA_TARGETS], default: '2020-12' }, 'JSON Schema dialect'),
        ],
        responses: { 200: { description: 'the schema', content: json({ type: 'object' }) }, ...errors(400, 404) },
      }),
    },
    '/openapi.json': {
      get: op('getOpenApi', 'This document | 本接口文档', { responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } } }),
    },
    '/healthz': {
      get: op('getHealth', 'Liveness | 存活检查', { security: [{}], responses: { 200: { description: 'the service is up', content: json(refs.health) } } }),
    },
    '/version': {
      get: op('getVersion', 'Package version, rules hash and guideline hashes | 版本与规则哈希', {
        responses: { 200: { description: 'versions', content: json(refs.version) }, ...errors() },
      }),
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'heyuan-ip-policy decision service | 河源市知识产权政策审核服务',
      version: input.version,
      description:
        "Decides which clauses of Heyuan City's IP-promotion measures apply to an application and how much each pays. Money is always a decimal string of yuan; a null field is read as left out. | 判定申报适用哪些条款及各条款资助金额。金额一律为字符串（元）；取值为 null 的字段视为未填写。",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: 'heyuan-ip serve (default address)' }],
    security: [{}, { bearer: [] }],
    tags: [
      { name: 'decisions', description: 'deciding applications | 审核' },
      { name: 'reference', description: 'clauses, guidelines, codes, schemas | 规则与代码' },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'only when the service runs with HEYUAN_IP_TOKEN set | 仅当服务设置了令牌时需要' },
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
