import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A loopback proxy in front of a good server that breaks the contract in one
// named way, so the contract suite can be seen to catch each class of drift.

type Message = Record<string, unknown>;

interface Upstream {
  status: number;
  contentType: string;
  body: string;
}

interface Drift {
  /** Changes the request before it is forwarded; may answer instead of forwarding. */
  request?: (request: { path: string; headers: Record<string, string> }) => Upstream | undefined;
  /** Changes a successful message body. */
  message?: (message: Message) => Message;
  /** Changes the whole answer. */
  response?: (response: Upstream) => Upstream;
}

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
    request: ({ path }) =>
      path.startsWith("/messages")
        ? {
            status: 404,
            contentType: "application/json; charset=utf-8",
            body: JSON.stringify({
              responseStatus: { errorCode: "NotFound", message: "Handler for Request not found" },
            }),
          }
        : undefined,
  },
  "credentials not enforced": {},
} satisfies Record<string, Drift>;

export type DriftName = keyof typeof DRIFTS;

export interface DriftingProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts the proxy. `validAuthorization` is what the "credentials not enforced" drift slips in. */
export async function startDriftingProxy(
  upstream: string,
  name: DriftName,
  validAuthorization: string,
): Promise<DriftingProxy> {
  const drift: Drift =
    name === "credentials not enforced"
      ? {
          request: (request) => {
            request.headers.authorization = validAuthorization;
            return undefined;
          },
        }
      : DRIFTS[name];
  const server = createServer(async (incoming, outgoing) => {
    const answer = await forward(upstream, incoming, drift);
    outgoing.writeHead(answer.status, { "content-type": answer.contentType });
    outgoing.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => closeServer(server),
  };
}

async function forward(upstream: string, incoming: IncomingMessage, drift: Drift): Promise<Upstream> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string" && key !== "host" && key !== "content-length") headers[key] = value;
  }
  const request = { path: incoming.url ?? "/", headers };
  const short = drift.request?.(request);
  if (short) return short;
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const response = await fetch(`${upstream}${request.path}`, {
    method: incoming.method ?? "GET",
    headers: request.headers,
    body: chunks.length ? Buffer.concat(chunks) : null,
  });
  let answer: Upstream = {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
  if (drift.message && answer.status === 200)
    answer = { ...answer, body: rewriteMessage(answer.body, drift.message) };
  return drift.response ? drift.response(answer) : answer;
}

// The message may be plain JSON or wrapped in a JSONP call: rewrite the JSON inside either way.
function rewriteMessage(body: string, change: (message: Message) => Message): string {
  const start = body.indexOf("{");
  const end = body.lastIndexOf("}");
  const message = JSON.parse(body.slice(start, end + 1)) as Message;
  return `${body.slice(0, start)}${JSON.stringify(change(message))}${body.slice(end + 1)}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
