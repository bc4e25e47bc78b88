import type { Middleware } from "openapi-fetch";
import { readOptions } from "./internal/options.js";
import { type Api, createRequestCore } from "./internal/request-core.js";
import { Conversations } from "./resources/conversations.js";
import { Messages } from "./resources/messages.js";
import type { EvoVoiceOptions } from "./types.js";

/**
 * The Evo Voice messaging client. Options are read and checked once, here: a bad or unknown one throws
 * a `RequestValidationError` naming it, and changing the options object later changes nothing.
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
   * The typed openapi-fetch client, for anything the resources do not cover: `evo.api.GET("/messages",
   * { params: { query } }, { timeoutMs })`. Same core as the resources: credentials, timeout, retries,
   * middleware and typed errors. A call resolves with `{ data, response }` of a 2xx answer; anything
   * else is thrown.
   */
  readonly api: Api;
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
    const api = createRequestCore(readOptions(options));
    this.api = api;
    this.use = api.use;
    this.eject = api.eject;
    this.messages = new Messages(api);
    this.conversations = new Conversations(api);
  }
}
