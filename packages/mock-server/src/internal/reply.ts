/** A complete answer, built before it is written so that a fault can replace or truncate it. */
export interface Answer {
  status: number;
  /** `""` for an answer without a body (the preflight). */
  contentType: string;
  payload: string | Uint8Array;
  headers?: Readonly<Record<string, string>>;
  /** The rest of the request will not be read, so the HTTP server must not keep the connection. */
  close?: boolean;
}

/**
 * What the core gives back for a request: an answer, `"drop"` for a connection that fails without
 * one (a fault), or `"gone"` when the client went away before its body arrived.
 */
export type Reply = Answer | "drop" | "gone";

export const JSON_TYPE = "application/json; charset=utf-8";
const JAVASCRIPT_TYPE = "application/javascript; charset=utf-8";

// ServiceStack's CorsFeature, with Authorization allowed (the API is called with credentials in
// that header) and Retry-After exposed (a browser client needs it to honour 429 and 503). Name and
// value in turn: the HTTP server writes the list as it is, without building a header map.
export const CORS_HEADERS: readonly string[] = [
  "Access-Control-Allow-Origin",
  "*",
  "Access-Control-Allow-Methods",
  "GET, POST, PUT, DELETE, PATCH, OPTIONS",
  "Access-Control-Allow-Headers",
  "Content-Type, Authorization, Accept",
  "Access-Control-Expose-Headers",
  "Retry-After",
];

/** CorsFeature answers every OPTIONS request before routing, with an empty 200. */
export const PREFLIGHT: Answer = {
  status: 200,
  contentType: "",
  payload: "",
  headers: { "Access-Control-Max-Age": "600" },
};

export function jsonAnswer(
  status: number,
  value: unknown,
  headers?: Readonly<Record<string, string>>,
): Answer {
  return jsonTextAnswer(status, JSON.stringify(value), headers);
}

/** JSON already serialized, as the record keeps each message. */
export function jsonTextAnswer(
  status: number,
  json: string,
  headers?: Readonly<Record<string, string>>,
): Answer {
  return headers
    ? { status, contentType: JSON_TYPE, payload: json, headers }
    : { status, contentType: JSON_TYPE, payload: json };
}

/** A 200: `?callback=name` wraps the JSON in a call, served as JavaScript; errors stay plain JSON. */
export function successAnswer(json: string, callback: string | undefined): Answer {
  return callback === undefined
    ? { status: 200, contentType: JSON_TYPE, payload: json }
    : { status: 200, contentType: JAVASCRIPT_TYPE, payload: `${callback}(${json})` };
}

/** The same status and headers with the first half of the body: valid HTTP, broken JSON. */
export function truncated(answer: Answer): Answer {
  const bytes = typeof answer.payload === "string" ? encoder.encode(answer.payload) : answer.payload;
  return { ...answer, payload: bytes.subarray(0, Math.floor(bytes.length / 2)) };
}

const encoder = new TextEncoder();
