/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { bundledReportContext } from '../api/explain.js';
import { bundledApplicationSchemas } from '../heyuan/application.js';
import { type FieldType, fieldTypeOf } from '../schema/field-types.js';
import type * as z from 'zod';
import type { WorkbenchWording } from '../locales/workbench-wording.js';

/*
 * A form for one application (the applicant and one event), built from the
 * application schema's field list and labelled by the vocabulary: a field
 * added to the schema appears here with no second list to keep in step.
 */

type Lang = 'zh' | 'en';
type Shape = Record<string, z.core.$ZodType>;

const schemas = bundledApplicationSchemas.strict as unknown as { applicantSchema: { shape: Shape }; eventSchemas: Record<string, { shape: unknown }> };
const applicantShape = schemas.applicantSchema.shape;
const eventSchemas = schemas.eventSchemas;
const labels = bundledReportContext();
const SKIP_APPLICANT = new Set(['ipViolationDates']);
const SKIP_EVENT = new Set(['type', 'patentNumbers']);

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function input(group: 'applicant' | 'event', subjectType: string, field: string, type: FieldType, lang: Lang, w: WorkbenchWording): string {
  const id = `${group}-${field}`;
  const label = `<label for="${id}">${esc(labels.fieldLabel(subjectType, field, lang))}</label>`;
  const data = `data-group="${group}" data-field="${esc(field)}" data-kind="${type.kind}"`;
  switch (type.kind) {
    case 'boolean':
      return `<div class="field check"><input type="checkbox" id="${id}" ${data}> ${label}</div>`;
    case 'enum':
      return (
        `<div class="field">${label} <select id="${id}" ${data}><option value="">${esc(w.choose)}</option>` +
        type.values.map((v) => `<option value="${esc(v)}">${esc(labels.valueLabel(subjectType, field, v, lang))}</option>`).join('') +
        `</select></div>`
      );
    case 'date':
      return `<div class="field">${label} <input type="date" id="${id}" ${data}></div>`;
    case 'count':
    case 'number':
      return `<div class="field">${label} <input type="number" min="0" step="1" id="${id}" ${data}></div>`;
    case 'money':
      return `<div class="field">${label} <input inputmode="decimal" pattern="[0-9]+(\\.[0-9]{1,2})?" id="${id}" ${data}></div>`;
    default:
      return `<div class="field">${label} <input id="${id}" ${data}></div>`;
  }
}

function eventFields(type: string, lang: Lang, w: WorkbenchWording): string {
  const schema = eventSchemas[type];
  if (!schema) return '';
  return Object.entries(schema.shape as Shape)
    .filter(([f]) => !SKIP_EVENT.has(f))
    .map(([f, s]) => input('event', type, f, fieldTypeOf(s), lang, w))
    .join('');
}

export function buildApplicationForm(host: HTMLElement, lang: Lang, w: WorkbenchWording): void {
  const applicant = Object.entries(applicantShape)
    .filter(([f]) => !SKIP_APPLICANT.has(f))
    .map(([f, s]) => input('applicant', 'applicant', f, fieldTypeOf(s), lang, w))
    .join('');
  const types = Object.keys(eventSchemas);
  host.innerHTML =
    `<fieldset><legend>${esc(w.applicantLegend)}</legend>${applicant}</fieldset>` +
    `<fieldset><legend>${esc(w.eventLegend)}</legend><div class="field"><label for="event-type">${esc(w.eventType)}</label> <select id="event-type">` +
    types.map((t) => `<option value="${esc(t)}">${esc(labels.eventTypeLabel(t, lang))}</option>`).join('') +
    `</select></div><div id="event-fields"></div></fieldset>`;
  const typeSelect = host.querySelector('#event-type') as HTMLSelectElement;
  const fill = () => {
    (host.querySelector('#event-fields') as HTMLElement).innerHTML = eventFields(typeSelect.value, lang, w);
  };
  typeSelect.addEventListener('change', fill);
  fill();
}

/** The form as an application: empty inputs are left out, so the validator names what is missing. */
export function readApplicationForm(host: HTMLElement): { applicant: Record<string, unknown>; events: Record<string, unknown>[]; history: [] } {
  const applicant: Record<string, unknown> = {};
  const event: Record<string, unknown> = { type: (host.querySelector('#event-type') as HTMLSelectElement).value };
  for (const el of host.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
    const target = el.dataset.group === 'applicant' ? applicant : event;
    const field = el.dataset.field!;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') target[field] = el.checked;
    else if (el.value !== '') target[field] = el.dataset.kind === 'count' || el.dataset.kind === 'number' ? Number(el.value) : el.value;
  }
  return { applicant, events: [event], history: [] };
}
