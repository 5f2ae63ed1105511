// Types of the benchmark's shared constants and helpers (bench/common.mjs), for the tests that use them.
import type { RuleFiles } from '../src/index.js';
export const SEED: number;
export const THREE: string[];
export const THREE_EVENTS: string[];
export function threeClauseRules(bundledRules: RuleFiles): RuleFiles;
