import { ConnectionError, TimeoutError } from "../errors.js";
import type { Log, LogEvent } from "./log.js";
import { retryDelayMs } from "./retry-policy.js";

/** How one call is run: its limits, the caller's signal, and what the retry policy needs to know. */
export interface Policy {
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** Reads may be repeated after any transient failure; sends only when the server cannot have acted. */
  idempotent: boolean;
  log: Log | undefined;
  method: string;
  /** Scheme, host and port the call goes to, for timeouts and the log. */
  origin: string;
  /** The route template, for the log. */
  route: string;
}

/** One attempt: sends with `signal` and settles once the answer has been read in full, or throws it typed. */
export type Attempt<T extends { response: Response }> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs `run` under the policy, for every operation alike: each attempt has its own timeout, the
 * retry policy decides what is tried again, the caller's signal ends the call. Resolves with the first
 * attempt that succeeds.
 */
export async function withPolicy<T extends { response: Response }>(
  policy: Policy,
  run: Attempt<T>,
): Promise<T> {
  const { signal, timeoutMs, maxRetries, idempotent, log, method, origin, route } = policy;
  let controller: AbortController | undefined;
  // The caller's abort ends the attempt in flight, which may have reached the server. Most calls have no
  // signal of their own; they make no listener (this path is timed: see BENCHMARKS.md).
  const abort =
    signal && (() => controller?.abort(new ConnectionError("Aborted", true, { cause: signal.reason })));
  if (abort) signal.addEventListener("abort", abort);
  try {
    for (let attempt = 1; ; attempt++) {
      // Any earlier attempt was refused unprocessed or failed harmlessly: this one is not sent at all.
      if (signal?.aborted) throw new ConnectionError("Aborted", false, { cause: signal.reason });
      const current = new AbortController();
      controller = current;
      // Clamped to about 23 days: setTimeout fires at once for anything above 2^31-1 ms (e.g. Infinity).
      const timer = setTimeout(
        () => current.abort(new TimeoutError(`Timed out after ${timeoutMs} ms waiting for ${origin}`, true)),
        Math.min(timeoutMs, 2e9),
      ) as { unref?: () => void };
      // The open request keeps the process alive while it matters; its timer never should.
      timer.unref?.();
      // Built only when logging is on: nothing is measured per call otherwise.
      const event = log && ({ method, origin, route, attempt } as LogEvent);
      const started = log && Date.now();
      let delay: number | undefined;
      try {
        if (event) log("debug", event);
        const result = await run(current.signal);
        if (event)
          log("info", {
            ...event,
            status: result.response.status,
            durationMs: Date.now() - (started as number),
          });
        return result;
      } catch (error) {
        delay =
          attempt <= maxRetries && !signal?.aborted
            ? retryDelayMs(error, attempt - 1, idempotent)
            : undefined;
        if (event) {
          const failed: LogEvent = { ...event, durationMs: Date.now() - (started as number) };
          const { status, name } = error as { status?: number; name?: string };
          if (status !== undefined) failed.status = status;
          if (name !== undefined) failed.error = name;
          if (delay !== undefined) failed.retryInMs = Math.round(delay);
          log(delay === undefined ? "error" : "warn", failed);
        }
        if (delay === undefined) throw error;
      } finally {
        clearTimeout(timer as number);
      }
      // Not unref'd, unlike the timeout: a pending retry is the caller's work, and letting the process
      // exit in the middle of it would drop a send silently. Cut short when the caller aborts.
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(wait);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        const wait = setTimeout(done, delay);
        signal?.addEventListener("abort", done);
      });
    }
  } finally {
    if (abort) signal.removeEventListener("abort", abort);
  }
}
