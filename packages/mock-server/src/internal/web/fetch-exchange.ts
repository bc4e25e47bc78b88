import { type Exchange, NO_BYTES } from "../exchange.js";

/** What `new Request(input, init)` would hold, read straight from the arguments. */
export interface FetchCall {
  url: URL;
  exchange: (path: string) => Exchange;
  signal: AbortSignal | null | undefined;
}

// The verbs fetch upper-cases; PATCH it keeps as given, so only "PATCH" itself is taken here.
const NORMALIZED = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);
const encoder = new TextEncoder();

/**
 * The common call — a URL and an init with a text body or none, as clients and the SDK send — read
 * without building a `Request`, which costs the fetch form most of its time. Anything else (a
 * `Request`, a stream or form body, credentials in the URL, another verb) is undefined: build the
 * `Request`, which also throws where fetch would.
 * It follows the Fetch standard where it matters here: verbs normalized as fetch does, a text
 * body typed `text/plain;charset=UTF-8` when no Content-Type is given, no body on GET or HEAD.
 */
export function fetchCall(
  input: string | URL | Request,
  init: RequestInit | undefined,
): FetchCall | undefined {
  if (input instanceof Request) return undefined;
  const body = init?.body;
  if (body !== undefined && body !== null && typeof body !== "string") return undefined;
  const url = new URL(input);
  if (url.username || url.password) return undefined;
  const given = init?.method ?? "GET";
  const method = NORMALIZED.has(given.toUpperCase()) ? given.toUpperCase() : given;
  if (!NORMALIZED.has(method) && method !== "PATCH") return undefined;
  if (typeof body === "string" && (method === "GET" || method === "HEAD")) return undefined;
  const headers = new Headers(init?.headers);
  if (typeof body === "string" && !headers.has("content-type"))
    headers.set("content-type", "text/plain;charset=UTF-8");
  const bytes = typeof body === "string" ? encoder.encode(body) : NO_BYTES;
  const exchange = (path: string): Exchange => ({
    method,
    url: path,
    header: (name) => headers.get(name) ?? undefined,
    headers: () => Object.fromEntries(headers),
    body: async (maxBytes) =>
      bytes.length > maxBytes ? { kind: "too-large", close: false } : { kind: "ok", bytes },
  });
  return { url, exchange, signal: init?.signal };
}
