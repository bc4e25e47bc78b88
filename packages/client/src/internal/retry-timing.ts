/** The longest `Retry-After` the SDK waits out; a longer one is handed to the caller as the error. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * `Retry-After` in milliseconds: delta-seconds, or an HTTP date relative to `now`.
 * Undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const seconds = Number(value || Number.NaN);
  if (seconds >= 0) return seconds * 1000;
  // HTTP dates always name a day or month; Date.parse alone would read "-1" as a date in 2001.
  const date = /[a-z]/i.test(value ?? "") ? Date.parse(value ?? "") : Number.NaN;
  return date >= 0 ? Math.max(0, date - now) : undefined;
}

/**
 * Exponential backoff before retry number `attempt` (0-based): 0.5 s, 1 s, 2 s … capped at 8 s,
 * each cut by up to 25 % at random so that many clients do not retry in lockstep.
 */
export function backoffMs(attempt: number, random = Math.random): number {
  return Math.min(500 * 2 ** attempt, 8000) * (1 - random() / 4);
}
