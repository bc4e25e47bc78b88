import { entriesFor, type MessageFilter, matches } from "./message-filter.js";
import type { MessageStore } from "./message-store.js";

/**
 * `ListConversationsResponse` as JSON: one conversation per endpoint and other party among the
 * messages that pass the filter, each with the most recent of them, most recent conversation first.
 */
export function listConversations(store: MessageStore, filter: MessageFilter): string {
  const { entries, rest } = entriesFor(store, filter);
  const seen = new Set<string>();
  const conversations: string[] = [];
  for (let i = entries.size - 1; i >= 0; i--) {
    const entry = entries.at(i);
    if (seen.has(entry.conversationId) || !matches(entry, rest)) continue;
    seen.add(entry.conversationId);
    const { endpointId, otherAddress } = entry.record.response;
    conversations.push(
      `{"id":${JSON.stringify(entry.conversationId)},"endpointId":${JSON.stringify(endpointId)},` +
        `"otherAddress":${JSON.stringify(otherAddress)},"mostRecentMessage":${entry.json}}`,
    );
  }
  return `{"conversations":[${conversations.join(",")}]}`;
}
