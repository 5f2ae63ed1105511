import { test } from '@fast-check/vitest';
import { describe, expect, test as unit } from 'vitest';
import { guardGlobals, record, runs } from '../properties/harness.js';
import {
  anythingArb,
  applicationsArb,
  fuzzEvaluate,
  fuzzGuideline,
  fuzzLoad,
  fuzzOptions,
  mutatedApplicationArb,
  mutatedGuidelineArb,
  mutatedRulesArb,
  optionsArb,
} from './targets.js';

guardGlobals();

/* A few thousand fuzzed inputs in `npm test`; `npm run fuzz` runs 100k and more. */

describe('fuzzing: only typed errors, never an exception', () => {
  const tally = new Map<string, number>();
  const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  let sample: unknown;

  const A = runs(1000);
  test.prop([anythingArb], { numRuns: A })('anything a caller could pass to safeEvaluate', (input) => {
    count(`anything:${fuzzEvaluate(input)}`);
  });
  record('fuzz: arbitrary values through safeEvaluate', A);

  const B = runs(1000);
  test.prop([mutatedApplicationArb], { numRuns: B })('mutated valid applications', (input) => {
    count(`mutated-app:${fuzzEvaluate(input)}`);
  });
  record('fuzz: mutated applications through safeEvaluate', B);

  const C = runs(200);
  test.prop([mutatedRulesArb, applicationsArb], { numRuns: C })('mutated clause and policy files through safeLoadPolicy, then a decision', (rules, app) => {
    sample = app;
    count(`rules:${fuzzLoad(rules, app)}`);
  });
  record('fuzz: mutated rule files through loadPolicy', C);

  const D = runs(300);
  test.prop([mutatedGuidelineArb, applicationsArb], { numRuns: D })('mutated guidelines through safeLoadPolicy, then a decision', (g, app) => {
    count(`guideline:${fuzzGuideline(g, app)}`);
  });
  record('fuzz: mutated guidelines through loadPolicy', D);

  const E = runs(500);
  test.prop([optionsArb], { numRuns: E })('random options and rule-file containers through safeLoadPolicy', (options) => {
    count(`options:${fuzzOptions(options)}`);
  });
  record('fuzz: random options through loadPolicy', E);

  unit('both outcomes occur for every target, so the fuzzers reach past validation', () => {
    expect(sample).toBeDefined();
    for (const k of [
      'mutated-app:decided',
      'mutated-app:refused',
      'rules:loaded',
      'rules:refused',
      'guideline:loaded',
      'guideline:refused',
      'anything:refused',
    ]) {
      expect(tally.get(k) ?? 0, k).toBeGreaterThan(0);
    }
  });
});
