import type { components, operations } from "./generated/openapi.js";

type Schemas = components["schemas"];

/**
 * `T` with the optional field `K` retyped as `V`. Unlike a bare `Omit`, it fails to compile when `K`
 * is no longer a field of `T`: an override outlives no spec change silently.
 */
export type Override<T, K extends keyof T, V> = Omit<T, K> & { [P in K]?: V };

/** `T` without the fields `K`, each of which must exist. */
type Without<T, K extends keyof T> = Omit<T, K>;

/**
 * Whether a message came in or went out. Open-ended on purpose, as it is an output: a direction the
 * server adds later arrives as its plain string instead of breaking the caller.
 */
export type MessageDirection = Schemas["MessageDirections"] | (string & {});

/**
 * A text message as Evo Voice records it. Every field is optional because the server leaves out
 * null fields; fields the server adds later are passed through untouched.
 */
export type MessageInfo = Override<Schemas["MessageInfo"], "direction", MessageDirection>;

/** One page of `messages.list`: ServiceStack's `ListResponse<MessageInfo>`. Every field is optional. */
export type MessagePage = Override<Schemas["ListResponseOfMessageInfo"], "items", MessageInfo[]>;

/** A conversation between one of your endpoints and another party, with its most recent message. */
export type ConversationInfo = Override<Schemas["ConversationInfo"], "mostRecentMessage", MessageInfo>;

/** The order of a sorted list: closed to the spec's values, as it is an input. */
export type SortOrder = Schemas["SortOrders"];

/** The query parameters of an operation, as the spec has them. */
type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;

// `format` and `callback` select JSONP and other formats; the SDK reads JSON only. `afterDate` is also
// taken as a Date (sent as ISO 8601).

/**
 * What `messages.list` filters, sorts and pages by; every field optional, as in ServiceStack.
 * Id lists travel comma-separated, so an id may not contain a comma.
 */
export type ListMessagesQuery = Override<
  Without<QueryOf<"listMessages">, "format" | "callback">,
  "afterDate",
  string | Date
>;

/** What `conversations.list` filters by; every field optional. */
export type ListConversationsQuery = Override<
  Without<QueryOf<"listConversations">, "format" | "callback">,
  "afterDate",
  string | Date
>;

/** The fields of SendMessage, each one required where an addressing needs it. */
type SendFields = Required<Schemas["SendMessage"]>;

/** Where a message goes: into a session, or from an endpoint (e.g. a phone number) to an address. */
export type SendMessageInput =
  | (Pick<SendFields, "sessionId" | "body"> & { endpointId?: never; toAddress?: never })
  | (Pick<SendFields, "endpointId" | "toAddress" | "body"> & { sessionId?: never });

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

/**
 * Where log lines go: `console` (one line per event), or any object with these four methods, which
 * gets the line and the event's fields: pino (told by its `bindings()`) the fields first, winston and
 * every other logger the line first.
 */
export interface Logger {
  debug(...args: never[]): void;
  info(...args: never[]): void;
  warn(...args: never[]): void;
  error(...args: never[]): void;
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
