import { describe, expect } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { loadPolicy } from '../../src/api/load-policy.js';
import { renderHtml } from '../../src/api/render-html.js';
import { guardGlobals, record, runs } from '../properties/harness.js';
import { sampleApplication } from './fixtures.js';

guardGlobals();

/*
 * Applicant ids, event ids and keys from other systems end up in the
 * reviewer's HTML page: whatever they hold, the page gains no element and no
 * attribute from them.
 */

const policy = loadPolicy({ year: 2026 });
const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</td></tr></table><script>x()</script>',
  '&lt;script&gt;',
  '<!--',
  ']]>',
  'javascript:alert(1)',
];

describe('hostile strings in the reviewer page', () => {
  const N = runs(150);
  prop.prop([fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 20 }), fc.constantFrom<'zh' | 'en'>('zh', 'en')], { numRuns: N })(
    'ids and keys are escaped: the page has exactly the tags it has with harmless ids',
    (payload, noise, lang) => {
      const hostile = `${noise}${payload}`.slice(0, 256) || 'x';
      const app = sampleApplication();
      app.applicant.id = hostile;
      app.events[0].id = `E${hostile}`;
      app.history[0].subjectKey = hostile;
      const r = policy.safeEvaluate(app);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const html = renderHtml(r.decision, { lang });
      const clean = renderHtml(policy.evaluateSync(sampleApplication()), { lang });
      const tags = (h: string) => (h.match(/<[a-zA-Z!/][^>]*>/g) ?? []).map((t) => t.replace(/\s.*$/s, '')).sort();
      expect(tags(html)).toEqual(tags(clean));
      // Plain text (javascript:…, &lt;) may appear as text; anything with < or " must not appear raw.
      if (/[<"]/.test(payload)) expect(html).not.toContain(payload);
    },
  );
  record('hostile: ids with HTML through the reviewer page', N);
});
