/** What one request may ask of the service; each is configurable, each refused with a clear 413/422. */
export interface Limits {
  /** Bytes of request body (413 beyond). */
  bodyLimit: number;
  /** Nesting of arrays and objects in a body (422 beyond). */
  maxDepth: number;
  /** Events in one application (422 beyond; in a batch, that application is rejected). */
  maxEvents: number;
  /** Applications in one batch (413 beyond). */
  maxBatch: number;
  /** Milliseconds to receive and decide one request (a slow body: 408; a batch over its time: 503, or a last line saying so). */
  requestTimeout: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyLimit: 10 * 1024 * 1024,
  maxDepth: 32,
  maxEvents: 1000,
  maxBatch: 10_000,
  requestTimeout: 30_000,
};
