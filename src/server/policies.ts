import { type EngineName, type Policy, safeLoadPolicy } from '../api/load-policy.js';
import { validateRules } from '../api/rules.js';
import { canonicalJson, sha256Hex } from '../core/hash.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import { PolicyError } from '../locales/issue.js';
import type { RuleFiles, ValidatedRules } from '../rules/load-rules.js';
import type { UnknownFields } from '../schema/application.js';
import type { GuidelineInput } from '../schema/guideline.js';

/** What the service decides with: the library's load options, for every guideline year the rules have. */
export interface ServicePolicyOptions {
  /** Rule files as parsed JSON; the bundled rules by default. */
  rules?: RuleFiles;
  /** One guideline (a draft, say) instead of the rules' own: the service then serves that year only. */
  guideline?: GuidelineInput;
  /** The year a request without `?year=` is decided under; the latest by default. */
  year?: number;
  engine?: EngineName;
  unknownFields?: UnknownFields;
}

export interface LoadedYear {
  policy: Policy;
  guidelineHash: string;
}

export interface Policies {
  readonly defaultYear: number;
  readonly years: ReadonlyMap<number, LoadedYear>;
  /** The policy file (general conditions, parts), which describing a clause reads. */
  readonly policyFile: ValidatedRules['policy'];
  /** The application's vocabulary: fields, codes and their zh/en labels. */
  readonly vocabulary: ValidatedRules['vocabulary'];
}

/** Every year loaded once, at start: a request never pays for loading, and a broken rule set stops the start, not a request. */
export function loadPolicies(options: ServicePolicyOptions = {}): Policies {
  const files = options.rules ?? bundledRules;
  const base = {
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.unknownFields ? { unknownFields: options.unknownFields } : {}),
  };
  const sources: Array<{ year?: number; guideline?: GuidelineInput; raw: unknown }> = options.guideline
    ? [{ guideline: options.guideline, raw: options.guideline }]
    : files.guidelines.map((g) => ({ year: (g.data as { year?: number } | null)?.year, raw: g.data }));
  const years = new Map<number, LoadedYear>();
  for (const s of sources) {
    const r = safeLoadPolicy({ ...base, ...(s.guideline ? { guideline: s.guideline } : { year: s.year }) });
    if (!r.ok) throw new PolicyError(r.issues);
    // The same formula the library hashes a guideline with (src/hash.ts).
    years.set(r.value.year, { policy: r.value, guidelineHash: sha256Hex(canonicalJson(s.raw)) });
  }
  if (years.size === 0) throw new PolicyError([]);
  const defaultYear = options.year ?? Math.max(...years.keys());
  if (!years.has(defaultYear)) {
    const r = safeLoadPolicy({ ...base, year: defaultYear });
    throw new PolicyError(r.ok ? [] : r.issues);
  }
  const validated = validateRules(files);
  if (!validated.ok) throw new PolicyError(validated.issues);
  return { defaultYear, years, policyFile: validated.value.policy, vocabulary: validated.value.vocabulary };
}
