// What every language must word in the generated JSON Schemas besides the
// vocabulary's labels (src/schema/json-schema.ts builds it; each
// src/locales/<lang>/schema.ts words it): the requirements JSON Schema states
// as if/then, said in words for the reader (and for OpenAPI 3.0, which has no if/then).

export interface SchemaWording {
  /** `field` is required for an event dated on or before `expired` (the policy's transition). */
  requiredUntil(p: { field: string; expired: string }): string;
  /** `field` is required when `when` holds one of `values` (or, `negated`, none of them). */
  requiredWhen(p: { field: string; when: string; negated: boolean; values: readonly string[] }): string;
  /** An event type the library accepts and lists as excluded without deciding it (a patent grant); `code` is the exclusion's. */
  refusedEventType(p: { code: string }): string;
}
