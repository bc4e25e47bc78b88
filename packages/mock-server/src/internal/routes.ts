import type { OperationName, RouteName } from "../records.js";

/** A request line that names a route of one of the three operations. */
export interface Target {
  route: RouteName;
  operation: OperationName;
  /** Still percent-encoded; decoding can fail, and that is a 400 rather than a 404. */
  rawSessionId?: string;
  /** The query string without its `?`, `""` when there is none. */
  query: string;
}

/** A route that exists but not for this verb: 405 with `Allow`. */
export interface WrongVerb {
  route: RouteName;
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
export function matchRoute(method: string, url: string): Target | WrongVerb | undefined {
  const mark = url.indexOf("?");
  const path = mark < 0 ? url : url.slice(0, mark);
  const query = mark < 0 ? "" : url.slice(mark + 1);
  if (MESSAGES_PATH.test(path)) {
    return method === "GET"
      ? { route: "/messages", operation: "ListMessages", query }
      : { route: "/messages", operation: "SendMessage", query };
  }
  const session = SESSION_PATH.exec(path);
  if (session?.[1] !== undefined) {
    if (method !== "POST") return { route: "/sessions/{sessionId}/messages", allow: "POST, OPTIONS" };
    return {
      route: "/sessions/{sessionId}/messages",
      operation: "SendMessage",
      rawSessionId: session[1],
      query,
    };
  }
  if (CONVERSATIONS_PATH.test(path)) {
    if (method !== "GET") return { route: "/conversations", allow: "GET, OPTIONS" };
    return { route: "/conversations", operation: "ListConversations", query };
  }
  const predefined = PREDEFINED_PATH.exec(path);
  const operation = OPERATIONS.get(predefined?.[2]?.toLowerCase() ?? "");
  if (predefined?.[1] && operation) {
    const prefix = predefined[1].toLowerCase() === "api" ? "/api" : "/json/reply";
    return { route: `${prefix}/${operation}`, operation, query };
  }
  return undefined;
}
