// What every language must word for the generated OpenAPI document and JSON
// Schemas (src/server/openapi.ts, src/schema/json-schema.ts): the document
// shows each text as `en | zh`, one string, as its readers' tools expect.
// Titles that are labels of the data (a field, an event type) come from the
// vocabulary, not from here.

/** The operations of the service, by operationId. */
export type OperationId =
  | 'decide'
  | 'decideBatch'
  | 'validate'
  | 'explain'
  | 'listClauses'
  | 'getClause'
  | 'getGuideline'
  | 'getVocabulary'
  | 'getSchema'
  | 'getOpenApi'
  | 'getHealth'
  | 'getVersion';

/** The error statuses the service answers with, each worded as what it means for the caller. */
export type ErrorStatus = 400 | 401 | 404 | 413 | 415 | 422 | 503;

export interface OpenApiWording {
  /** The document's title and what the service does. */
  title: string;
  description: string;
  tags: Record<'decisions' | 'reference', string>;
  /** The bearer token's security scheme. */
  bearer: string;
  errors: Record<ErrorStatus, string>;
  /** The query parameters every deciding route takes. */
  params: Record<'lang' | 'year', string>;
  summaries: Record<OperationId, string>;
  /** The 200 responses worded in both languages (the others are named in English only). */
  responses: Record<'decide' | 'decideBatch' | 'validate' | 'explain', string>;
  /** An NDJSON batch body as the document describes it: one application per line. */
  ndjsonBody: string;
}
