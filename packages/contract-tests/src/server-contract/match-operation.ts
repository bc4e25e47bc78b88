import { isObject, type JsonObject } from "../openapi-document.js";

export interface MatchedOperation {
  /** The path template, e.g. `/sessions/{sessionId}/messages`. */
  path: string;
  method: string;
  operation: JsonObject;
}

// ServiceStack also serves every route with a `.json` suffix; it is the same operation.
const FORMAT_SUFFIX = /\.json$/;

/** Finds the spec operation a request reaches, or undefined when the spec describes none. */
export function matchOperation(
  spec: JsonObject,
  method: string,
  pathname: string,
): MatchedOperation | undefined {
  const paths = isObject(spec.paths) ? spec.paths : {};
  const bare = pathname.replace(FORMAT_SUFFIX, "");
  for (const [path, item] of Object.entries(paths)) {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (pattern.test(bare) && isObject(operation)) return { path, method: method.toUpperCase(), operation };
  }
  return undefined;
}
