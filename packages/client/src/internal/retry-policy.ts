import type { ApiError, ConnectionError } from "../errors.js";
import { backoffMs, MAX_RETRY_AFTER_MS } from "./retry-timing.js";

/**
 * How long to wait before resending after `error`, or undefined when it must not be resent.
 * A message send is not idempotent, so only failures the server cannot have acted on are retried:
 * 429 and 503, which refuse the request without acting on it, and a refused connection, which
 * never left this machine. Timeouts, connections dropped mid-request, other 5xx and 4xx are not:
 * the server may have acted, or will refuse again.
 */
export function retryDelayMs(error: unknown, attempt: number): number | undefined {
  const { status, retryAfterMs, mayHaveBeenDelivered } = error as Partial<ApiError & ConnectionError>;
  if (status === 429 || status === 503 || mayHaveBeenDelivered === false) {
    // The server may say when to return; waiting minutes inside one call helps nobody, so a longer
    // Retry-After goes to the caller as the error and its retryAfterMs.
    const delay = retryAfterMs ?? backoffMs(attempt);
    return delay <= MAX_RETRY_AFTER_MS ? delay : undefined;
  }
  return undefined;
}
