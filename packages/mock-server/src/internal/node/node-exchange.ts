import type { IncomingMessage, ServerResponse } from "node:http";
import type { BodyResult, Exchange } from "../exchange.js";
import { CORS_HEADERS, type Reply } from "../reply.js";
import { readBody } from "./read-body.js";

/** node:http's request as the core reads it, without building a `Request`: one object, no closures. */
class NodeExchange implements Exchange {
  readonly method: string;
  readonly url: string;

  constructor(private readonly req: IncomingMessage) {
    this.method = req.method ?? "GET";
    this.url = req.url ?? "/";
  }

  header(name: string): string | undefined {
    const value = this.req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  }

  headers(): Readonly<Record<string, string | string[] | undefined>> {
    return this.req.headers;
  }

  body(maxBytes: number): Promise<BodyResult> {
    return readBody(this.req, maxBytes);
  }
}

export function nodeExchange(req: IncomingMessage): Exchange {
  return new NodeExchange(req);
}

/** Writes the core's reply: an answer, a reset for a dropped connection, nothing for a client gone. */
export function writeReply(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  if (reply === "gone") return;
  if (reply === "drop") {
    // Already gone when close() ended the request's delay and then every connection.
    if (!req.socket.destroyed) req.socket.resetAndDestroy();
    return;
  }
  const { payload } = reply;
  const length = typeof payload === "string" ? Buffer.byteLength(payload) : payload.length;
  // Headers as one flat [name, value, ...] list: Node writes it without building a header map.
  const headers = [...CORS_HEADERS];
  if (reply.contentType !== "") headers.push("Content-Type", reply.contentType);
  headers.push("Content-Length", String(length));
  if (reply.headers) for (const [name, value] of Object.entries(reply.headers)) headers.push(name, value);
  if (reply.close) headers.push("Connection", "close");
  res.writeHead(reply.status, headers);
  res.end(payload);
}
