import { withControls } from "./internal/controls.js";
import { createMockService } from "./internal/mock-service.js";
import { answerWebRequest } from "./internal/web/answer-web-request.js";
import { parseBaseUrls, pathBelow } from "./internal/web/base-urls.js";
import type { MockControls } from "./mock-controls.js";
import type { MockOptions } from "./options.js";

/** Options of {@link createMockFetch}: the mock's behaviour, and which URLs it answers. */
export interface MockFetchOptions extends MockOptions {
  /**
   * Answer only under these base URLs (origin and path prefix), with the path below the base as the
   * route; any other URL fails like an unreachable host. @default every URL, routed by its path
   */
  baseUrl?: string | readonly string[];
}

/** A fetch function, called as the global one is. */
export type MockFetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The mock without a port: a fetch function and the mock's controls. */
export interface MockFetch extends MockControls {
  /**
   * Answers in process, as the HTTP server would. A dropped connection (a fault) rejects with a
   * `TypeError`, as a network failure does; an aborted signal rejects with its reason.
   */
  readonly fetch: MockFetchFunction;
}

/**
 * The mock as a standard fetch function: no server, no port, no `node:` imports, so it runs in
 * browsers, edge runtimes and parallel test workers. Takes the options of `startMockServer`.
 * @example
 * const mock = createMockFetch({ apiKeys: ["test-key"] });
 * const evo = new EvoVoice({ apiKey: "test-key", fetch: mock.fetch });
 * await evo.messages.send({ sessionId: "S1", body: "Hello" });
 * expect(mock.messages).toHaveLength(1);
 */
export function createMockFetch(options: MockFetchOptions = {}): MockFetch {
  const service = createMockService(options);
  const bases = options.baseUrl === undefined ? undefined : parseBaseUrls(options.baseUrl);
  const fetch: MockFetchFunction = async (input, init) => {
    // The Request fetch would build, which also throws where fetch would.
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const path = pathBelow(url, bases);
    // Codes as Node's fetch gives them, which tell a client whether the request can have been acted on.
    if (path === undefined) throw networkError("ENOTFOUND", `No mock answers at ${url.href} (see baseUrl).`);
    // An abort settles the fetch at once; the mock still handles the request, as a server would.
    const response = await untilAborted(answerWebRequest(service, request, path), request.signal);
    if (response.type === "error") throw networkError("ECONNRESET", "The mock dropped the connection.");
    Object.defineProperty(response, "url", { value: url.href });
    return response;
  };
  return withControls(service, { fetch });
}

function networkError(code: string, message: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) });
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
