import type { MessageDirection, MessageInfo } from "../../records.js";
import { isoNow } from "./dates.js";
import type { Endpoint } from "./directory.js";

/** The parts of a stored message that differ between a message sent and one received. */
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
 * messages come from the endpoint's address and are read; received ones from the other party, unread.
 */
export function messageInfo(parts: MessageParts): MessageInfo {
  const { id, accountId, customerId, endpoint, direction, otherAddress, text } = parts;
  const incoming = direction === "Incoming";
  // Built in the vendor's field order, which is also the order of the JSON.
  return {
    id,
    accountId,
    customerId,
    endpointId: endpoint.id,
    endpointDisplayName: endpoint.displayName,
    date: isoNow(),
    direction,
    otherAddress,
    sender: incoming ? otherAddress : endpoint.address,
    ...(text === undefined ? {} : { text }),
    isUnread: incoming,
  };
}

/** IDs shaped like the vendor's (24 hex digits, as MongoDB ObjectIds): a per-mock prefix and a counter. */
export function messageIds(): () => string {
  const random = crypto.getRandomValues(new Uint8Array(6));
  const prefix = Array.from(random, (byte) => byte.toString(16).padStart(2, "0")).join("");
  let counter = 0;
  return () => prefix + (++counter).toString(16).padStart(12, "0");
}
