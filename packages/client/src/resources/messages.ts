import { type APIPromise, apiPromise, dataOf, type PagePromise, pagePromise } from "../api-promise.js";
import { RequestValidationError } from "../errors.js";
import { bodyFields, queryFields } from "../generated/fields.js";
import type { components, operations } from "../generated/openapi.js";
import { unknownKeyIssues } from "../internal/known-keys.js";
import { paginate } from "../internal/paginate.js";
import { checkQuery, jsonQueryRules } from "../internal/query.js";
import type { Api } from "../internal/request-core.js";
import { fieldIssues } from "../internal/validate.js";
import type {
  ListMessagesQuery,
  MessageInfo,
  MessagePage,
  RequestOptions,
  SendMessageInput,
} from "../types.js";

/** Every field of SendMessage, as the checks in `send` leave them. */
type SendFields = Required<components["schemas"]["SendMessage"]>;

/** The query as sent: checked, the date a string. */
type Checked = NonNullable<operations["listMessages"]["parameters"]["query"]>;

// ListMessages' filters and the paging fields it inherits from ServiceStack's ListRequest<T>, as the spec has them.
const LIST_RULES = jsonQueryRules(queryFields.listMessages, "messages.list");

/** `evo.messages`: send texts, and read messages (replies included) page by page. */
export class Messages {
  constructor(private readonly api: Api) {}

  /**
   * Sends one text message, at most once: it is resent only when the server provably did not act on it.
   * Input is checked first; a `RequestValidationError` lists every problem and nothing is sent.
   * @example
   * await evo.messages.send({ sessionId: "S1", body: "Hello" });
   * await evo.messages.send({ endpointId: "E1", toAddress: "+15556667777", body: "Hi" });
   */
  send(input: SendMessageInput, options?: RequestOptions): APIPromise<MessageInfo> {
    // Checked as the caller may have given it (from JavaScript, anything), then used as checked.
    const { sessionId, endpointId, toAddress, body } = (input ?? {}) as SendFields;
    const bySession = sessionId !== undefined;
    const issues = unknownKeyIssues(input, bodyFields.sendMessage, "a field of messages.send");
    issues.push(...fieldIssues(bySession ? { sessionId, body } : { endpointId, toAddress, body }));
    if (bySession && (endpointId ?? toAddress) !== undefined)
      issues.push({ field: "input", message: "mixes sessionId with endpointId/toAddress" });
    return apiPromise<MessageInfo>(
      issues.length
        ? Promise.reject(new RequestValidationError(issues))
        : bySession
          ? this.api.POST(
              "/sessions/{sessionId}/messages",
              { params: { path: { sessionId } }, body: { body } },
              options,
            )
          : this.api.POST("/messages", { body: { endpointId, toAddress, body } }, options),
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
    let checked: Checked;
    try {
      checked = checkQuery(query, LIST_RULES);
    } catch (invalid) {
      const rejected = Promise.reject(invalid);
      return pagePromise(rejected, (first) => paginate(first, () => rejected));
    }
    const fetchPage = (page?: number) =>
      this.api.GET(
        "/messages",
        { params: { query: page === undefined ? checked : { ...checked, page } } },
        options,
      );
    return pagePromise<MessagePage, MessageInfo>(fetchPage(), (first) =>
      paginate(first, (page) => fetchPage(page).then(dataOf), checked.page, checked.all),
    );
  }
}
