import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guardGlobals, record } from '../properties/harness.js';
import { ROOT } from './fixtures.js';
import { runChild, writeApplications } from './processes.js';

guardGlobals();

/*
 * The same applications decided in child processes under four host time
 * zones, from UTC−8 (with DST) to UTC+14, give byte-identical output: dates
 * are calendar strings, never the host's local midnight.
 */

const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const OFFSETS: Record<string, string> = {
  UTC: 'offset 0',
  'Asia/Shanghai': 'offset -480',
  'America/Los_Angeles': 'offset 420',
  'Pacific/Kiritimati': 'offset -840',
};

describe('time zones', () => {
  const apps = writeApplications();
  // The built library when there is one (npm test builds first), else the source through vite-node.
  const dist = join(ROOT, 'dist/index.js');
  const target = existsSync(dist) ? ({ runtime: 'node', module: dist } as const) : ({ runtime: 'vite-node', module: join(ROOT, 'src/index.ts') } as const);

  test(`under ${ZONES.join(', ')}: byte-identical decisions (both evaluators, single and batch, a leap-day window)`, async () => {
    const runs = await Promise.all(ZONES.map((TZ) => runChild({ ...target, apps, env: { TZ } })));
    runs.forEach((r, i) => expect(r.stderr).toContain(OFFSETS[ZONES[i]!]));
    expect(runs[0]!.stdout.split('\n').length).toBeGreaterThan(80);
    for (const r of runs.slice(1)) expect(r.stdout).toBe(runs[0]!.stdout);
    record(`time zones: child processes compared byte for byte (${target.runtime === 'node' ? 'dist' : 'source'})`, ZONES.length, 0);
  });
});
