import type { RouteName } from "../records.js";

export const SESSION_ROUTE: RouteName = "/sessions/{sessionId}/messages";
export const MESSAGES_ROUTE: RouteName = "/messages";

/** A request line that names one of the two routes. */
export interface Target {
  route: RouteName;
  /** Still percent-encoded; decoding can fail, and that is a 400 rather than a 404. */
  rawSessionId?: string;
  /** The query string without its `?`, `""` when there is none. */
  query: string;
}

// ServiceStack matches routes case-insensitively and takes `.json` on the path as a format.
const SESSION_PATH = /^\/sessions\/([^/]+)\/messages(?:\.json)?$/i;
const MESSAGES_PATH = /^\/messages(?:\.json)?$/i;

export function matchRoute(url: string): Target | undefined {
  const mark = url.indexOf("?");
  const path = mark < 0 ? url : url.slice(0, mark);
  const query = mark < 0 ? "" : url.slice(mark + 1);
  if (MESSAGES_PATH.test(path)) return { route: MESSAGES_ROUTE, query };
  const session = SESSION_PATH.exec(path);
  if (session?.[1] !== undefined) return { route: SESSION_ROUTE, rawSessionId: session[1], query };
  return undefined;
}
