import type { Limits } from './limits.js';
import type { Policies } from './policies.js';

/** What every route reads: the loaded years and the limits. Nothing here changes after start (the service is stateless). */
export interface ServiceContext {
  policies: Policies;
  limits: Limits;
  version: string;
}
