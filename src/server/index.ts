// heyuan-ip-policy/server: the HTTP decision service (Node only; the main and browser entries never load Fastify).
export { createServer, type ServerOptions } from './create-server.js';
export type { ServicePolicyOptions } from './policies.js';
export { DEFAULT_LIMITS, type Limits } from './limits.js';
export { openApiDocument } from './openapi.js';
