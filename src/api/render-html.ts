import type { Decision } from '../engine/decision.js';
import { bundledRules } from '../heyuan/rules.generated.js';
import * as report from '../report/render-html.js';
import { bundledReportContext } from './explain.js';
import type { BatchLike, BatchReportCollector, PartTitle, RenderHtmlOptions } from '../report/render-html.js';

// The report layer knows no policy: it words the parts it is given. The public
// entry points give it the bundled policy's part titles when the caller gives none.
function bundledParts(): PartTitle[] {
  const parts = (bundledRules.policy as { parts?: unknown } | null)?.parts;
  if (!Array.isArray(parts)) return [];
  return parts.filter((p): p is PartTitle => typeof p?.id === 'string' && typeof p?.title?.zh === 'string' && typeof p?.title?.en === 'string');
}

const withParts = (options: RenderHtmlOptions): RenderHtmlOptions => {
  const parts = options.parts ? options : { ...options, parts: bundledParts() };
  return parts.context ? parts : { ...parts, context: bundledReportContext() };
};

export function renderHtml(input: Decision | BatchLike, options: RenderHtmlOptions): string {
  return report.renderHtml(input, withParts(options));
}

export function collectBatchReport(options: RenderHtmlOptions): BatchReportCollector {
  return report.collectBatchReport(withParts(options));
}
