import type { FactLabelWording } from '../label-wording.js';

/** English names of the fields of the facts the engine builds for conditions; lower case, as they sit inside a sentence. */
export const factLabelsEn: FactLabelWording = {
  context: {
    year: 'year',
    window: 'application window',
    eventPeriod: 'event period',
    violationLookback: 'period checked for IP violations',
    clawbackBar: 'years barred after a clawback for fraud',
  },
  clause: {
    id: 'clause id',
    applicants: 'kinds of applicant',
    suspended: 'suspended this year',
  },
  history: {
    clawbackYears: 'years of clawbacks for fraud',
    predecessorFunded: 'events already supported under the previous policy',
  },
};
