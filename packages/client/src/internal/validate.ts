import { defaultPathSerializer } from "openapi-fetch";
import { RequestValidationError, type ValidationIssue } from "../errors.js";

/**
 * Every problem of `fields`, the text inputs of a call: blank text counts as missing (a blank message
 * is almost always a bug), and nothing but the body may be `.` or `..` (in a path, URL parsing would
 * resolve such an id away and change the route).
 */
export function fieldIssues(fields: Record<string, unknown>): ValidationIssue[] {
  return Object.entries(fields).flatMap(([field, value]) =>
    typeof value !== "string" || !value.trim()
      ? [{ field, message: "must be a non-blank string" }]
      : field !== "body" && /^\.\.?$/.test(value)
        ? [{ field, message: "must not be . or .." }]
        : [],
  );
}

/** Throws one RequestValidationError listing every issue, if there are any; nothing has been sent. */
export function assertNoIssues(issues: ValidationIssue[]): void {
  if (issues.length) throw new RequestValidationError(issues);
}

/**
 * The path serializer of every call (openapi-fetch calls it): the route with its parameters checked,
 * then percent-encoded by openapi-fetch's own serializer.
 */
export function serializePath(url: string, params: Record<string, unknown>): string {
  assertNoIssues(fieldIssues(params));
  return defaultPathSerializer(url, params);
}
