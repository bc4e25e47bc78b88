import type { MessageInfo, SendMessageInput, SendOptions } from "./types.js";

/** `evo.messages`; `new EvoVoice()` builds it on the client's `api`. */
export interface Messages {
  /**
   * Sends one text message, at most once: it is resent only when the server provably did not act on it.
   * Input is checked first; a `RequestValidationError` lists every problem and nothing is sent.
   * @example
   * await evo.messages.send({ sessionId: "S1", body: "Hello" });
   * await evo.messages.send({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" });
   */
  send(input: SendMessageInput, options?: SendOptions): Promise<MessageInfo>;
}
