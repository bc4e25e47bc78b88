import createClient, {
  createQuerySerializer,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from "openapi-fetch";
import type { WithResponse } from "../api-promise.js";
import { EvoVoiceError } from "../errors.js";
import type { paths } from "../generated/openapi.js";
import type { RequestOptions } from "../types.js";
import { apiError, invalidJson } from "./answer.js";
import { connectionError } from "./failure.js";
import { checkCallOptions, type Settings } from "./options.js";
import { assertSafeTarget } from "./target.js";
import { PlainRequest, send } from "./transport.js";
import { assertNoIssues, fieldIssues } from "./validate.js";
import { withPolicy } from "./with-policy.js";

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

// A call without options, read without making an object for it.
const NO_OPTIONS: RequestOptions = Object.freeze({});

/** The routes of the spec that take `method`. */
export type Route<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

// The spec also documents JSONP (`?callback=`) answers as application/javascript; the SDK reads JSON only.
type JsonOnly = "application/json";

/**
 * The data of a 2xx answer, as openapi-fetch types it (its error branch's `data` is `undefined`, and
 * never reaches the caller: the core throws it, and gives an empty 2xx as `{}`).
 */
type Data<Operation extends Record<string | number, unknown>, Init> = NonNullable<
  FetchResponse<Operation, Init, JsonOnly>["data"]
>;

/** openapi-fetch's init (required when the route has required parameters or a body), then this call's options. */
// biome-ignore lint/complexity/noBannedTypes: `{}` extends Init exactly when every key of Init is optional.
type Args<Init> = {} extends Init
  ? [init?: Init & Record<string, unknown>, options?: RequestOptions]
  : [init: Init & Record<string, unknown>, options?: RequestOptions];

/**
 * One verb of the client: openapi-fetch's typed call of a route of the spec (its `params`, `body` and
 * any other init), run under the client's policy. It resolves only with the data of a 2xx answer; any
 * other answer, and any failure, is thrown as an `EvoVoiceError`.
 */
export type ApiMethod<M extends Method> = <P extends Route<M>, Init extends MaybeOptionalInit<paths[P], M>>(
  route: P,
  ...args: Args<Init>
) => Promise<WithResponse<Data<paths[P][M] & Record<string | number, unknown>, Init>>>;

/** `evo.api`: every verb, typed by the spec, and the middleware of every operation. */
export type Api = { [M in Method as Uppercase<M>]: ApiMethod<M> } & {
  /** Adds openapi-fetch middleware to every operation, sends included; it runs once per attempt. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
};

/**
 * A verb of the openapi-fetch client as the core calls it. The route and init were typed by the spec
 * where the call was written (ApiMethod); here one function forwards every route of every verb.
 */
type Untyped = (
  route: string,
  init: Record<string, unknown>,
) => Promise<FetchResponse<never, unknown, JsonOnly>>;

/** The init of a call as the core looks into it. */
type Init = Record<string, unknown> & {
  params?: { path?: Record<string, unknown> };
  headers?: Record<string, string>;
  signal?: AbortSignal;
  baseUrl?: string;
};

/**
 * The one request core: every operation, and every call of `evo.api`, is an openapi-fetch call run by
 * `api` under the client's policy: credentials, timeout, retries by the operation's idempotency, typed
 * errors, the body read once, the log.
 */
export function createRequestCore(settings: Settings): Api {
  const { credentials, log } = settings;
  const client = createClient<paths, JsonOnly>({
    // fetchOptions ride in every init openapi-fetch builds (undici's dispatcher, Bun's proxy, …).
    ...settings.fetchOptions,
    baseUrl: settings.baseUrl,
    headers: settings.headers,
    // ServiceStack binds a List<string> from one comma-separated value. Made once here: given as
    // options, openapi-fetch would make a serializer on every call.
    querySerializer: createQuerySerializer({ array: { style: "form", explode: false } }),
    // A redirect could turn a POST into a GET, or carry credentials elsewhere: it is an error.
    redirect: "manual",
    // Without middleware openapi-fetch builds a PlainRequest (transport.ts); a call with middleware
    // registered asks for real Requests, as middleware expects.
    Request: PlainRequest as unknown as typeof Request,
  });
  // What is registered, so that a call knows whether it needs real Requests.
  const registered = new Set<Middleware>();

  /** One call: checked, then run under the policy. Throws what it refuses before sending. */
  const run = (
    method: (typeof METHODS)[number],
    route: string,
    init: Init = {},
    options?: RequestOptions,
  ) => {
    const {
      signal = init.signal,
      timeoutMs = settings.timeoutMs,
      maxRetries = settings.maxRetries,
      headers: callHeaders,
    } = options ?? NO_OPTIONS;
    // The client's own settings were checked when it was made; only what this call brings is checked here.
    if (options) checkCallOptions(options, timeoutMs, maxRetries);
    // The path parameters go through openapi-fetch's serializer, which encodes but keeps `.` and `..`:
    // in a URL they would change the route.
    if (init.params?.path) assertNoIssues(fieldIssues(init.params.path));
    // evo.api accepts a per-call baseUrl: the credentials are guarded there too.
    if (init.baseUrl) assertSafeTarget(init.baseUrl, credentials, settings.allowInsecureHttp);
    const origin = init.baseUrl ? new URL(init.baseUrl).origin : settings.origin;
    const headers = callHeaders ? { ...init.headers, ...callHeaders } : init.headers;
    const policy = {
      signal,
      timeoutMs,
      maxRetries,
      // In this API every verb but GET on /messages may send a message; only reads are repeated freely.
      idempotent: method === "GET" || method === "HEAD" || method === "OPTIONS",
      log,
      method,
      origin,
      route,
    };
    return withPolicy(policy, async (attemptSignal) => {
      let sent = false;
      try {
        // As few keys as will do: openapi-fetch copies the init twice per call.
        const attemptInit: Record<string, unknown> = {
          ...init,
          signal: attemptSignal,
          fetch: (request: PlainRequest | Request) => {
            sent = true;
            return send(settings.fetch, request, settings.fetchOptions, attemptSignal);
          },
        };
        if (headers) attemptInit.headers = headers;
        // The client's redirect and Request are not an evo.api call's to change.
        if ("redirect" in init) attemptInit.redirect = "manual";
        if (registered.size || "Request" in init)
          attemptInit.Request = registered.size ? Request : PlainRequest;
        const { data, error, response } = await (client[method] as Untyped)(route, attemptInit);
        if (error !== undefined || !response.ok) throw apiError(response, error, credentials);
        // An empty 2xx (no operation of this API answers one) is an empty object, as its type says.
        return { data: data ?? {}, response };
      } catch (caught) {
        if (caught instanceof EvoVoiceError) throw caught;
        // A timeout or the caller's abort, whatever the fetch rejected with.
        if (attemptSignal.aborted) throw attemptSignal.reason;
        // openapi-fetch's reading of a 2xx answer's JSON failed: the answer came, and was not JSON.
        if (sent && caught instanceof SyntaxError) throw invalidJson(caught, credentials);
        // Before fetch was called (an onRequest middleware threw, say) nothing was sent: the error is
        // the caller's own. After, it is the connection's (a reset while the body was read, say).
        throw sent ? connectionError(caught, origin, credentials) : caught;
      }
    });
  };

  // Not async, which would add a promise to every call; what `run` refuses before sending still
  // rejects, like any other failure.
  const call =
    (method: (typeof METHODS)[number]) => (route: string, init?: Init, options?: RequestOptions) => {
      try {
        return run(method, route, init, options);
      } catch (refused) {
        return Promise.reject(refused);
      }
    };

  const api = {
    use(...middleware: Middleware[]) {
      client.use(...middleware);
      for (const m of middleware) if (m) registered.add(m);
    },
    eject(...middleware: Middleware[]) {
      client.eject(...middleware);
      for (const m of middleware) registered.delete(m);
    },
  } as Api;
  for (const method of METHODS) (api as Record<string, unknown>)[method] = call(method);
  return api;
}
