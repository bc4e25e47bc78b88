import { type APIPromise, apiPromise, type PagePromise, pagePromise } from "../api-promise.js";
import type { Core } from "../internal/core.js";
import { paginate } from "../internal/paginate.js";
import { checkQuery, type QueryFields } from "../internal/query.js";
import { assertNoIssues, fieldIssues } from "../internal/validate.js";
import type {
  ListMessagesQuery,
  MessageInfo,
  MessagePage,
  RequestOptions,
  SendMessageInput,
} from "../types.js";

// ListMessages' own filters and the paging fields it inherits from ServiceStack's ListRequest<T>.
const LIST_FIELDS: QueryFields = {
  accountIds: "ids",
  customerIds: "ids",
  endpointIds: "ids",
  conversationIds: "ids",
  afterDate: "date",
  page: "count",
  all: "flag",
  countPerPage: "count",
  specificIds: "ids",
  sortField: "text",
  sortOrder: "text",
  simplifiedPaging: "flag",
};

/** `evo.messages`: send texts, and read messages (replies included) page by page. */
export class Messages {
  constructor(private readonly core: Core) {}

  /**
   * Sends one text message, at most once: it is resent only when the server provably did not act on it.
   * Input is checked first; a `RequestValidationError` lists every problem and nothing is sent.
   * @example
   * await evo.messages.send({ sessionId: "S1", body: "Hello" });
   * await evo.messages.send({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" });
   */
  send(input: SendMessageInput, options?: RequestOptions): APIPromise<MessageInfo> {
    return apiPromise(
      (async () => {
        // Only the fields of one addressing are checked and sent; anything else in `input` is left out.
        const { sessionId, endpointId, toAddress, body } = (input ?? {}) as Record<string, unknown>;
        const bySession = sessionId !== undefined;
        const issues = fieldIssues(bySession ? { sessionId, body } : { endpointId, toAddress, body });
        if (bySession && (endpointId ?? toAddress) !== undefined)
          issues.push({ field: "input", message: "mixes sessionId with endpointId/toAddress" });
        assertNoIssues(issues);
        const { data, response } = await this.core.call(
          "POST",
          bySession ? "/sessions/{sessionId}/messages" : "/messages",
          // JSON.stringify leaves out what the session route does not take (undefined, as checked above).
          { params: bySession ? { path: { sessionId } } : {}, body: { endpointId, toAddress, body } },
          options,
        );
        // An empty 200 still means the message was accepted; MessageInfo has no required field.
        return { data: (data ?? {}) as MessageInfo, response };
      })(),
    );
  }

  /**
   * Lists messages. Awaited, it is one page (`items`, `totalCount`, `totalPages`, `hasMorePages`);
   * iterated with `for await`, it yields every message across pages, fetching each page when needed.
   * Reads are retried after any transient failure.
   * @example
   * const page = await evo.messages.list({ endpointIds: ["E1"], countPerPage: 50 });
   * for await (const message of evo.messages.list({ endpointIds: ["E1"] })) console.log(message.text);
   */
  list(query?: ListMessagesQuery, options?: RequestOptions): PagePromise<MessagePage, MessageInfo> {
    // Checked once; a problem rejects the page and ends the iteration before anything is sent.
    let base: Record<string, unknown>;
    try {
      base = checkQuery(query, LIST_FIELDS);
    } catch (invalid) {
      const rejected = Promise.reject(invalid);
      return pagePromise(rejected, (first) => paginate(first, () => rejected));
    }
    const fetchPage = async (page?: number) => {
      const { data, response } = await this.core.call(
        "GET",
        "/messages",
        { params: { query: page === undefined ? base : { ...base, page } } },
        options,
      );
      return { data: (data ?? {}) as MessagePage, response };
    };
    return pagePromise(fetchPage(), (first) =>
      paginate(first, async (page) => (await fetchPage(page)).data, query?.page, query?.all),
    );
  }
}
