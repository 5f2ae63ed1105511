import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/locales/issue.js';
import { loadPolicy } from '../../src/api/load-policy.js';
import { sampleApplication } from '../reliability/fixtures.js';

/*
 * evaluateStream reads its source twice. It takes a function (called once per
 * pass), an array or other re-iterable, or a one-shot iterator or async
 * generator (held in memory); anything else is a typed issue saying what it got.
 */

const policy = loadPolicy({ year: 2026 });
const apps = () => {
  const a = sampleApplication();
  const b = sampleApplication();
  b.applicant.id = 'A-002';
  return [a, b];
};

async function kinds(source: Parameters<typeof policy.evaluateStream>[0]): Promise<string[]> {
  const out: string[] = [];
  for await (const e of policy.evaluateStream(source)) out.push(e.kind === 'decision' ? `decision:${e.decision.applicantId}:${e.decision.total}` : e.kind);
  return out;
}

describe('evaluateStream sources', () => {
  it('a function, an array, a generator object and an async generator all give the same entries', async () => {
    const expected = await kinds(() => apps());
    expect(expected).toHaveLength(3);
    expect(expected.at(-1)).toBe('budget');
    expect(await kinds(apps())).toEqual(expected);
    expect(
      await kinds(
        (function* () {
          yield* apps();
        })(),
      ),
    ).toEqual(expected);
    expect(
      await kinds(
        (async function* () {
          yield* apps();
        })(),
      ),
    ).toEqual(expected);
  });

  it.each<[unknown, string]>([
    [5, 'number'],
    [null, 'null'],
    // A single application where a list of them was meant.
    [{ applicant: {} }, 'an object that is not iterable'],
  ])('%j is refused at the call with an invalid-source issue that names what it got (%s)', (source, named) => {
    let err: unknown;
    try {
      policy.evaluateStream(source as never);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    const issue = (err as PolicyError).issues[0]!;
    expect(issue.code).toBe('invalid-source');
    expect(issue.message.en).toContain(`evaluateStream takes an iterable or an async iterable of applications, or a function returning one; got ${named}`);
  });

  it('a function that returns no iterable is named as such', async () => {
    const run = kinds((() => 42) as never);
    await expect(run).rejects.toBeInstanceOf(PolicyError);
    await expect(run).rejects.toMatchObject({ issues: [{ code: 'invalid-source' }] });
    const err = (await run.catch((e: unknown) => e)) as PolicyError;
    expect(err.issues[0]!.message.en).toContain('the function given to evaluateStream returned number');
    expect(err.issues[0]!.message.zh).toContain('传给 evaluateStream 的函数返回了数字');
  });
});

describe('loadPolicy year', () => {
  it.each([['2026'], [2026.5], [Number.NaN]])('%j is refused as not a whole number, not as a year with no guideline', (year) => {
    let err: unknown;
    try {
      loadPolicy({ year: year as never });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    const issue = (err as PolicyError).issues[0]!;
    expect(issue).toMatchObject({ code: 'invalid-type', path: ['year'] });
    expect(issue.message.en).toContain('expected a whole number');
    expect(issue.message.zh).toContain('整数');
  });
});
