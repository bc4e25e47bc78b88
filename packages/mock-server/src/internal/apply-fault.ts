import type { Fault } from "../fault.js";
import type { Core } from "./core.js";
import { type Answer, JSON_TYPE, jsonAnswer, type Reply, truncated } from "./reply.js";
import { DEFAULT_FAULT_BODIES } from "./validation/service-status.js";

/** The fault replaces the answer; `handle` runs the request as usual, recording a valid message. */
export async function applyFault(core: Core, fault: Fault, handle: () => Answer): Promise<Reply> {
  // A wait that reset() or close() ends drops the request unhandled: nothing leaks into the next test.
  if (fault.delayMs && !(await core.delays.wait(fault.delayMs))) return "drop";
  if (fault.drop === "before-record") return "drop";
  if (fault.status !== undefined && !fault.record) return faultAnswer(fault);
  const answer = handle();
  if (fault.drop === "after-record") return "drop";
  if (fault.malformed) return truncated(answer);
  return fault.status === undefined ? answer : faultAnswer(fault);
}

function faultAnswer(fault: Fault): Answer {
  const status = fault.status ?? 500;
  const headers = fault.retryAfter === undefined ? undefined : { "Retry-After": String(fault.retryAfter) };
  if (typeof fault.body === "string") {
    return { status, contentType: JSON_TYPE, payload: fault.body, ...(headers && { headers }) };
  }
  return jsonAnswer(status, fault.body ?? DEFAULT_FAULT_BODIES[status], headers);
}
