import type { OperationName, RouteName } from "../records.js";

/** A request line that names a route of one of the three operations. */
export interface Route {
  name: RouteName;
  operation: OperationName;
  /** Still percent-encoded: decoding can fail, and that is a 400 rather than a 404. */
  rawSessionId?: string;
  /** The query string without its `?`; `""` when there is none. */
  query: string;
}

/** A request to one of the three operations, its body read: what an operation works on. */
export interface RoutedRequest {
  route: Route;
  method: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  bytes: Uint8Array;
}

/** A route that exists, but not for this verb: 405 with `Allow`. */
export interface WrongVerb {
  name: RouteName;
  allow: string;
}

const OPERATIONS: ReadonlyMap<string, OperationName> = new Map(
  (["SendMessage", "ListMessages", "ListConversations"] as const).map((name) => [name.toLowerCase(), name]),
);

// ServiceStack matches routes case-insensitively and takes `.json` on the path as a format.
const SESSION_PATH = /^\/sessions\/([^/]+)\/messages(?:\.json)?$/i;
const MESSAGES_PATH = /^\/messages(?:\.json)?$/i;
const CONVERSATIONS_PATH = /^\/conversations(?:\.json)?$/i;
// ServiceStack's predefined routes, which every operation has unless the host turned them off.
const PREDEFINED_PATH = /^\/(json\/reply|api)\/([A-Za-z]+)$/i;

/**
 * The route and operation of a request. On `/messages` GET is ListMessages and every other verb
 * SendMessage, as ServiceStack prefers a route that names the verb over an "All Verbs" one; the
 * predefined routes take any verb.
 */
export function matchRoute(method: string, url: string): Route | WrongVerb | undefined {
  const mark = url.indexOf("?");
  const path = mark < 0 ? url : url.slice(0, mark);
  const query = mark < 0 ? "" : url.slice(mark + 1);
  if (MESSAGES_PATH.test(path)) {
    return { name: "/messages", operation: method === "GET" ? "ListMessages" : "SendMessage", query };
  }
  const session = SESSION_PATH.exec(path);
  if (session?.[1] !== undefined) {
    if (method !== "POST") return { name: "/sessions/{sessionId}/messages", allow: "POST, OPTIONS" };
    return {
      name: "/sessions/{sessionId}/messages",
      operation: "SendMessage",
      rawSessionId: session[1],
      query,
    };
  }
  if (CONVERSATIONS_PATH.test(path)) {
    if (method !== "GET") return { name: "/conversations", allow: "GET, OPTIONS" };
    return { name: "/conversations", operation: "ListConversations", query };
  }
  const predefined = PREDEFINED_PATH.exec(path);
  const operation = OPERATIONS.get(predefined?.[2]?.toLowerCase() ?? "");
  if (!predefined?.[1] || !operation) return undefined;
  const prefix = predefined[1].toLowerCase() === "api" ? "/api" : "/json/reply";
  return { name: `${prefix}/${operation}`, operation, query };
}
