import { defaultPathSerializer } from "openapi-fetch";
import { RequestValidationError, type ValidationIssue } from "../errors.js";

/**
 * The path serializer of `evo.api` (openapi-fetch calls it) and of `messages.send` (which builds its
 * route with it): throws one RequestValidationError listing every problem of `params`, then the `found`
 * ones, before anything is sent; otherwise `url` with its parameters percent-encoded by openapi-fetch's
 * own serializer. Blank text counts as missing: a blank message is almost always a bug. Anything but
 * the body may not be `.` or `..`: in a path, URL parsing would resolve such an id away and change the
 * route.
 */
export function serializePath(
  url: string,
  params: Record<string, unknown>,
  found: ValidationIssue[] = [],
): string {
  const issues = [
    ...Object.entries(params).flatMap(([field, value]) =>
      typeof value !== "string" || !value.trim()
        ? [{ field, message: "must be a non-blank string" }]
        : field !== "body" && /^\.\.?$/.test(value)
          ? [{ field, message: "must not be . or .." }]
          : [],
    ),
    ...found,
  ];
  if (issues.length) throw new RequestValidationError(issues);
  return defaultPathSerializer(url, params);
}
