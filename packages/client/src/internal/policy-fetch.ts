import {
  ApiError,
  BY_STATUS,
  ConnectionError,
  EvoVoiceError,
  InternalServerError,
  type ResponseStatus,
  TimeoutError,
} from "../errors.js";
import type { EvoVoiceOptions } from "../types.js";
import { retryDelayMs } from "./retry-policy.js";
import { assertSafeTarget } from "./target.js";

/** Per-call overrides of the client's policy, and the call's signal if it is not the request's. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}

/** What a failed fetch may carry; anything at all can be thrown. */
type Failure = { cause?: unknown; code?: unknown; message?: unknown } | undefined;

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
    assertSafeTarget(request.url, credentials, options);
    // One controller for the whole call: whatever aborts it (the caller, or a timeout, which is never
    // retried) ends the call. The caller's abort reaches it as "may have been delivered"; the check at
    // the top of the loop says otherwise for an abort before the first attempt or during a retry wait.
    const { signal = request.signal } = call;
    const controller = new AbortController();
    const abort = () => controller.abort(new ConnectionError("Aborted", true, { cause: signal.reason }));
    signal.addEventListener("abort", abort);
    try {
      for (let attempt = 0; ; attempt++) {
        // Any earlier attempt was refused unprocessed (429, 503, connection refused): nothing was delivered.
        if (signal.aborted) throw new ConnectionError("Aborted", false, { cause: signal.reason });
        // Clamped to about 23 days: setTimeout fires at once for anything above 2^31-1 ms (e.g. Infinity).
        const timer = setTimeout(
          () => controller.abort(new TimeoutError(`Timed out after ${timeoutMs} ms`, true)),
          Math.min(timeoutMs, 2e9),
        ) as { unref?: () => void };
        // The open request keeps the process alive while it matters; its timer never should.
        timer.unref?.();
        let delay: number | undefined;
        try {
          // Each attempt sends a copy of the request, so that a retry has the body too. The signal rides
          // on the Request and, again, in init: undici links a Request's signal to its source only weakly,
          // so after a garbage collection an abort could miss a Request made from a Request; a signal in
          // init reaches fetch's own Request directly. Called unbound: a browser's fetch throws "Illegal
          // invocation" when called as a method.
          const response = await (options.fetch ?? fetch)(
            new Request(request.clone(), { signal: controller.signal }),
            { signal: controller.signal },
          );
          // Read in full within the timeout; openapi-fetch then reads the original, already buffered.
          const text = await response.clone().text();
          let parsed: unknown;
          // The parse failure, as the options of the error that carries it.
          let invalid: ErrorOptions | undefined;
          try {
            // A server or proxy that echoes the Authorization header must not put it into an error. (What
            // openapi-fetch hands the caller is the untouched original.)
            parsed = text && JSON.parse(credentials ? text.replaceAll(credentials, "[redacted]") : text);
          } catch (cause) {
            invalid = { cause };
          }
          if (!response.ok) {
            const { status } = response;
            // An HTML 502 page still gives an ApiError, with the parse failure as its cause.
            const responseStatus = (parsed as { responseStatus?: ResponseStatus } | undefined)
              ?.responseStatus;
            throw new (BY_STATUS[status] ?? (status > 499 ? InternalServerError : ApiError))(
              status,
              responseStatus?.errorCode ? responseStatus : undefined,
              Object.fromEntries(response.headers),
              invalid,
            );
          }
          // Every success body of this API is JSON (JSONP via `?callback=` is not supported here).
          if (invalid) throw new EvoVoiceError(`Invalid JSON in a ${response.status} answer`, invalid);
          return response;
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
          delay = attempt < maxRetries && !signal.aborted ? retryDelayMs(error, attempt) : undefined;
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
      signal.removeEventListener("abort", abort);
    }
  };
}
