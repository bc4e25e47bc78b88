import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { createCore } from "./internal/core.js";
import { readOptions } from "./internal/options.js";
import { Conversations } from "./resources/conversations.js";
import { Messages } from "./resources/messages.js";
import type { EvoVoiceOptions } from "./types.js";

// The spec also documents JSONP (`?callback=`) answers as application/javascript; the SDK reads JSON only,
// so `data` is typed as the JSON body instead of a union with a string.
type JsonOnly = "application/json";

const VERBS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * The Evo Voice messaging client. Options are read and checked once, here: a bad one throws a
 * `RequestValidationError` naming it, and changing the options object later changes nothing.
 * @example
 * const evo = new EvoVoice({ apiKey: "…" });
 * const sent = await evo.messages.send({ sessionId: "S1", body: "Hello" });
 */
export class EvoVoice {
  /** Send texts; read messages and replies page by page. */
  readonly messages: Messages;
  /** Conversations with their latest message. */
  readonly conversations: Conversations;
  /**
   * The typed openapi-fetch client, for anything the resources do not cover. Same core as they use:
   * credentials, timeout, retries, middleware, and typed errors — a non-2xx answer or a failure is
   * thrown, so a call resolves only with `data` and never with `error`.
   */
  readonly api: Client<paths, JsonOnly>;
  /**
   * Adds openapi-fetch middleware (`onRequest`, `onResponse`, `onError`) to every operation, sends
   * included. It runs once per attempt, so a retried call passes through it again.
   * @example
   * evo.use({ onRequest({ request }) { request.headers.set("x-trace-id", crypto.randomUUID()); } });
   */
  readonly use: (...middleware: Middleware[]) => void;
  /** Removes middleware added with `use`. */
  readonly eject: (...middleware: Middleware[]) => void;

  constructor(options: EvoVoiceOptions = {}) {
    // Credentials ride in closures, not on this instance, so logging the client cannot print them.
    const core = createCore(readOptions(options));
    this.use = core.use;
    this.eject = core.eject;
    const api: Record<string, unknown> = {
      request: (method: string, route: string, init = {}) => core.call(method.toUpperCase(), route, init),
      use: core.use,
      eject: core.eject,
    };
    for (const verb of VERBS) api[verb] = (route: string, init = {}) => core.call(verb, route, init);
    this.api = api as unknown as Client<paths, JsonOnly>;
    this.messages = new Messages(core);
    this.conversations = new Conversations(core);
  }
}
