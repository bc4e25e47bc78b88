/** The longest `Retry-After` the SDK waits out; a longer one is handed to the caller as the error. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * `Retry-After` in milliseconds: delta-seconds, or an HTTP date relative to `now`.
 * Undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  // Number() would read a missing or empty header as 0 seconds.
  if (!value) return undefined;
  const seconds = Number(value);
  // HTTP dates always name a day or month; Date.parse alone would read "-1" as a date in 2001.
  const ms = seconds >= 0 ? seconds * 1000 : Date.parse(/[a-z]/i.test(value) ? value : "") - now;
  // A date in the past means now; NaN (unreadable) is neither >= 0 nor < 0.
  return ms >= 0 ? ms : ms < 0 ? 0 : undefined;
}

/**
 * Exponential backoff before retry number `attempt` (0-based): 0.5 s, 1 s, 2 s … capped at 8 s,
 * each cut by up to 25 % at random so that many clients do not retry in lockstep.
 */
export function backoffMs(attempt: number, random = Math.random): number {
  return Math.min(500 * 2 ** attempt, 8000) * (1 - random() / 4);
}
