/**
 * A request as the core reads it: the few parts of a standard `Request` it needs. The fetch and MSW
 * forms build one from a `Request`; the HTTP server builds one straight from node:http's request,
 * because a `Request` per call would cost it half its throughput.
 */
export interface Exchange {
  /** Upper case, as sent. */
  readonly method: string;
  /** The path and query string below the base URL, as sent: `/messages?page=1`. */
  readonly url: string;
  /** A header by its lower-case name. */
  header(name: string): string | undefined;
  /** Every header by lower-case name, for a fault's `match`; only built when a fault is queued. */
  headers(): Readonly<Record<string, string | string[] | undefined>>;
  /** Reads the body, keeping at most `maxBytes`. */
  body(maxBytes: number): Promise<BodyResult>;
}

export type BodyResult =
  | { kind: "ok"; bytes: Uint8Array }
  /** `close`: the rest is more than the server will read past the limit, so the connection must go. */
  | { kind: "too-large"; close: boolean }
  | { kind: "aborted" };

export const NO_BYTES = new Uint8Array(0);
