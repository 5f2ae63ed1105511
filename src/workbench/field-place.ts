import { formatPath, type PathSegment } from '../core/issue.js';
import { bundledReportContext } from '../api/explain.js';
import type { WorkbenchWording } from '../locales/workbench-wording.js';
import type { LabelLang as Lang } from '../report/labels.js';

/*
 * Where a problem is, as a reviewer reads it: the field's label from the
 * vocabulary, and for an event its number and kind, instead of
 * `events[0].approved`. A path the vocabulary cannot name stays as it is.
 */
export function fieldPlace(path: readonly PathSegment[], application: unknown, lang: Lang, w: WorkbenchWording): string {
  if (path.length === 0) return '';
  const labels = bundledReportContext();
  const [head, index, field] = path;
  if (head === 'applicant' && typeof index === 'string' && path.length === 2) return w.place.applicant(labels.fieldLabel('applicant', index, lang));
  if ((head === 'events' || head === 'history') && typeof index === 'number') {
    const list = (application as Record<string, unknown> | null)?.[head];
    const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
    const type = head === 'events' && typeof entry?.type === 'string' ? entry.type : null;
    const name = typeof field === 'string' && path.length === 3 ? labels.fieldLabel(type ?? head, field, lang) : null;
    if (head === 'events') return w.place.event({ number: index + 1, type: type ? labels.eventTypeLabel(type, lang) : null, field: name });
    return w.place.history({ number: index + 1, field: name });
  }
  return formatPath(path);
}
