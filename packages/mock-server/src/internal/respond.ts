import type { ServerResponse } from "node:http";

/** A complete answer, built before it is written so a fault can replace or truncate it. */
export interface Answer {
  status: number;
  contentType: string;
  payload: string;
  headers?: Readonly<Record<string, string>>;
}

const JSON_TYPE = "application/json; charset=utf-8";
const JAVASCRIPT_TYPE = "application/javascript; charset=utf-8";

// ServiceStack's CorsFeature, with Authorization allowed (the API is called with credentials in
// that header) and Retry-After exposed (a browser client needs it to honour 429 and 503).
const CORS_HEADERS: readonly string[] = [
  "Access-Control-Allow-Origin",
  "*",
  "Access-Control-Allow-Methods",
  "GET, POST, PUT, DELETE, PATCH, OPTIONS",
  "Access-Control-Allow-Headers",
  "Content-Type, Authorization, Accept",
  "Access-Control-Expose-Headers",
  "Retry-After",
];

export function jsonAnswer(
  status: number,
  value: unknown,
  headers?: Readonly<Record<string, string>>,
): Answer {
  return headers
    ? { status, contentType: JSON_TYPE, payload: JSON.stringify(value), headers }
    : { status, contentType: JSON_TYPE, payload: JSON.stringify(value) };
}

/** `?callback=name` wraps the JSON in a call, served as JavaScript. */
export function jsonpAnswer(callback: string, value: unknown): Answer {
  return { status: 200, contentType: JAVASCRIPT_TYPE, payload: `${callback}(${JSON.stringify(value)})` };
}

/** `close` when the rest of the request will not be read, so the connection cannot be reused. */
export function send(res: ServerResponse, answer: Answer, close = false): void {
  writeHead(res, answer, Buffer.byteLength(answer.payload), close);
  res.end(answer.payload);
}

/** The answer's status and headers, with only the first half of its body: valid HTTP, broken JSON. */
export function sendTruncated(res: ServerResponse, answer: Answer): void {
  const bytes = Buffer.from(answer.payload);
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  writeHead(res, answer, half.length, false);
  res.end(half);
}

/** CorsFeature answers every OPTIONS request before routing, with an empty 200. */
export function sendPreflight(res: ServerResponse): void {
  res.writeHead(200, [...CORS_HEADERS, "Access-Control-Max-Age", "600", "Content-Length", "0"]);
  res.end();
}

// Headers as one flat [name, value, ...] list: Node writes it without building a header map.
function writeHead(res: ServerResponse, answer: Answer, length: number, close: boolean): void {
  const headers = [...CORS_HEADERS, "Content-Type", answer.contentType, "Content-Length", String(length)];
  if (answer.headers) for (const [name, value] of Object.entries(answer.headers)) headers.push(name, value);
  if (close) headers.push("Connection", "close");
  res.writeHead(answer.status, headers);
}
