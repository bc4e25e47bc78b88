import createClient, { type Client, mergeHeaders, removeTrailingSlash } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { env } from "./internal/env.js";
import { createPolicyFetch } from "./internal/policy-fetch.js";
import { readAnswer } from "./internal/read-answer.js";
import { assertSafeTarget } from "./internal/target.js";
import { serializePath } from "./internal/validate.js";
import { withPolicy } from "./internal/with-policy.js";
import type { Messages } from "./messages.js";
import type { EvoVoiceOptions, MessageInfo } from "./types.js";

// The spec also documents JSONP (`?callback=`) answers as application/javascript; the SDK reads JSON only,
// so `data` is typed as the JSON body instead of a union with a string.
type JsonOnly = "application/json";

/**
 * The Evo Voice messaging client.
 * @example
 * const evo = new EvoVoice({ apiKey: "…" });
 * const sent = await evo.messages.send({ sessionId: "S1", body: "Hello" });
 */
export class EvoVoice {
  /** Send text messages. */
  declare readonly messages: Messages;
  /**
   * The typed openapi-fetch client, for anything `messages` does not cover. Same credentials, timeout,
   * retries and errors as `messages.send`: a non-2xx answer or a failure is thrown as the same typed
   * error, so a call resolves only with `data` and never with `error`.
   */
  declare readonly api: Client<paths, JsonOnly>;

  constructor(options: EvoVoiceOptions = {}) {
    const { basicAuth } = options;
    const apiKey = options.apiKey ?? (!basicAuth && env("EVOVOICE_API_KEY"));
    // An empty variable counts as unset (an empty EVOVOICE_API_KEY sends no credentials either).
    // Without a trailing slash, as openapi-fetch prefixes evo.api's routes.
    const baseUrl = removeTrailingSlash(
      options.baseUrl ?? (env("EVOVOICE_BASE_URL") || "https://evovoice.io"),
    );
    // The credential part of Authorization, redacted from errors. Basic credentials are UTF-8 encoded
    // first: btoa alone throws on characters beyond Latin-1.
    const credentials =
      apiKey ||
      (basicAuth && btoa(unescape(encodeURIComponent(`${basicAuth.username}:${basicAuth.password}`))));
    const authorization = credentials && `${apiKey ? "Bearer" : "Basic"} ${credentials}`;
    assertSafeTarget(baseUrl, credentials, options);
    // The headers of every request, merged once by openapi-fetch's own merge (names in any case; an
    // undefined value left out). The JSON content type goes on evo.api's requests too: every operation
    // of this API takes a JSON body.
    const headers = Object.fromEntries(
      mergeHeaders({ "content-type": "application/json" }, options.headers, { authorization }),
    );
    // Credentials ride in closures, not on this instance, so logging the client cannot print them.
    this.api = createClient<paths, JsonOnly>({
      baseUrl,
      headers,
      // openapi-fetch calls it with the Request alone (its second argument, requestInitExt, is never set here).
      fetch: createPolicyFetch(options, credentials),
      pathSerializer: serializePath,
    });
    this.messages = {
      // Sent with fetch directly, not through openapi-fetch: openapi-fetch builds a Request that fetch
      // then builds again, and each attempt copied it once more, so a send cost about 5x a hand-written
      // fetch (npm run bench -- overhead); now about 1x. The route, body and headers are those
      // evo.api.POST sends; the contract tests hold both to the spec.
      send: async (input, call = {}) => {
        // Only the fields of one addressing are checked and sent; anything else in `input` is left out.
        const { sessionId, endpointId, toAddress, body } = (input ?? {}) as Record<string, unknown>;
        const bySession = sessionId !== undefined;
        // The body of either route: JSON.stringify drops the fields the session route does not take
        // (they are undefined: mixed addressing is refused below).
        const fields = { endpointId, toAddress, body };
        // The route with its id checked and percent-encoded by the same path serializer as evo.api's,
        // which lists every problem of the fields (and mixed addressing) in one error before anything is sent.
        const url =
          baseUrl +
          serializePath(
            bySession ? "/sessions/{sessionId}/messages" : "/messages",
            bySession ? { sessionId, body } : fields,
            bySession && (endpointId ?? toAddress) !== undefined
              ? [{ field: "input", message: "mixes sessionId with endpointId/toAddress" }]
              : [],
          );
        const json = JSON.stringify(fields);
        const data = await withPolicy(options, call, async (signal) =>
          // A string body can be sent again as it is, so a retry needs no copy. Called unbound: a
          // browser's fetch throws "Illegal invocation" when called as a method.
          readAnswer(
            await (options.fetch ?? fetch)(url, { method: "POST", headers, body: json, signal }),
            credentials,
          ),
        );
        // An empty 200 still means the message was accepted; MessageInfo has no required field.
        return (data ?? {}) as MessageInfo;
      },
    };
  }
}
