import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { env } from "./internal/env.js";
import { createPolicyFetch } from "./internal/policy-fetch.js";
import { assertSafeTarget } from "./internal/target.js";
import { serializePath } from "./internal/validate.js";
import { type Messages, sendMessage } from "./messages.js";
import type { EvoVoiceOptions } from "./types.js";

// UTF-8 first: btoa alone throws on characters beyond Latin-1.
const base64 = (text: string) => btoa(unescape(encodeURIComponent(text)));

/**
 * The Evo Voice messaging client.
 * @example
 * const evo = new EvoVoice({ apiKey: "…" });
 * const sent = await evo.messages.send({ sessionId: "S1", body: "Hello" });
 */
export class EvoVoice {
  /** Send text messages. */
  readonly messages: Messages;
  /**
   * The typed openapi-fetch client, for anything `messages` does not cover. Same credentials, timeout,
   * retries and errors as `messages.send`: a non-2xx answer or a failure is thrown as the same typed
   * error, so a call resolves only with `data` and never with `error`.
   */
  readonly api: Client<paths>;

  constructor(options: EvoVoiceOptions = {}) {
    const { basicAuth } = options;
    const apiKey = options.apiKey ?? (basicAuth ? undefined : env("EVOVOICE_API_KEY"));
    const basic = basicAuth && base64(`${basicAuth.username}:${basicAuth.password}`);
    const authorization = apiKey ? `Bearer ${apiKey}` : basic && `Basic ${basic}`;
    const baseUrl = options.baseUrl ?? env("EVOVOICE_BASE_URL") ?? "https://evovoice.io";
    assertSafeTarget(baseUrl, !!authorization, options.allowInsecureHttp);
    const run = createPolicyFetch({ ...options });
    // Credentials ride in openapi-fetch's closure, not on this instance, so logging the client cannot print them.
    this.api = createClient<paths>({
      baseUrl,
      headers: { ...options.headers, authorization },
      fetch: (request) => run(request),
      pathSerializer: serializePath,
    });
    this.messages = { send: (input, sendOptions) => sendMessage(this.api, run, input, sendOptions) };
  }
}
