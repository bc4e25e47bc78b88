import type { Core } from "../core.js";
import { type BodyResult, type Exchange, NO_BYTES } from "../exchange.js";
import { CORS_HEADERS, type Reply } from "../reply.js";
import { respond } from "../respond.js";

/**
 * The mock as a function from a standard `Request` to a `Response`, for the fetch and MSW forms; `url`
 * is the request's path and query below its base URL. A dropped connection is `Response.error()`, the
 * standard network error, which MSW turns into a failed fetch.
 */
export async function handleRequest(core: Core, request: Request, url: string): Promise<Response> {
  return toResponse(await respond(core, requestExchange(request, url)));
}

export function requestExchange(request: Request, url: string): Exchange {
  return {
    method: request.method,
    url,
    header: (name) => request.headers.get(name) ?? undefined,
    headers: () => Object.fromEntries(request.headers),
    body: (maxBytes) => readBody(request, maxBytes),
  };
}

async function readBody(request: Request, maxBytes: number): Promise<BodyResult> {
  if (Number(request.headers.get("content-length")) > maxBytes) return { kind: "too-large", close: false };
  if (!request.body) return { kind: "ok", bytes: NO_BYTES };
  try {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.length > maxBytes ? { kind: "too-large", close: false } : { kind: "ok", bytes };
  } catch {
    return { kind: "aborted" };
  }
}

const encoder = new TextEncoder();
const NON_ASCII = /[^\p{ASCII}]/u;

/** The same status and headers the HTTP server writes, Content-Length included. */
export function toResponse(reply: Reply): Response {
  if (reply === "drop" || reply === "gone") return Response.error();
  const { payload } = reply;
  // A Response costs half as much from a string as from bytes; in UTF-8 an ASCII string is as long.
  let length = payload.length;
  if (typeof payload === "string" && NON_ASCII.test(payload)) length = encoder.encode(payload).length;
  const headers: [string, string][] = [];
  for (let i = 0; i < CORS_HEADERS.length; i += 2)
    headers.push([CORS_HEADERS[i] as string, CORS_HEADERS[i + 1] as string]);
  if (reply.contentType !== "") headers.push(["Content-Type", reply.contentType]);
  headers.push(["Content-Length", String(length)]);
  if (reply.headers) headers.push(...Object.entries(reply.headers));
  // No body at all when empty: a Response would type an empty string text/plain.
  return new Response(length === 0 ? null : (payload as BodyInit), { status: reply.status, headers });
}
