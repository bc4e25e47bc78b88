import type { Fault } from "../fault.js";
import { type Answer, JSON_TYPE, jsonAnswer, truncated } from "./answer.js";
import type { MockService } from "./mock-service.js";
import { type ErrorBody, errorBody } from "./validation/service-stack-errors.js";

/** The default body of each status a fault may send, worded like the spec's examples. */
const FAULT_BODIES: Readonly<Record<number, ErrorBody>> = {
  400: errorBody("ArgumentException", "Bad request (injected fault)"),
  401: errorBody("Unauthorized", "Not Authenticated"),
  403: errorBody("Forbidden", "Invalid Role"),
  404: errorBody("NotFound", "Not found (injected fault)"),
  429: errorBody("TooManyRequests", "Too many requests (injected fault)"),
  500: errorBody("InternalServerError", "Internal server error (injected fault)"),
  503: errorBody("ServiceUnavailable", "The service is unavailable (injected fault)"),
};

/**
 * The fault's answer, or `"drop"` for no answer at all. `operation` handles the request as usual
 * (recording a valid message), for the faults that act after it.
 */
export async function applyFault(
  service: MockService,
  fault: Fault,
  operation: () => Answer,
): Promise<Answer | "drop"> {
  // A wait that reset() or close() ends drops the request unhandled: nothing leaks into the next test.
  if (fault.delayMs && !(await service.delays.wait(fault.delayMs))) return "drop";
  if (fault.drop === "before-record") return "drop";
  if (fault.status !== undefined && !fault.record) return statusAnswer(fault, fault.status);
  const answer = operation();
  if (fault.drop === "after-record") return "drop";
  if (fault.malformed) return truncated(answer);
  return fault.status === undefined ? answer : statusAnswer(fault, fault.status);
}

function statusAnswer(fault: Fault, status: number): Answer {
  const headers = fault.retryAfter === undefined ? undefined : { "Retry-After": String(fault.retryAfter) };
  if (typeof fault.body !== "string") return jsonAnswer(status, fault.body ?? FAULT_BODIES[status], headers);
  return { status, contentType: JSON_TYPE, body: fault.body, ...(headers && { headers }) };
}
