import createClient, { type Middleware } from "openapi-fetch";
import { EvoVoiceError } from "../errors.js";
import type { paths } from "../generated/openapi.js";
import type { RequestOptions } from "../types.js";
import { apiError, parseJson } from "./answer.js";
import { connectionError } from "./failure.js";
import { headerIssues, limitIssues, type Settings } from "./options.js";
import { assertSafeTarget } from "./target.js";
import { PlainRequest, send } from "./transport.js";
import { assertNoIssues, serializePath } from "./validate.js";
import { withPolicy } from "./with-policy.js";

/** What the core resolves with: the parsed body and the fetch Response it came in. */
export interface Result {
  data: unknown;
  response: Response;
}

/** The init of an openapi-fetch call, as far as the core looks into it. */
export type Init = Record<string, unknown> & { parseAs?: string; signal?: AbortSignal; baseUrl?: string };

/** The one request core: every operation, and every call of `evo.api`, goes through `call`. */
export interface Core {
  /**
   * Runs `method route` through openapi-fetch under the client's policy: credentials, timeout, retries
   * (by the operation's idempotency), typed errors, the body read once, the log.
   */
  call(method: string, route: string, init: Init, options?: RequestOptions): Promise<Result>;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}

type LooseRequest = (
  method: string,
  route: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export function createCore(settings: Settings): Core {
  const { credentials, log } = settings;
  const client = createClient<paths>({
    // fetchOptions ride in every init openapi-fetch builds (undici's dispatcher, Bun's proxy, …).
    ...settings.fetchOptions,
    baseUrl: settings.baseUrl,
    headers: settings.headers,
    // ServiceStack binds a List<string> from one comma-separated value.
    querySerializer: { array: { style: "form", explode: false } },
    pathSerializer: serializePath,
    // Set here once, not in every call's init: openapi-fetch copies an init twice per call.
    // A redirect could turn a POST into a GET, or carry credentials elsewhere: it is an error.
    redirect: "manual",
    // Without middleware openapi-fetch builds a PlainRequest (transport.ts); a call with middleware
    // registered asks for real Requests, as middleware expects.
    Request: PlainRequest as unknown as typeof Request,
  });
  const request = client.request as unknown as LooseRequest;
  let middlewareCount = 0;
  const registered = new Set<Middleware>();

  return {
    use(...middleware) {
      client.use(...middleware);
      for (const m of middleware) if (m) registered.add(m);
      middlewareCount = registered.size;
    },
    eject(...middleware) {
      client.eject(...middleware);
      for (const m of middleware) registered.delete(m);
      middlewareCount = registered.size;
    },
    async call(method, route, init, options = {}) {
      const { parseAs = "json", signal = options.signal, headers = options.headers } = init;
      const { timeoutMs = settings.timeoutMs, maxRetries = settings.maxRetries } = options;
      // The client's own settings were checked when it was made; only what this call brings is checked here.
      if (headers || options.timeoutMs !== undefined || options.maxRetries !== undefined)
        assertNoIssues([
          ...headerIssues(headers as Record<string, unknown> | undefined),
          ...limitIssues(timeoutMs, maxRetries),
        ]);
      // evo.api accepts a per-call baseUrl: the credentials are guarded there too.
      if (init.baseUrl) assertSafeTarget(init.baseUrl, credentials, settings.allowInsecureHttp);
      // The JSON of this API is parsed here, from text: a body that is not JSON is an EvoVoiceError whose
      // cause quotes it with the credentials redacted, not a SyntaxError from inside openapi-fetch.
      const json = parseAs === "json";
      const policy = {
        signal,
        timeoutMs,
        maxRetries,
        // In this API every verb but GET on /messages may send a message; only reads are repeated freely.
        idempotent: method === "GET" || method === "HEAD" || method === "OPTIONS",
        log,
        method,
        route,
      };
      let target: string | undefined;
      // The init of one attempt's openapi-fetch call, as few properties as will do: openapi-fetch copies
      // it twice (a spread and a rest), and a send's CPU time grows with every property.
      const attemptInit = (from: Init, attemptSignal: AbortSignal) => {
        const built: Record<string, unknown> = {
          params: from.params,
          signal: attemptSignal,
          parseAs: json ? "text" : parseAs,
          fetch: (request: PlainRequest | Request) => {
            target = request.url;
            return send(settings.fetch, request, settings.fetchOptions, attemptSignal);
          },
        };
        if (from.body !== undefined) built.body = from.body;
        if (headers) built.headers = headers;
        if (middlewareCount) built.Request = Request;
        // Whatever else an evo.api call passes (querySerializer, cache, …) goes through as given; the
        // client's redirect and Request are not the call's to change.
        for (const key in from)
          if (!(key in built) && key !== "redirect" && key !== "Request") built[key] = from[key];
        return built;
      };
      return withPolicy(policy, async (attemptSignal) => {
        target = undefined;
        try {
          const { data, error, response } = await request(method, route, attemptInit(init, attemptSignal));
          if (!response.ok) throw apiError(response, error, credentials);
          return {
            data: json ? parseJson(data as string | undefined, response.status, credentials) : data,
            response,
          };
        } catch (caught) {
          if (caught instanceof EvoVoiceError) throw caught;
          // A timeout or the caller's abort, whatever the fetch rejected with.
          if (attemptSignal.aborted) throw attemptSignal.reason;
          // Before fetch was called (an onRequest middleware threw, say) nothing was sent: the error is
          // the caller's own. After, it is the connection's (a reset while the body was read, say).
          throw target === undefined ? caught : connectionError(caught, target, credentials);
        }
      });
    },
  };
}
