import { apiErrorFor, ConnectionError, EvoVoiceError, TimeoutError } from "../errors.js";
import type { EvoVoiceOptions } from "../types.js";
import { retryDelayMs } from "./retry-policy.js";
import { assertSafeTarget } from "./target.js";

/** Per-call overrides of the client's policy. */
export interface CallOptions {
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}

export type PolicyFetch = (request: Request, call?: CallOptions) => Promise<Response>;

/**
 * The fetch that openapi-fetch calls for `evo.api` and `messages.send` alike: refuses to send credentials
 * insecurely, applies the timeout, resends only what the server cannot have acted on, and turns every
 * failure into a typed error. Resolves only with a 2xx response whose body arrived in full within the timeout.
 */
export function createPolicyFetch(options: EvoVoiceOptions): PolicyFetch {
  return async (request, call = {}) => {
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30_000;
    const maxRetries = call.maxRetries ?? options.maxRetries ?? 2;
    // The credential part of the header ("Bearer <key>", "Basic <base64>"), if any.
    const credentials = request.headers.get("authorization")?.replace(/^\S+ /, "");
    // Checked per request as well as in the constructor: evo.api accepts a per-call baseUrl.
    assertSafeTarget(request.url, !!credentials, options.allowInsecureHttp);
    // Read once, so that each attempt sends its own copy.
    const body = request.body && (await request.arrayBuffer());
    const signal = request.signal;
    for (let attempt = 0; ; attempt++) {
      // Any earlier attempt was refused unprocessed (429, 503, connection refused): nothing was delivered.
      if (signal.aborted) throw new ConnectionError("Aborted", false, { cause: signal.reason });
      const controller = new AbortController();
      const abort = () => controller.abort(new ConnectionError("Aborted", true, { cause: signal.reason }));
      signal.addEventListener("abort", abort);
      // Clamped: setTimeout fires at once for anything above 2^31-1 ms (e.g. Infinity).
      const timer = setTimeout(
        () => controller.abort(new TimeoutError(`Timed out after ${timeoutMs} ms`, true)),
        Math.min(timeoutMs, 2 ** 31 - 1),
      ) as { unref?: () => void };
      // The open request keeps the process alive while it matters; its timer never should.
      timer.unref?.();
      let delay: number | undefined;
      try {
        // The signal rides on the Request and, again, in init: undici links a Request's signal to its
        // source only weakly, so after a garbage collection an abort could miss a Request made from a
        // Request; a signal in init reaches fetch's own Request directly. Called unbound: a browser's
        // fetch throws "Illegal invocation" when called as a method.
        const { signal: attemptSignal } = controller;
        const response = await (options.fetch ?? fetch)(
          new Request(request, { body, signal: attemptSignal }),
          { signal: attemptSignal },
        );
        const { ok, status } = response;
        const text = await response.text();
        let parsed: unknown;
        let invalid: unknown;
        try {
          // A server or proxy that echoes the Authorization header must not put it into an error.
          parsed = text && JSON.parse(ok || !credentials ? text : text.replaceAll(credentials, "[redacted]"));
        } catch (cause) {
          invalid = cause;
        }
        if (!ok) throw apiErrorFor(status, parsed, Object.fromEntries(response.headers), invalid);
        // Every success body of this API is JSON (JSONP via `?callback=` is not supported here).
        if (invalid) throw new EvoVoiceError(`Invalid JSON in a ${status} answer`, { cause: invalid });
        return new Response(text || null, response);
      } catch (caught) {
        // Aborts (by the caller or the timer) reject with the reason given to abort(); a custom fetch may not.
        const reason = controller.signal.reason;
        const error =
          caught instanceof EvoVoiceError
            ? caught
            : reason instanceof EvoVoiceError
              ? reason
              : connectionError(caught);
        delay = attempt < maxRetries && !signal.aborted ? retryDelayMs(error, attempt) : undefined;
        if (delay === undefined) throw error;
      } finally {
        clearTimeout(timer as number);
        signal.removeEventListener("abort", abort);
      }
      await sleep(delay, signal);
    }
  };
}

/** Only a refused connection proves that the request never left; anything else may have reached the server. */
function connectionError(error: unknown): ConnectionError {
  // undici throws "fetch failed" with the socket error (code ECONNREFUSED …) as its cause.
  const socket = ((error as { cause?: unknown })?.cause ?? error) as { code?: unknown; message?: unknown };
  return new ConnectionError(`Connection failed (${socket?.message})`, socket?.code !== "ECONNREFUSED", {
    cause: error,
  });
}

// Not unref'd, unlike the timeout: a pending retry is the caller's work, and letting the process exit
// in the middle of it would drop a send silently. Cut short when the caller aborts.
function sleep(ms = 0, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // Either way the other is removed, so that a long-lived signal collects no listeners.
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
