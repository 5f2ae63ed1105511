import { describe, expect, test } from 'vitest';
import { assertPrototypesClean } from '../properties/harness.js';

/* The after-each guard every reliability file relies on must itself be able to fail. */

describe('the prototype guard', () => {
  test('a key added to Object.prototype is reported by name, and removed again', () => {
    (Object.prototype as Record<string, unknown>).pollutedByTest = 1;
    expect(() => assertPrototypesClean()).toThrow(/Object\.prototype\.pollutedByTest/);
    expect(({} as Record<string, unknown>).pollutedByTest).toBeUndefined();
    expect(() => assertPrototypesClean()).not.toThrow();
  });

  test('so does a key added to Array.prototype', () => {
    Object.defineProperty(Array.prototype, 'sneaky', { value: 1, configurable: true });
    expect(() => assertPrototypesClean()).toThrow(/Array\.prototype\.sneaky/);
    expect(([] as unknown as Record<string, unknown>).sneaky).toBeUndefined();
  });
});
