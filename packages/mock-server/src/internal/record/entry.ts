import type { RecordedMessage } from "../../records.js";

/** A conversation is one endpoint and one other party; this is its ID, as the spec's example has it. */
export function conversationId(endpointId: string, otherAddress: string): string {
  return `${endpointId}:${otherAddress}`;
}

/**
 * One message in the record. What listing needs is computed when a list first needs it, then kept:
 * computed on the send path, it would be kept for every message, and the garbage collector copies
 * what is kept, which costs sends more than listing pays for it.
 */
export class Entry {
  private cachedJson: string | undefined;
  private cachedConversation: string | undefined;

  constructor(readonly record: RecordedMessage) {}

  /** The `MessageInfo` as JSON: a page of messages is these strings joined. */
  get json(): string {
    this.cachedJson ??= JSON.stringify(this.record.response);
    return this.cachedJson;
  }

  /** `endpointId:otherAddress`, the conversation it belongs to. */
  get conversationId(): string {
    const { endpointId, otherAddress } = this.record.response;
    this.cachedConversation ??= conversationId(endpointId, otherAddress);
    return this.cachedConversation;
  }
}
