// What every language must word of the facts the engine itself builds for
// conditions, whatever the policy (docs/rule-format.md, "Facts a condition can
// read"). The application's own fields and codes are labelled by the policy's
// vocabulary (rules/vocabulary.json), not here.

/** The engine's own facts and their fields: a language missing one does not compile. */
export interface EngineFactFields {
  /** The year's periods, derived from the guideline and the policy. */
  context: 'year' | 'window' | 'eventPeriod' | 'violationLookback' | 'clawbackBar';
  /** The clause as this year has it. */
  clause: 'id' | 'applicants' | 'suspended';
  /** What the application's history and the transition say. */
  history: 'clawbackYears' | 'predecessorFunded';
}

export type EngineFact = keyof EngineFactFields;

/** One language's label of every field of the engine's facts. */
export type FactLabelWording = { readonly [F in EngineFact]: Readonly<Record<EngineFactFields[F], string>> };
