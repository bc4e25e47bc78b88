import { type ApiError, ConnectionError } from "../errors.js";
import { backoffMs, MAX_RETRY_AFTER_MS } from "./retry-timing.js";

/**
 * How long to wait before trying again after `error`, or undefined when the call must not be repeated.
 * One policy for every operation; whether the operation is idempotent is its input.
 */
export function retryDelayMs(error: unknown, attempt: number, idempotent: boolean): number | undefined {
  const { status = 0, retryAfterMs } = error as Partial<ApiError>;
  // No answer came: did the request leave the machine?
  const unanswered = error instanceof ConnectionError;
  const retry =
    // 429 and 503 refuse a request without acting on it: safe to repeat, even a send.
    status === 429 ||
    status === 503 ||
    // A refused connection (or another failure before anything left) never reached the server.
    (unanswered && !error.mayHaveBeenDelivered) ||
    // A read may be repeated after anything transient: other 5xx, 408, a timeout, a dropped connection.
    // A send may not: the server may have acted, and the API has no idempotency key.
    (idempotent && (status > 499 || status === 408 || unanswered));
  if (!retry) return undefined;
  // The server may say when to return; waiting minutes inside one call helps nobody, so a longer
  // Retry-After goes to the caller as the error and its retryAfterMs.
  const delay = retryAfterMs ?? backoffMs(attempt);
  return delay <= MAX_RETRY_AFTER_MS ? delay : undefined;
}
