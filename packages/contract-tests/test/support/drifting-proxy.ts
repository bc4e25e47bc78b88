import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A loopback proxy in front of a good server that breaks the contract in one
// named way, so the contract suite can be seen to catch each class of drift.

type Body = Record<string, unknown>;

interface Upstream {
  status: number;
  contentType: string;
  body: string;
}

interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/** Who the proxy stands in front of, and the account the probes use. */
interface Context {
  upstream: string;
  /** What the "credentials not enforced" drift slips in. */
  validAuthorization: string;
  /** An address the upstream accepts, where the recording drift sends what a GET carried. */
  toAddress: string;
}

interface Drift {
  /** Changes the request before it is forwarded; may answer instead of forwarding. */
  request?: (request: Request, context: Context) => Upstream | undefined | Promise<Upstream | undefined>;
  /** Changes the message a successful send answers with. */
  message?: (message: Body) => Body;
  /** Changes a successful page of GET /messages. */
  page?: (page: Body) => Body;
  /** Changes a successful answer of GET /conversations. */
  conversations?: (answer: Body) => Body;
  /** Changes the whole answer. */
  response?: (response: Upstream) => Upstream;
}

const items = (page: Body) => (Array.isArray(page.items) ? (page.items as Body[]) : []);

export const DRIFTS = {
  "renamed field": { message: ({ text, ...rest }) => ({ ...rest, messageText: text }) },
  "retyped field": { message: (m) => ({ ...m, isUnread: String(m.isUnread) }) },
  "missing field": { message: ({ id: _, ...rest }) => rest },
  "value outside an enum": { message: (m) => ({ ...m, direction: "Sent" }) },
  "wrongly formatted value": { message: (m) => ({ ...m, date: "26/11/2026 15:04" }) },
  "undocumented status code": { response: (r) => (r.status === 400 ? { ...r, status: 422 } : r) },
  "wrong content type": { response: (r) => (r.status === 200 ? { ...r, contentType: "text/html" } : r) },
  "error body not in ServiceStack's shape": {
    response: (r) => (r.status === 401 ? { ...r, body: JSON.stringify({ error: "Unauthorized" }) } : r),
  },
  "missing route": {
    request: ({ method, path }) =>
      method === "POST" && path.startsWith("/messages")
        ? {
            status: 404,
            contentType: "application/json; charset=utf-8",
            body: JSON.stringify({
              responseStatus: { errorCode: "NotFound", message: "Handler for Request not found" },
            }),
          }
        : undefined,
  },
  "credentials not enforced": {
    request: (request, { validAuthorization }) => {
      request.headers.authorization = validAuthorization;
      return undefined;
    },
  },
  // The read side: ListMessages' paging and items, ListConversations, and GET /messages taken for a send.
  "paging field retyped (totalCount as a string)": {
    page: (p) => ({ ...p, totalCount: String(p.totalCount) }),
  },
  "paging field missing (no totalPages)": { page: ({ totalPages: _, ...rest }) => rest },
  "totalPages inconsistent with totalCount": {
    page: (p) => ({ ...p, totalPages: Number(p.totalPages) + 1 }),
  },
  "a page larger than countPerPage": {
    page: (p) => ({ ...p, items: [...items(p), ...items(p)].map((m, i) => ({ ...m, id: `${m.id}-${i}` })) }),
  },
  "page ignored (every page is the first)": {
    request: (request) => {
      request.path = request.path.replace(/([?&])page=\d+&?/, "$1");
      return undefined;
    },
  },
  "items that are not MessageInfo": {
    page: (p) => ({ ...p, items: items(p).map((m) => ({ ...m, isUnread: "no", read: true })) }),
  },
  "conversations missing": { conversations: ({ conversations: _, ...rest }) => rest },
  "conversations retyped": { conversations: (c) => ({ ...c, conversations: { count: 1 } }) },
  "sent messages not listed": {
    page: (p) => ({ ...p, items: items(p).filter((m) => m.direction !== "Outgoing") }),
  },
  "GET /messages answered by a send (a MessageInfo)": {
    page: (p) => ({ ...(items(p)[0] ?? { id: "m1", direction: "Outgoing", text: "hi" }) }),
  },
  "GET /messages records a message": {
    request: async (request, { upstream, toAddress }) => {
      const url = new URL(request.path, "http://proxy");
      const text = url.searchParams.get("body");
      if (request.method !== "GET" || url.pathname !== "/messages" || text === null) return undefined;
      // Send what the GET carried, as a server that treats GET /messages as SendMessage would; then list anyway.
      await fetch(`${upstream}/messages`, {
        method: "POST",
        headers: { ...request.headers, "content-type": "application/json" },
        body: JSON.stringify({
          endpointId: url.searchParams.get("endpointId"),
          toAddress,
          body: text,
        }),
      });
      return undefined;
    },
  },
} satisfies Record<string, Drift>;

export type DriftName = keyof typeof DRIFTS;

export interface DriftingProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts the proxy in front of `context.upstream`, drifting in the named way (or passing everything through). */
export async function startDriftingProxy(name: DriftName | "none", context: Context): Promise<DriftingProxy> {
  const drift: Drift = name === "none" ? {} : DRIFTS[name];
  const server = createServer(async (incoming, outgoing) => {
    const answer = await forward(context, incoming, drift);
    outgoing.writeHead(answer.status, { "content-type": answer.contentType });
    outgoing.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => closeServer(server),
  };
}

async function forward(context: Context, incoming: IncomingMessage, drift: Drift): Promise<Upstream> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string" && key !== "host" && key !== "content-length") headers[key] = value;
  }
  const request: Request = { method: incoming.method ?? "GET", path: incoming.url ?? "/", headers };
  const short = await drift.request?.(request, context);
  if (short) return short;
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const response = await fetch(`${context.upstream}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: chunks.length ? Buffer.concat(chunks) : null,
  });
  let answer: Upstream = {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
  const change = answer.status === 200 ? bodyDrift(drift, request) : undefined;
  if (change) answer = { ...answer, body: rewriteJson(answer.body, change) };
  return drift.response ? drift.response(answer) : answer;
}

function bodyDrift(drift: Drift, request: Request): ((body: Body) => Body) | undefined {
  const path = new URL(request.path, "http://proxy").pathname.replace(/\.json$/, "");
  if (request.method === "POST") return drift.message;
  if (path === "/messages") return drift.page;
  if (path === "/conversations") return drift.conversations;
  return undefined;
}

// The body may be plain JSON or wrapped in a JSONP call: rewrite the JSON inside either way.
function rewriteJson(body: string, change: (body: Body) => Body): string {
  const start = body.indexOf("{");
  const end = body.lastIndexOf("}");
  const json = JSON.parse(body.slice(start, end + 1)) as Body;
  return `${body.slice(0, start)}${JSON.stringify(change(json))}${body.slice(end + 1)}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
