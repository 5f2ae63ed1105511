/** Everything a message may mention; each language module words it. */
export interface MessageParams {
  path: string;
  expected?: string;
  received?: string;
  allowed?: readonly string[];
  key?: string;
  limit?: number;
  detail?: string;
  [name: string]: unknown;
}

export type Wording = (p: MessageParams) => string;
