import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { STAND_IN_KEY, STAND_IN_MESSAGES, type StandInMessage } from "./stand-in-data.js";

// A loopback stand-in for the real host, written from the vendor's pages (ListMessages,
// ListConversations; ServiceStack's auth, errors, formats and JSONP) and nothing else. Where the vendor
// is silent it may choose otherwise than our mock (the page base, the default order and page size, what
// `all` does, a field the spec lacks), and it can drift, one named way at a time, in behaviour the
// vendor does state. It counts what it received, so a test can show a read-only run sent nothing.

export interface StandInChoices {
  /** Whether `page` counts from 0 or 1; a page below the first is empty. @default 0 */
  pageBase?: 0 | 1;
  /** The page size without countPerPage. @default 50 */
  defaultCountPerPage?: number;
  /** The order without sortOrder. @default "newest" */
  defaultOrder?: "newest" | "oldest";
  /** `all=true` puts every match on one page; otherwise countPerPage still applies. @default true */
  allOnOnePage?: boolean;
  /** A field the spec lacks, on every message. */
  extraField?: boolean;
  drift?: StandInDrift;
}

export const STAND_IN_DRIFTS = [
  "ignores sortOrder",
  "stale mostRecentMessage",
  "ignores the customerIds filter",
  "lying hasMorePages",
  "wrong totalPages",
  "removed field (isUnread)",
  "retyped field (isUnread as text)",
] as const;
export type StandInDrift = (typeof STAND_IN_DRIFTS)[number];

export interface StandIn {
  url: string;
  /** Requests received, by method. */
  received: Record<string, number>;
  close(): Promise<void>;
}

const JSON_TYPE = "application/json; charset=utf-8";

export async function startStandIn(choices: StandInChoices = {}): Promise<StandIn> {
  const received: Record<string, number> = {};
  const server = createServer((request, response) => {
    received[request.method ?? "?"] = (received[request.method ?? "?"] ?? 0) + 1;
    const url = new URL(request.url ?? "/", "http://stand-in");
    const query = new Map([...url.searchParams].map(([key, value]) => [key.toLowerCase(), value]));
    if (!authorized(request.headers.authorization)) {
      return error(response, 401, "Unauthorized", "Not Authenticated");
    }
    const path = url.pathname.replace(/\.json$/, "");
    if (request.method !== "GET" || (path !== "/messages" && path !== "/conversations")) {
      return error(
        response,
        404,
        "NotFound",
        `Handler for Request not found: ${request.method} ${url.pathname}`,
      );
    }
    for (const name of ["page", "countperpage"]) {
      const value = query.get(name);
      if (value !== undefined && !/^-?\d+$/.test(value)) {
        return error(
          response,
          400,
          "SerializationException",
          `Unable to bind to request '${path === "/messages" ? "ListMessages" : "ListConversations"}'`,
          name,
        );
      }
    }
    const body = path === "/messages" ? listMessages(query, choices) : listConversations(query, choices);
    const callback = query.get("callback");
    if (callback) {
      response.writeHead(200, { "content-type": "application/javascript" });
      return response.end(`${callback}(${JSON.stringify(body)})`);
    }
    response.writeHead(200, { "content-type": JSON_TYPE });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listMessages(query: Map<string, string>, choices: StandInChoices) {
  const drift = choices.drift;
  const base = choices.pageBase ?? 0;
  const ascending =
    query.has("sortorder") && drift !== "ignores sortOrder"
      ? query.get("sortorder")?.toLowerCase() === "ascend"
      : choices.defaultOrder === "oldest";
  const matches = filtered(query, drift === "ignores the customerIds filter" ? ["customerids"] : []);
  const ordered = ascending ? matches : [...matches].reverse();
  const count = Number(query.get("countperpage") ?? 0) || (choices.defaultCountPerPage ?? 50);
  const all = query.get("all") === "true" && (choices.allOnOnePage ?? true);
  const index = Number(query.get("page") ?? base) - base;
  const items = all ? ordered : index < 0 ? [] : ordered.slice(index * count, (index + 1) * count);
  const more = drift === "lying hasMorePages" || (!all && (index + 1) * count < ordered.length);
  const page = { items: items.map((message) => messageInfo(message, choices)), hasMorePages: more };
  if (query.get("simplifiedpaging") === "true") return page;
  const pages = all ? 1 : Math.ceil(ordered.length / count);
  return { ...page, totalCount: ordered.length, totalPages: pages + (drift === "wrong totalPages" ? 1 : 0) };
}

function listConversations(query: Map<string, string>, choices: StandInChoices) {
  const byConversation = new Map<string, StandInMessage[]>();
  for (const message of filtered(query, ["conversationids", "specificids"])) {
    byConversation.set(message.conversationId, [
      ...(byConversation.get(message.conversationId) ?? []),
      message,
    ]);
  }
  const conversations = [...byConversation].map(([id, messages]) => {
    const latest = (
      choices.drift === "stale mostRecentMessage" ? messages[0] : messages.at(-1)
    ) as StandInMessage;
    return {
      id,
      endpointId: latest.endpointId,
      otherAddress: latest.otherAddress,
      mostRecentMessage: messageInfo(latest, choices),
    };
  });
  return { conversations: conversations.reverse() };
}

// ListMessages' filters, each a comma-separated list (AfterDate a date), combined with AND.
function filtered(query: Map<string, string>, ignored: string[]): StandInMessage[] {
  const lists: [string, (m: StandInMessage) => string][] = [
    ["accountids", (m) => m.accountId],
    ["customerids", (m) => m.customerId],
    ["endpointids", (m) => m.endpointId],
    ["conversationids", (m) => m.conversationId],
    ["specificids", (m) => m.id],
  ];
  const after = query.has("afterdate") ? Date.parse(query.get("afterdate") as string) : undefined;
  return STAND_IN_MESSAGES.filter(
    (message) =>
      lists.every(
        ([name, value]) =>
          ignored.includes(name) ||
          !query.get(name) ||
          (query.get(name) as string).split(",").includes(value(message)),
      ) &&
      (after === undefined || Date.parse(message.date) > after),
  );
}

function messageInfo({ conversationId: _, ...message }: StandInMessage, choices: StandInChoices) {
  const { isUnread, ...rest } = message;
  if (choices.drift === "removed field (isUnread)") return rest;
  if (choices.drift === "retyped field (isUnread as text)") return { ...rest, isUnread: String(isUnread) };
  return choices.extraField ? { ...message, mediaUrls: [] } : message;
}

// "Authorization: Bearer <JWT or API key>, or an API key as the Basic user name."
function authorized(header: string | undefined): boolean {
  if (header === `Bearer ${STAND_IN_KEY}`) return true;
  const basic = /^Basic (.+)$/.exec(header ?? "")?.[1];
  return basic !== undefined && Buffer.from(basic, "base64").toString().split(":")[0] === STAND_IN_KEY;
}

// ServiceStack's error envelope: the first field error's code and message on top.
function error(
  response: ServerResponse,
  status: number,
  errorCode: string,
  message: string,
  field?: string,
): void {
  const errors = field
    ? [{ errorCode, fieldName: field.replace(/^./, (c) => c.toUpperCase()), message }]
    : undefined;
  response.writeHead(status, { "content-type": JSON_TYPE });
  response.end(JSON.stringify({ responseStatus: { errorCode, message, ...(errors ? { errors } : {}) } }));
}
