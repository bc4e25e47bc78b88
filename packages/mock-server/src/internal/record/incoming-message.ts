import type { IncomingMessageInput, MessageInfo, RecordedMessage } from "../../records.js";
import type { MockService } from "../mock-service.js";
import { conversationId, messageInfo } from "./message-info.js";

/**
 * Records a message that came in to an endpoint (what `receive()` does), as if the phone had
 * replied: `direction: "Incoming"`, `isUnread: true`, from `fromAddress`. Throws for input an
 * incoming message could not have.
 */
export function recordIncomingMessage(service: MockService, input: IncomingMessageInput): MessageInfo {
  const { endpointId, fromAddress, text, accountId } = input ?? {};
  for (const [name, value] of Object.entries({ endpointId, fromAddress })) {
    if (typeof value !== "string" || value === "")
      throw new TypeError(`receive(): ${name} must be a non-empty string.`);
  }
  if (text !== undefined && typeof text !== "string")
    throw new TypeError("receive(): text must be a string.");
  const endpoint = service.directory.receivingEndpoint(endpointId);
  if (!endpoint)
    throw new RangeError(`receive(): endpoint ${endpointId} is not one of the configured endpoints.`);
  const response = messageInfo({
    id: service.nextId(),
    accountId: accountId ?? latestAccount(service, conversationId({ endpointId, otherAddress: fromAddress })),
    customerId: endpoint.customerId,
    endpoint,
    direction: "Incoming",
    otherAddress: fromAddress,
    text,
  });
  const request: IncomingMessageInput = { endpointId, fromAddress };
  if (text !== undefined) request.text = text;
  if (accountId !== undefined) request.accountId = accountId;
  service.record({ route: "receive", request, response });
  return response;
}

/** An incoming message lands in the account of the conversation it answers. */
function latestAccount(service: MockService, conversation: string): string {
  const messages = service.messages.items;
  for (let i = messages.length - 1; i >= 0; i--) {
    const { response } = messages[i] as RecordedMessage;
    if (conversationId(response) === conversation) return response.accountId;
  }
  return "mock-account";
}
