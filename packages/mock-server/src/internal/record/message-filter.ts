import type { Entry } from "./entry.js";
import type { MessageStore } from "./message-store.js";
import type { Entries } from "./sequence.js";

/** What ListMessages and ListConversations filter by; a missing field does not filter. */
export interface MessageFilter {
  accountIds?: ReadonlySet<string>;
  customerIds?: ReadonlySet<string>;
  endpointIds?: ReadonlySet<string>;
  conversationIds?: ReadonlySet<string>;
  specificIds?: ReadonlySet<string>;
  /** Only messages dated strictly after this ISO 8601 instant (as `toISOString()` writes it). */
  after?: string;
}

/** Whether an entry passes every filter given. */
export function matches(entry: Entry, filter: MessageFilter): boolean {
  const message = entry.record.response;
  return (
    (!filter.accountIds || filter.accountIds.has(message.accountId)) &&
    (!filter.customerIds || filter.customerIds.has(message.customerId)) &&
    (!filter.endpointIds || filter.endpointIds.has(message.endpointId)) &&
    (!filter.conversationIds || filter.conversationIds.has(entry.conversationId)) &&
    (!filter.specificIds || filter.specificIds.has(message.id)) &&
    // The record's dates are all toISOString() output, so text order is time order.
    (filter.after === undefined || message.date > filter.after)
  );
}

/** Whether the filter filters at all. */
export function filtering(filter: MessageFilter): boolean {
  for (const name in filter) if (filter[name as keyof MessageFilter] !== undefined) return true;
  return false;
}

/**
 * Where the entries that can pass the filter are: one endpoint's entries when it names a single
 * endpoint (and what is left of the filter to check), else the whole record.
 */
export function entriesFor(
  store: MessageStore,
  filter: MessageFilter,
): { entries: Entries; rest: MessageFilter } {
  const endpoints = filter.endpointIds;
  if (endpoints?.size !== 1) return { entries: store, rest: filter };
  const [endpointId] = endpoints;
  const { endpointIds: _, ...rest } = filter;
  return { entries: store.ofEndpoint(endpointId as string), rest };
}
