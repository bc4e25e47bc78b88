import type { OperationName, RouteName } from "./records.js";

/**
 * A request to a route of the three operations, once its body was read: what a fault's `match`
 * sees and what `requests` records.
 */
export interface FaultRequest {
  method: string;
  /** The path and query string as sent (below the base URL, for the fetch and MSW forms). */
  url: string;
  route: RouteName;
  /** The operation the route and verb select: `GET /messages` is ListMessages, `POST /messages` SendMessage. */
  operation: OperationName;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body decoded as UTF-8 (invalid bytes replaced); `""` when there was none. */
  body: string;
}

/**
 * A fault for the next matching requests. Give at most one of `status`, `drop` and `malformed`;
 * `delayMs` combines with any of them, or alone delays an otherwise normal answer.
 */
export interface Fault {
  /** How many matching requests it applies to; `Infinity` until cancelled. @default 1 */
  times?: number;
  /** Which requests it applies to. @default every request to a route of the three operations */
  match?: (request: FaultRequest) => boolean;
  /** Wait this long before acting. The request is still handled afterwards, even if the client gave up. */
  delayMs?: number;
  /**
   * Answer with this status and a ServiceStack error body instead of handling the request, so nothing
   * is recorded, unless `record` is true. Only requests to an operation the spec documents the status
   * for take the fault: a 403 or 404 waits for a SendMessage, as ListMessages and ListConversations
   * document neither.
   */
  status?: 400 | 401 | 403 | 404 | 429 | 500 | 503;
  /** The `Retry-After` header sent with `status`, in seconds or as an HTTP date. */
  retryAfter?: number | string;
  /** Replaces the default error body of `status`: an object is sent as JSON, a string as is. */
  body?: unknown;
  /** Handle the request first (a valid message is recorded), then answer with `status` instead. @default false */
  record?: boolean;
  /**
   * Fail like a dropped connection, without an answer: `"before-record"` instead of handling the
   * request, `"after-record"` after handling it (a valid message is recorded). The HTTP server resets
   * the socket; the fetch function and the MSW handlers fail the fetch with a `TypeError`, as a network
   * error does.
   */
  drop?: "before-record" | "after-record";
  /** Handle the request normally, then send its answer with the JSON body cut in half. */
  malformed?: boolean;
}

/** A fault waiting in the queue; see `Mock.inject`. */
export interface InjectedFault {
  /** Requests it will still apply to. */
  readonly remaining: number;
  /** Requests it has been applied to so far. */
  readonly used: number;
  /** Removes it from the queue. */
  cancel(): void;
  /**
   * Resolves once the fault has been applied to `count` requests: the mock has received them and
   * read their bodies, and a delayed one is now waiting in its delay. A test waits for this, then
   * lets its own timer fire, rather than guessing how long the request takes to arrive. Rejects if
   * the fault leaves the queue first (used up, cancelled, `reset()`, `close()`).
   * @default count 1
   * @example
   * const fault = server.inject({ delayMs: 60_000 });
   * const pending = evo.messages.send({ sessionId: "S1", body: "Hi" });
   * await fault.whenUsed(); // the server holds the request
   */
  whenUsed(count?: number): Promise<void>;
}
