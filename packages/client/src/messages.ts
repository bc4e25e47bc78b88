import type { Client } from "openapi-fetch";
import { RequestValidationError } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import type { PolicyFetch } from "./internal/policy-fetch.js";
import { checkSendInput } from "./internal/validate.js";
import type { MessageInfo, SendMessageInput, SendOptions } from "./types.js";

/** `evo.messages`. */
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

export async function sendMessage(
  api: Client<paths>,
  run: PolicyFetch,
  input: SendMessageInput,
  options: SendOptions = {},
): Promise<MessageInfo> {
  const issues = checkSendInput(input);
  if (issues.length) throw new RequestValidationError(issues);
  // The call's own fetch carries its timeout and retry settings through openapi-fetch.
  const init = { fetch: (request: Request) => run(request, options), signal: options.signal ?? null };
  const { sessionId, endpointId, toAddress, body } = input as Record<string, string>;
  // One call for both routes: JSON.stringify drops the fields a route does not take (they are undefined).
  const { data } = await api.POST(
    (sessionId ? "/sessions/{sessionId}/messages" : "/messages") as "/messages",
    {
      ...init,
      params: (sessionId ? { path: { sessionId } } : {}) as object,
      body: { endpointId, toAddress, body } as { endpointId: string; toAddress: string },
    },
  );
  // An empty 200 still means the message was accepted; MessageInfo has no required field.
  return (data ?? {}) as MessageInfo;
}
