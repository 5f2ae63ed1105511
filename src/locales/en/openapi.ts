import type { OpenApiWording } from '../openapi-wording.js';

export const openApiEn: OpenApiWording = {
  title: 'heyuan-ip-policy decision service',
  description:
    "Decides which clauses of Heyuan City's IP-promotion measures apply to an application and how much each pays. Money is always a decimal string of yuan; a null field is read as left out.",
  tags: { decisions: 'deciding applications', reference: 'clauses, guidelines, codes, schemas' },
  bearer: 'only when the service runs with HEYUAN_IP_TOKEN set',
  errors: {
    400: 'the request cannot be read (not JSON, a duplicate key, an unknown query value)',
    401: 'a bearer token is required and was not given or is wrong (only when the service runs with one)',
    404: 'no such clause, year, schema or route',
    413: 'the body or the batch is larger than the service accepts',
    415: 'the content type is not accepted',
    422: 'read, but not a valid application: every problem, each naming its field',
    503: 'the request took longer than the service allows',
  },
  params: { lang: 'the language of the worded fields', year: 'the guideline year (default: the latest the service has)' },
  summaries: {
    decide: 'Decide one application',
    decideBatch: 'Decide a batch, with budget proration',
    validate: 'Check an application without deciding it',
    explain: 'Decide one application and explain it in words',
    listClauses: 'The clauses of a year with its figures',
    getClause: 'One clause in full, and in words',
    getGuideline: 'The application guideline of a year',
    getVocabulary: 'Applicant kinds, counties and event types',
    getSchema: 'A JSON Schema, generated from the schemas the library validates with',
    getOpenApi: 'This document',
    getHealth: 'Liveness',
    getVersion: 'Package version, rules hash and guideline hashes',
  },
  responses: {
    decide: 'the Decision; with ?lang= every { zh, en } pair is one string',
    decideBatch: 'NDJSON: one line per application in input order (a decision or a rejection), then the budget',
    validate: 'ok, or every problem',
    explain: 'the explanation',
  },
  ndjsonBody: 'one application (JSON) per line',
};
