import { RequestValidationError, type ValidationIssue } from "../errors.js";

/**
 * The problems of `fields`, one issue each. Blank text counts as missing: a blank message is almost
 * always a bug. Anything but the body may not be `.` or `..`: in a path, URL parsing would resolve
 * such an id away and change the route.
 */
export function problems(fields: Record<string, unknown>): ValidationIssue[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    const message =
      typeof value !== "string" || !value.trim()
        ? "must be a non-blank string"
        : field !== "body" && /^\.\.?$/.test(value)
          ? "must not be . or .."
          : "";
    return message ? [{ field, message }] : [];
  });
}

/** Every problem with the input of `messages.send`, so that one error can list them all. */
export function checkSendInput(input: unknown): ValidationIssue[] {
  const { sessionId, endpointId, toAddress, body } = (input ?? {}) as Record<string, unknown>;
  const bySession = sessionId !== undefined;
  const issues = problems(bySession ? { sessionId, body } : { endpointId, toAddress, body });
  if (bySession && (endpointId ?? toAddress) !== undefined) {
    issues.push({ field: "input", message: "takes sessionId or endpointId+toAddress, not both" });
  }
  return issues;
}

/**
 * openapi-fetch path serializer: refuses a blank or dot-segment path parameter and percent-encodes
 * the rest, so that no input can reach a route other than the operation's own.
 */
export function serializePath(url: string, params: Record<string, unknown>): string {
  const issues = problems(params);
  if (issues.length) throw new RequestValidationError(issues);
  return url.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
}
