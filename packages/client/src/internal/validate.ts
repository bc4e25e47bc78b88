import { RequestValidationError, type ValidationIssue } from "../errors.js";

/**
 * Every problem of `fields`, the text inputs of a call: blank text counts as missing (a blank message
 * is almost always a bug), and nothing but the body may be `.` or `..` (in a path, URL parsing would
 * resolve such an id away and change the route).
 */
export function fieldIssues(fields: Record<string, unknown>): ValidationIssue[] {
  // A loop, not entries().flatMap(): this runs on every call (this path is timed: see BENCHMARKS.md).
  const issues: ValidationIssue[] = [];
  for (const field in fields) {
    const value = fields[field];
    if (typeof value !== "string" || !value.trim())
      issues.push({ field, message: "must be a non-blank string" });
    else if (field !== "body" && (value === "." || value === ".."))
      issues.push({ field, message: "must not be . or .." });
  }
  return issues;
}

/** Throws one RequestValidationError listing every issue, if there are any; nothing has been sent. */
export function assertNoIssues(issues: ValidationIssue[]): void {
  if (issues.length) throw new RequestValidationError(issues);
}
