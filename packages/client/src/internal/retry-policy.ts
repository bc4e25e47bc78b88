import { ApiError, ConnectionError } from "../errors.js";
import { backoffMs, MAX_RETRY_AFTER_MS } from "./retry-timing.js";

/**
 * How long to wait before resending after `error`, or undefined when it must not be resent.
 * A message send is not idempotent, so only failures the server cannot have acted on are retried.
 */
export function retryDelayMs(error: unknown, attempt: number): number | undefined {
  // 429 and 503 mean the server refused the request without acting on it; it may say when to return.
  if (error instanceof ApiError && (error.status === 429 || error.status === 503)) {
    const after = error.retryAfterMs;
    if (after === undefined) return backoffMs(attempt);
    // Waiting minutes inside one call helps nobody: the caller gets the error and its retryAfterMs.
    return after <= MAX_RETRY_AFTER_MS ? after : undefined;
  }
  // Connection refused: the request never left this machine.
  if (error instanceof ConnectionError && !error.mayHaveBeenDelivered) return backoffMs(attempt);
  // Timeouts, connections dropped mid-request, other 5xx and 4xx: the server may have acted, or will refuse again.
  return undefined;
}
