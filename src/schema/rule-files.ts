import * as z from 'zod';

/**
 * The container of rule files a caller hands to `loadPolicy({ rules })`,
 * checked before any file in it: it comes from the caller's code, not from
 * a schema-checked file, and a wrong shape must be an issue, not a TypeError.
 */
const ruleFile = z.object({ file: z.string().min(1), data: z.unknown() });

export const ruleFilesSchema = z.object({
  policy: z.unknown(),
  clauses: z.array(ruleFile),
  guidelines: z.array(ruleFile),
});
