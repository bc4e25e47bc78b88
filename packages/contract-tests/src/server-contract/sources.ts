import { deref, isObject, type JsonObject, pointerKey, resolvePointer } from "@evovoice-sdk/openapi-kit";

/**
 * What a failing check holds the server to: a place in the spec (which carries the vendor's own
 * field descriptions) or in the vendor's metadata (`spec/vendor/`), and the words found there. A check
 * that has no such place does not fail: what it learns is reported as a fact (see README).
 */
export interface Source {
  /** `#/…` in the bundled spec, or `spec/vendor/{Operation}.json#/…`. */
  at: string;
  /** The words at that place; test/sources.test.ts holds each quote of SOURCES to its place. */
  says: string;
}

const LIST_MESSAGES = "#/paths/~1messages/get";
const LIST_CONVERSATIONS = "#/paths/~1conversations/get";
const param = (name: string) => `#/components/parameters/${name}`;
const field = (schema: string, name: string) => `#/components/schemas/${schema}/properties/${name}`;

/** Every fixed source of the live checks, by the rule it backs. */
export const SOURCES = {
  page: { at: param("Page"), says: "The page of data to retrieve" },
  countPerPage: { at: param("CountPerPage"), says: "The number per page to retrieve" },
  totalCount: { at: field("ListResponseOfMessageInfo", "totalCount"), says: "The total number of items" },
  totalPages: { at: field("ListResponseOfMessageInfo", "totalPages"), says: "The total number of pages" },
  hasMorePages: {
    at: field("ListResponseOfMessageInfo", "hasMorePages"),
    says: "Are there more pages of items? Used with simplified paging",
  },
  simplifiedPaging: { at: param("SimplifiedPaging"), says: "Disables total / page counts" },
  simplifiedEnd: {
    at: param("SimplifiedPaging"),
    says: "If there is no more data, Items will be empty array",
  },
  sortOrder: { at: param("SortOrder"), says: "Specify a sort order" },
  sortOrders: { at: "#/components/schemas/SortOrders", says: "The order of a sorted list." },
  accountIds: {
    at: `${LIST_MESSAGES}/parameters/0`,
    says: "The IDs of the account whose messages you want to retrieve",
  },
  customerIds: {
    at: `${LIST_MESSAGES}/parameters/1`,
    says: "The IDs of the customers whose messages you want to retrieve",
  },
  endpointIds: {
    at: `${LIST_MESSAGES}/parameters/2`,
    says: "The IDs of the endpoints whose messages you want to retrieve",
  },
  conversationIds: {
    at: `${LIST_MESSAGES}/parameters/3`,
    says: "The ID of the conversations whose messages you want to retrieve",
  },
  afterDate: {
    at: `${LIST_MESSAGES}/parameters/4`,
    says: "The date after which messages should be retrieved",
  },
  specificIds: { at: param("SpecificIds"), says: "Specific IDs" },
  conversationEndpointIds: {
    at: `${LIST_CONVERSATIONS}/parameters/1`,
    says: "The list of endpoint IDs whose conversations you want to retrieve",
  },
  conversation: {
    at: "#/components/schemas/ConversationInfo",
    says: "A conversation between one of your endpoints and another party",
  },
  mostRecentMessage: {
    at: "#/components/schemas/ListConversationsResponse",
    says: "each with its most recent message",
  },
  messageDate: { at: field("MessageInfo", "date"), says: "When the message was sent or received" },
  messageId: { at: field("MessageInfo", "id"), says: "The ID of the message." },
  messageText: { at: field("MessageInfo", "text"), says: "The text of the message." },
  sentBody: { at: field("SendMessage", "body"), says: "The body of the message" },
  nullsLeftOut: { at: "#/components/schemas/MessageInfo", says: "Fields whose value is null are left out." },
  getNeverSends: { at: LIST_MESSAGES, says: "`GET /messages` never sends a message" },
} as const satisfies Record<string, Source>;

/** The place in the spec that documents `status` for an operation, in the spec's words. */
export function responseSource(spec: JsonObject, path: string, method: string, status: number): Source {
  const at = `#/paths/${pointerKey(path)}/${method.toLowerCase()}/responses/${status}`;
  const response = deref(spec, resolvePointer(spec, at));
  const description =
    isObject(response) && typeof response.description === "string" ? response.description : "";
  return { at, says: description.split(/(?<=\.)\s/)[0] ?? "" };
}

/** `spec #/components/parameters/Page: "The page of data to retrieve"`, for a report line. */
export function describeSource(source: Source): string {
  const where = source.at.startsWith("#") ? `spec ${source.at}` : `vendor ${source.at}`;
  return `${where}: ${JSON.stringify(source.says)}`;
}
