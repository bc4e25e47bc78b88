import { ConnectionError, EvoVoiceError, TimeoutError } from "../errors.js";
import type { EvoVoiceOptions } from "../types.js";
import { retryDelayMs } from "./retry-policy.js";

/** Per-call overrides of the client's policy, and the signal that aborts the call. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}

/** One attempt: sends with `signal` and settles once the answer has been read in full (or refused). */
export type Attempt<T> = (signal: AbortSignal) => Promise<T>;

/** What a failed fetch may carry; anything at all can be thrown. */
type Failure = { cause?: unknown; code?: unknown; message?: unknown } | undefined;

/**
 * Runs `attempt` under the client's policy, for `evo.api` and `messages.send` alike: each attempt has
 * the timeout, only what the server cannot have acted on is resent, and every failure becomes a typed
 * error. Resolves with the first attempt that succeeds.
 */
export async function withPolicy<T>(
  options: EvoVoiceOptions,
  call: CallOptions,
  attempt: Attempt<T>,
): Promise<T> {
  const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30_000;
  const maxRetries = call.maxRetries ?? options.maxRetries ?? 2;
  // One controller for the whole call: whatever aborts it (the caller, or a timeout, which is never
  // retried) ends the call. The caller's abort reaches it as "may have been delivered"; the check at
  // the top of the loop says otherwise for an abort before the first attempt or during a retry wait.
  const { signal } = call;
  const controller = new AbortController();
  const abort = () => controller.abort(new ConnectionError("Aborted", true, { cause: signal?.reason }));
  // Most calls have no signal of their own; they skip the listener (this path is timed: see BENCHMARKS.md).
  signal?.addEventListener("abort", abort);
  try {
    for (let attempts = 0; ; attempts++) {
      // Any earlier attempt was refused unprocessed (429, 503, connection refused): nothing was delivered.
      if (signal?.aborted) throw new ConnectionError("Aborted", false, { cause: signal.reason });
      // Clamped to about 23 days: setTimeout fires at once for anything above 2^31-1 ms (e.g. Infinity).
      const timer = setTimeout(
        () => controller.abort(new TimeoutError(`Timed out after ${timeoutMs} ms`, true)),
        Math.min(timeoutMs, 2e9),
      ) as { unref?: () => void };
      // The open request keeps the process alive while it matters; its timer never should.
      timer.unref?.();
      let delay: number | undefined;
      try {
        return await attempt(controller.signal);
      } catch (caught) {
        // undici throws "fetch failed" with the socket error (code ECONNREFUSED …) as its cause.
        const socket = ((caught as Failure)?.cause ?? caught) as Failure;
        // Aborts (by the caller or the timer) reject with the reason given to abort(), always an
        // EvoVoiceError; a custom fetch may reject with something else. Any other failure is the
        // connection's: only a refused one proves that the request never left.
        const delivered = socket?.code !== "ECONNREFUSED";
        const error =
          caught instanceof EvoVoiceError
            ? caught
            : (controller.signal.reason ??
              new ConnectionError(`Connection failed (${socket?.message})`, delivered, { cause: caught }));
        delay = attempts < maxRetries && !signal?.aborted ? retryDelayMs(error, attempts) : undefined;
        if (delay === undefined) throw error;
      } finally {
        clearTimeout(timer as number);
      }
      // Not unref'd, unlike the timeout: a pending retry is the caller's work, and letting the process
      // exit in the middle of it would drop a send silently. Cut short when the caller aborts (which
      // aborts the controller); the handler goes with the controller when the call ends.
      await new Promise<void>((resolve) => {
        const wait = setTimeout(resolve, delay);
        controller.signal.onabort = () => {
          clearTimeout(wait);
          resolve();
        };
      });
    }
  } finally {
    signal?.removeEventListener("abort", abort);
  }
}
