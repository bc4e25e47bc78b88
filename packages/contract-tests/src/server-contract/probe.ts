/** One request the contract suite sends, and the status the spec documents for it (check-server.ts quotes it). */
export interface Probe {
  name: string;
  method: string;
  /** Path and query, already filled in. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  expectStatus: number;
  /** What a different status would mean, in words. */
  meaning: string;
  /** The text this probe sends, when it sends a real message. */
  sentText?: string;
}

/** What every probe that sends JSON, or wants it back, says. */
export const JSON_HEADERS = { "content-type": "application/json", accept: "application/json" };
