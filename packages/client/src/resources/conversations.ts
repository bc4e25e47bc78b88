import { type APIPromise, apiPromise } from "../api-promise.js";
import type { Core } from "../internal/core.js";
import { checkQuery, type QueryFields } from "../internal/query.js";
import type { ConversationInfo, ListConversationsQuery, RequestOptions } from "../types.js";

// ListConversations' filters (it has no paging).
const CONVERSATION_FIELDS: QueryFields = {
  accountIds: "ids",
  endpointIds: "ids",
  customerIds: "ids",
  afterDate: "date",
};

/** `evo.conversations`: who your endpoints talk to, each with the latest message. */
export class Conversations {
  constructor(private readonly core: Core) {}

  /**
   * Lists conversations (one answer, no paging), each with its most recent message.
   * @example
   * for (const c of await evo.conversations.list({ endpointIds: ["E1"] })) console.log(c.otherAddress);
   */
  list(query?: ListConversationsQuery, options?: RequestOptions): APIPromise<ConversationInfo[]> {
    return apiPromise(
      (async () => {
        const checked = checkQuery(query, CONVERSATION_FIELDS);
        const { data, response } = await this.core.call(
          "GET",
          "/conversations",
          { params: { query: checked } },
          options,
        );
        return {
          data: (data as { conversations?: ConversationInfo[] } | undefined)?.conversations ?? [],
          response,
        };
      })(),
    );
  }
}
