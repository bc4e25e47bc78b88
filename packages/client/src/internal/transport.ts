import type { FetchLike } from "../types.js";

/**
 * What openapi-fetch builds (through its `Request` option) when no middleware needs a real Request: the
 * URL and init, kept as they are. fetch then builds the one Request of the attempt from them, instead of
 * copying one that openapi-fetch built (which cost about as much as the rest of a call together).
 */
export class PlainRequest {
  readonly method: string;
  constructor(
    readonly url: string,
    readonly init: RequestInit & { method: string },
  ) {
    this.method = init.method;
  }
}

/**
 * Sends what openapi-fetch built. A real Request (middleware registered) goes with the client's
 * `fetchOptions` and the attempt's signal in init, which reaches fetch's own Request directly (undici
 * links a signal carried by a Request only weakly, and a garbage collection could lose an abort).
 * Called unbound: a browser's fetch throws "Illegal invocation" when called as a method.
 */
export function send(
  fetchImpl: FetchLike | undefined,
  request: PlainRequest | Request,
  fetchOptions: Record<string, unknown>,
  signal: AbortSignal,
): Promise<Response> {
  const doFetch = fetchImpl ?? fetch;
  return request instanceof PlainRequest
    ? doFetch(request.url, request.init)
    : doFetch(request, { ...fetchOptions, signal });
}
