import { defaultPathSerializer } from "openapi-fetch";
import { RequestValidationError, type ValidationIssue } from "../errors.js";

/**
 * Throws one RequestValidationError listing every problem of `fields`, then the `found` ones. Blank
 * text counts as missing: a blank message is almost always a bug. Anything but the body may not be
 * `.` or `..`: in a path, URL parsing would resolve such an id away and change the route.
 */
export function check(fields: Record<string, unknown>, found: ValidationIssue[] = []): void {
  const issues = [
    ...Object.entries(fields).flatMap(([field, value]) =>
      typeof value !== "string" || !value.trim()
        ? [{ field, message: "must be a non-blank string" }]
        : field !== "body" && /^\.\.?$/.test(value)
          ? [{ field, message: "must not be . or .." }]
          : [],
    ),
    ...found,
  ];
  if (issues.length) throw new RequestValidationError(issues);
}

/**
 * openapi-fetch path serializer: refuses a blank or dot-segment path parameter, which percent-encoding
 * alone would let reach another route, then leaves the encoding to openapi-fetch's own serializer.
 */
export function serializePath(url: string, params: Record<string, unknown>): string {
  check(params);
  return defaultPathSerializer(url, params);
}
