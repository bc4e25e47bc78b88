import { isObject, type JsonObject } from "@evovoice-sdk/openapi-kit";
import { specOperations } from "../spec-operations.js";

export interface MatchedOperation {
  /** The path template, e.g. `/sessions/{sessionId}/messages`. */
  path: string;
  method: string;
  operation: JsonObject;
}

// ServiceStack also serves every route with a `.json` suffix; it is the same operation.
const FORMAT_SUFFIX = /\.json$/;
// …and every operation on its predefined routes, `/json/reply/{Operation}` and `/api/{Operation}`, for any verb.
const PREDEFINED = /^\/(?:json\/reply|api)\/([A-Za-z]+)$/;

/** Finds the spec operation a request reaches, or undefined when the spec describes none. */
export function matchOperation(
  spec: JsonObject,
  method: string,
  pathname: string,
): MatchedOperation | undefined {
  const paths = isObject(spec.paths) ? spec.paths : {};
  const bare = pathname.replace(FORMAT_SUFFIX, "");
  const predefined = PREDEFINED.exec(bare)?.[1];
  if (predefined) return predefinedOperation(spec, method, predefined);
  for (const [path, item] of Object.entries(paths)) {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (pattern.test(bare) && isObject(operation)) return { path, method: method.toUpperCase(), operation };
  }
  return undefined;
}

// The operation whose `x-servicestack.operation` the route names: on the same verb if the spec has it
// there, and on a route that takes everything from the request (no path parameter) before one that does not.
function predefinedOperation(spec: JsonObject, method: string, name: string): MatchedOperation | undefined {
  const candidates = specOperations(spec)
    .filter((operation) => operation.servicestackName === name)
    .sort(
      (a, b) =>
        Number(b.verb === method.toUpperCase()) - Number(a.verb === method.toUpperCase()) ||
        Number(a.path.includes("{")) - Number(b.path.includes("{")),
    );
  const found = candidates[0];
  return found && { path: found.path, method: found.verb, operation: found.operation };
}
