import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { env } from "./internal/env.js";
import { createPolicyFetch } from "./internal/policy-fetch.js";
import { assertSafeTarget } from "./internal/target.js";
import { serializePath } from "./internal/validate.js";
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
    const baseUrl = options.baseUrl ?? (env("EVOVOICE_BASE_URL") || "https://evovoice.io");
    // Basic credentials are UTF-8 encoded first: btoa alone throws on characters beyond Latin-1.
    const authorization = apiKey
      ? `Bearer ${apiKey}`
      : basicAuth &&
        `Basic ${btoa(unescape(encodeURIComponent(`${basicAuth.username}:${basicAuth.password}`)))}`;
    assertSafeTarget(baseUrl, authorization, options);
    const run = createPolicyFetch({ ...options });
    // Credentials ride in openapi-fetch's closure, not on this instance, so logging the client cannot print them.
    this.api = createClient<paths, JsonOnly>({
      baseUrl,
      headers: { ...options.headers, authorization },
      // openapi-fetch calls it with the Request alone (its second argument, requestInitExt, is never set here).
      fetch: run,
      pathSerializer: serializePath,
    });
    this.messages = {
      send: async (input, call) => {
        // Only the fields of one addressing are checked and sent; anything else in `input` is left out.
        const { sessionId, endpointId, toAddress, body } = (input ?? {}) as Record<string, unknown>;
        const bySession = sessionId !== undefined;
        const fields = bySession ? { sessionId, body } : { endpointId, toAddress, body };
        // The route with its id checked and percent-encoded: the same path serializer as evo.api's, which
        // lists every problem of the fields (and mixed addressing) in one error before anything is sent.
        const path = serializePath(
          bySession ? "/sessions/{sessionId}/messages" : "/messages",
          fields,
          bySession && (endpointId ?? toAddress) !== undefined
            ? [{ field: "input", message: "mixes sessionId with endpointId/toAddress" }]
            : [],
        );
        // JSON.stringify drops the body fields a route does not take (they are undefined).
        const { data } = await this.api.POST(path as "/messages", {
          body: { endpointId, toAddress, body } as { endpointId: string; toAddress: string },
          // The call's own fetch carries its signal, timeout and retry settings through openapi-fetch.
          fetch: (request: Request) => run(request, call),
        });
        // An empty 200 still means the message was accepted; MessageInfo has no required field.
        return (data ?? {}) as MessageInfo;
      },
    };
  }
}
