import type { components } from "./generated/openapi.js";

/**
 * Whether a message came in or went out. Typed open-ended on purpose: a direction added by the
 * server later arrives as its plain string instead of breaking the caller.
 */
export type MessageDirection = components["schemas"]["MessageDirections"] | (string & {});

/**
 * A text message as Evo Voice records it. Every field is optional because the server leaves out
 * null fields; fields the server adds later are passed through untouched.
 */
export type MessageInfo = Omit<components["schemas"]["MessageInfo"], "direction"> & {
  direction?: MessageDirection;
};

/** Where a message goes: into a session, or from an endpoint (e.g. a phone number) to an address. */
export type SendMessageInput =
  | { sessionId: string; body: string; endpointId?: never; toAddress?: never }
  | { endpointId: string; toAddress: string; body: string; sessionId?: never };

/** Per-call options of `messages.send`; each overrides the client's setting for this call only. */
export interface SendOptions {
  /** Aborts the call; a `ConnectionError` whose `cause` is the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt, including reading the answer. */
  timeoutMs?: number | undefined;
  /** How many times a request the server provably did not act on may be resent. */
  maxRetries?: number | undefined;
}

/** Options of `new EvoVoice()`. */
export interface EvoVoiceOptions {
  /** An API key or JWT, sent as `Authorization: Bearer`. @default process.env.EVOVOICE_API_KEY */
  apiKey?: string | undefined;
  /** HTTP Basic credentials; an API key may also go here as the user name with an empty password. */
  basicAuth?: { username: string; password: string } | undefined;
  /** @default process.env.EVOVOICE_BASE_URL ?? "https://evovoice.io" */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt, including reading the answer; after it the request is never resent. @default 30000 */
  timeoutMs?: number | undefined;
  /** How many times a request the server provably did not act on (429, 503, connection refused) is resent. @default 2 */
  maxRetries?: number | undefined;
  /**
   * The fetch to send with, called as the global fetch is: `messages.send` passes the URL and an init,
   * `evo.api` a Request and an init. The init holds the `signal`, which it must honour for timeouts and
   * aborts to work. @default globalThis.fetch
   */
  fetch?: ((input: string | Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Extra headers for every request. */
  headers?: Record<string, string> | undefined;
  /** Allow credentials over plain http:// to a host other than loopback (a trusted private network only). @default false */
  allowInsecureHttp?: boolean | undefined;
}
