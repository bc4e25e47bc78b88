import type { components, operations } from "./generated/openapi.js";

type Schemas = components["schemas"];

/**
 * Whether a message came in or went out. Typed open-ended on purpose: a direction added by the
 * server later arrives as its plain string instead of breaking the caller.
 */
export type MessageDirection = Schemas["MessageDirections"] | (string & {});

/**
 * A text message as Evo Voice records it. Every field is optional because the server leaves out
 * null fields; fields the server adds later are passed through untouched.
 */
export type MessageInfo = Omit<Schemas["MessageInfo"], "direction"> & { direction?: MessageDirection };

/** One page of `messages.list`: ServiceStack's `ListResponse<MessageInfo>`. Every field is optional. */
export type MessagePage = Omit<Schemas["ListResponseOfMessageInfo"], "items"> & { items?: MessageInfo[] };

/** A conversation between one of your endpoints and another party, with its most recent message. */
export type ConversationInfo = Omit<Schemas["ConversationInfo"], "mostRecentMessage"> & {
  mostRecentMessage?: MessageInfo;
};

/** The order of a sorted list. Open-ended like {@link MessageDirection}. */
export type SortOrder = Schemas["SortOrders"] | (string & {});

// The JSON-only reading of a query: `format` and `callback` are for browsers and JSONP, not the SDK.
type Query<Op extends keyof operations> = Omit<
  NonNullable<operations[Op]["parameters"]["query"]>,
  "format" | "callback" | "afterDate"
> & {
  /** An ISO 8601 string, or a Date (sent as ISO 8601). */
  afterDate?: string | Date;
};

/**
 * What `messages.list` filters, sorts and pages by; every field optional, as in ServiceStack.
 * Id lists travel comma-separated, so an id may not contain a comma.
 */
export type ListMessagesQuery = Omit<Query<"listMessages">, "sortOrder"> & { sortOrder?: SortOrder };

/** What `conversations.list` filters by; every field optional. */
export type ListConversationsQuery = Query<"listConversations">;

/** Where a message goes: into a session, or from an endpoint (e.g. a phone number) to an address. */
export type SendMessageInput =
  | { sessionId: string; body: string; endpointId?: never; toAddress?: never }
  | { endpointId: string; toAddress: string; body: string; sessionId?: never };

/** Per-call options of every operation; each overrides the client's setting for this call only. */
export interface RequestOptions {
  /** Aborts the call; a `ConnectionError` whose `cause` is the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt, including reading the answer. */
  timeoutMs?: number | undefined;
  /** How many times the call may be tried again (sends: only when the server provably did not act). */
  maxRetries?: number | undefined;
  /** Headers for this call only, over the client's. */
  headers?: Record<string, string> | undefined;
}

/** The per-call options of `messages.send` (the same as every operation's). */
export type SendOptions = RequestOptions;

/** A fetch function, called as the global one is: a URL or a Request, and an init. */
export type FetchLike = (input: string | Request, init?: RequestInit) => Promise<Response>;

/** How much the client logs. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go: `console`, or any object with these methods (pino, winston, …). */
export interface Logger {
  debug(message: string, details?: object): void;
  info(message: string, details?: object): void;
  warn(message: string, details?: object): void;
  error(message: string, details?: object): void;
}

/** Options of `new EvoVoice()`. Read and checked once, when the client is made. */
export interface EvoVoiceOptions {
  /** An API key or JWT, sent as `Authorization: Bearer`. @default process.env.EVOVOICE_API_KEY */
  apiKey?: string | undefined;
  /** HTTP Basic credentials; an API key may also go here as the user name with an empty password. */
  basicAuth?: { username: string; password: string } | undefined;
  /** Where the API is; a path prefix (a proxy mount) is kept. @default process.env.EVOVOICE_BASE_URL ?? "https://evovoice.io" */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt, including reading the answer; after it a send is never resent. @default 30000 */
  timeoutMs?: number | undefined;
  /** How many times a call may be tried again (reads after any transient failure, sends only after 429, 503 or a refused connection). @default 2 */
  maxRetries?: number | undefined;
  /**
   * The fetch to send with, called as the global fetch is: a URL and an init, or a Request and an init
   * when middleware is registered. The init holds the `signal`, which it must honour for timeouts and
   * aborts to work. @default globalThis.fetch
   */
  fetch?: FetchLike | undefined;
  /**
   * Passed in the init of every fetch call: undici's `dispatcher` for a proxy in Node, `proxy` in Bun,
   * `client` in Deno.
   */
  fetchOptions?: Record<string, unknown> | undefined;
  /** Extra headers for every request. */
  headers?: Record<string, string> | undefined;
  /** Allow credentials over plain http:// to a host other than loopback (a trusted private network only). @default false */
  allowInsecureHttp?: boolean | undefined;
  /** What to log: each attempt, retry and failure, never credentials, message text or addresses. @default process.env.EVOVOICE_LOG ?? "off" */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. @default console */
  logger?: Logger | undefined;
}
