import type { MessageDirection, MessageInfo } from "../../records.js";
import type { Endpoint } from "./directory.js";

/** The parts of a stored message that differ between a message sent and an incoming one. */
export interface MessageParts {
  id: string;
  accountId: string;
  customerId: string;
  endpoint: Endpoint;
  direction: MessageDirection;
  otherAddress: string;
  text: string | undefined;
}

/**
 * A stored message, every field set except `text` when there was none (nulls are left out). Sent
 * messages come from the endpoint's address and are read; incoming ones from the other party, unread.
 */
export function messageInfo(parts: MessageParts): MessageInfo {
  const { id, accountId, customerId, endpoint, direction, otherAddress, text } = parts;
  const incoming = direction === "Incoming";
  // In the vendor's field order, which is also the order of the JSON.
  return {
    id,
    accountId,
    customerId,
    endpointId: endpoint.id,
    endpointDisplayName: endpoint.displayName,
    date: new Date().toISOString(),
    direction,
    otherAddress,
    sender: incoming ? otherAddress : endpoint.address,
    ...(text === undefined ? {} : { text }),
    isUnread: incoming,
  };
}

/** A conversation is one endpoint and one other party; this is its ID, as the spec's example has it. */
export function conversationId(message: Pick<MessageInfo, "endpointId" | "otherAddress">): string {
  return `${message.endpointId}:${message.otherAddress}`;
}

/**
 * IDs shaped like the vendor's (24 hex digits, as MongoDB ObjectIds): a random prefix per mock, then a
 * counter. Math.random, not crypto: Node 18 has no global `crypto`, and these need only be distinct.
 */
export function messageIds(): () => string {
  const prefix = Array.from({ length: 12 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
  let counter = 0;
  return () => prefix + (++counter).toString(16).padStart(12, "0");
}
