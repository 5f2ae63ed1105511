import type { PathSegment, Result } from '../core/issue.js';
import { parseApplicationWith } from '../engine/validate-application.js';
import { bundledApplicationSchemas } from '../heyuan/application.js';
import type { Application } from '../heyuan/vocabulary.generated.js';
import type { UnknownFields } from '../schema/application.js';

/**
 * Raw JSON in, a typed application of the bundled policy or every issue out
 * (not just the first). `policy.validate` does the same for a loaded policy's own vocabulary.
 */
export function parseApplication(input: unknown, unknownFields: UnknownFields = 'error', prefix: PathSegment[] = []): Result<Application> {
  return parseApplicationWith(bundledApplicationSchemas, input, unknownFields, prefix) as Result<Application>;
}
