import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as source from '../../src/index.js';

/*
 * dist/index.js and dist/index.cjs carry a private copy of zod (docs/choices.md,
 * "Cold start"). The schemas they export must still work with a consumer's own
 * zod 4: parsed, composed, turned into JSON Schema, and typed from the .d.ts,
 * which import zod's declarations shipped in dist/zod/. The source schemas, built with the zod in
 * node_modules, are the reference.
 */

const root = join(__dirname, '..', '..');
const built = { esm: join(root, 'dist', 'index.js'), cjs: join(root, 'dist', 'index.cjs') };
type Lib = typeof source;

const example = JSON.parse(readFileSync(join(root, 'examples', '01-enterprise.json'), 'utf8'));
const broken = { ...example, applicant: { ...example.applicant, county: 'shenzhen', creditCode: 'nope' }, extra: 1 };
const schemaNames = ['applicationSchema', 'lenientApplicationSchema', 'clauseSchema', 'guidelineSchema', 'policySchema'] as const;

describe.runIf(existsSync(built.esm) && existsSync(built.cjs))('the built library with zod bundled in', () => {
  it('imports no zod of its own at run time', () => {
    expect(readFileSync(built.esm, 'utf8')).not.toMatch(/from\s*["']zod/);
    expect(readFileSync(built.cjs, 'utf8')).not.toMatch(/require\(["']zod/);
  });

  const load = async (format: 'esm' | 'cjs'): Promise<Lib> =>
    format === 'esm' ? ((await import(pathToFileURL(built.esm).href)) as Lib) : (createRequire(__filename)(built.cjs) as Lib);

  describe.each(['esm', 'cjs'] as const)('%s', (format) => {
    it('its schemas are not the consumer’s zod objects, yet are zod types to it', async () => {
      const lib = await load(format);
      expect(lib.applicationSchema).not.toBe(source.applicationSchema);
      for (const name of schemaNames) expect(lib[name]).toBeInstanceOf(z.ZodType);
      expect(lib.eventSchemas.award).toBeInstanceOf(z.ZodObject);
    });

    it.each(schemaNames)('z.toJSONSchema(%s) from the consumer’s zod is what it is for the source schema', async (name) => {
      const lib = await load(format);
      for (const io of ['input', 'output'] as const) {
        const options = { io, unrepresentable: 'any' } as const;
        expect(z.toJSONSchema(lib[name], options)).toEqual(z.toJSONSchema(source[name], options));
      }
    });

    it('the JSON Schema keeps the descriptions given with .meta() (zod’s registry is shared through globalThis)', async () => {
      const lib = await load(format);
      const s = z.toJSONSchema(lib.eventSchemas['pledge-loan']) as { properties: Record<string, { description?: string; format?: string }> };
      expect(s.properties.interestPaid!.description).toMatch(/yuan/);
      expect(s.properties.date!.format).toBe('date');
    });

    it('.safeParse gives the source schema’s result, valid or not', async () => {
      const lib = await load(format);
      for (const input of [example, broken]) {
        const mine = lib.applicationSchema.safeParse(input);
        const ref = source.applicationSchema.safeParse(input);
        expect(mine.success).toBe(ref.success);
        expect(JSON.parse(JSON.stringify(mine.success ? mine.data : mine.error.issues))).toEqual(
          JSON.parse(JSON.stringify(ref.success ? ref.data : ref.error.issues)),
        );
      }
      expect(lib.applicationSchema.safeParse(broken).success).toBe(false);
    });

    it('composes with the consumer’s own schemas', async () => {
      const lib = await load(format);
      const envelope = z.object({ receivedAt: z.iso.datetime(), application: lib.applicationSchema, awards: z.array(lib.eventSchemas.award) });
      const ok = envelope.safeParse({ receivedAt: '2026-03-02T08:00:00Z', application: example, awards: [] });
      expect(ok.success).toBe(true);
      const bad = envelope.safeParse({ receivedAt: '2026-03-02T08:00:00Z', application: broken, awards: [] });
      expect(bad.success).toBe(false);
      expect(bad.error!.issues.some((i) => i.path[0] === 'application' && i.path[2] === 'county')).toBe(true);
      expect(z.toJSONSchema(envelope, { unrepresentable: 'any' })).toEqual(
        z.toJSONSchema(z.object({ receivedAt: z.iso.datetime(), application: source.applicationSchema, awards: z.array(source.eventSchemas.award) }), {
          unrepresentable: 'any',
        }),
      );
    });
  });

  it('its types check in a consumer’s TypeScript, against the consumer’s zod', () => {
    // Inside the package directory, so that 'heyuan-ip-policy' resolves to this package's exports (dist/*.d.ts).
    const dir = join(root, '.tmp', 'consumer-types');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
          files: ['esm.mts', 'cjs.cts'],
        }),
      );
      const body = (from: string) => `
import * as z from 'zod';
import { applicationSchema, eventSchemas, clauseSchema, type Application } from ${from};
const envelope = z.object({ application: applicationSchema, award: eventSchemas.award });
type Envelope = z.infer<typeof envelope>;
export const county: Envelope['application']['applicant']['county'] = 'heping';
// @ts-expect-error not a county
export const wrong: Envelope['application']['applicant']['county'] = 'shenzhen';
export const same: Application = envelope.parse({}).application;
export const schema: z.core.JSONSchema.BaseSchema = z.toJSONSchema(clauseSchema);
`;
      writeFileSync(join(dir, 'esm.mts'), body("'heyuan-ip-policy'"));
      writeFileSync(join(dir, 'cjs.cts'), body("'heyuan-ip-policy'"));
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
