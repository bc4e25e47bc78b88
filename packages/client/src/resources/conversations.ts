import { type APIPromise, apiPromise } from "../api-promise.js";
import { queryFields } from "../generated/fields.js";
import type { operations } from "../generated/openapi.js";
import { checkQuery, jsonQueryRules } from "../internal/query.js";
import type { Api } from "../internal/request-core.js";
import type { ConversationInfo, ListConversationsQuery, RequestOptions } from "../types.js";

/** The query as sent: checked, the date a string. */
type Checked = NonNullable<operations["listConversations"]["parameters"]["query"]>;

// ListConversations' filters (it has no paging), as the spec has them.
const CONVERSATION_RULES = jsonQueryRules(queryFields.listConversations, "conversations.list");

/** `evo.conversations`: who your endpoints talk to, each with the latest message. */
export class Conversations {
  constructor(private readonly api: Api) {}

  /**
   * Lists conversations (one answer, no paging), each with its most recent message.
   * @example
   * for (const c of await evo.conversations.list({ endpointIds: ["E1"] })) console.log(c.otherAddress);
   */
  list(query?: ListConversationsQuery, options?: RequestOptions): APIPromise<ConversationInfo[]> {
    let checked: Checked;
    try {
      checked = checkQuery(query, CONVERSATION_RULES);
    } catch (invalid) {
      return apiPromise(Promise.reject(invalid));
    }
    return apiPromise(
      this.api
        .GET("/conversations", { params: { query: checked } }, options)
        .then(({ data, response }) => ({ data: data.conversations ?? [], response })),
    );
  }
}
