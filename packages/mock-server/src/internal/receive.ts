import type { IncomingMessageInput, MessageInfo } from "../records.js";
import type { Core } from "./core.js";
import { conversationId } from "./record/entry.js";
import { messageInfo } from "./record/message-info.js";

const DEFAULT_ACCOUNT = "mock-account";

/**
 * Records a message that came in to an endpoint, as if the phone had replied: `direction: "Incoming"`,
 * `isUnread: true`, from `fromAddress`. Throws for input a real reply could not have.
 */
export function receive(core: Core, input: IncomingMessageInput): MessageInfo {
  const { endpointId, fromAddress, text, accountId } = input ?? {};
  for (const [name, value] of Object.entries({ endpointId, fromAddress })) {
    if (typeof value !== "string" || value === "")
      throw new TypeError(`receive(): ${name} must be a non-empty string.`);
  }
  if (text !== undefined && typeof text !== "string")
    throw new TypeError("receive(): text must be a string.");
  const endpoint = core.directory.receivingEndpoint(endpointId);
  if (!endpoint)
    throw new RangeError(`receive(): endpoint ${endpointId} is not one of the configured endpoints.`);
  const response = messageInfo({
    id: core.nextId(),
    accountId: accountId ?? latestAccount(core, conversationId(endpointId, fromAddress)) ?? DEFAULT_ACCOUNT,
    customerId: endpoint.customerId,
    endpoint,
    direction: "Incoming",
    otherAddress: fromAddress,
    text,
  });
  const request: IncomingMessageInput = { endpointId, fromAddress };
  if (text !== undefined) request.text = text;
  if (accountId !== undefined) request.accountId = accountId;
  core.record({ route: "receive", request, response });
  return response;
}

/** A reply lands in the account of the conversation it answers. */
function latestAccount(core: Core, conversation: string): string | undefined {
  for (let i = core.store.size - 1; i >= 0; i--) {
    const entry = core.store.at(i);
    if (entry.conversationId === conversation) return entry.record.response.accountId;
  }
  return undefined;
}
