/** What the mock sends back for a request, built whole first so that a fault can replace or cut it. */
export interface Answer {
  status: number;
  /** `""` for an answer without a body (the preflight). */
  contentType: string;
  body: string | Uint8Array;
  headers?: Readonly<Record<string, string>>;
}

/** Whether a step of an operation gave an answer (a refusal) rather than its result. */
export function isAnswer(value: object): value is Answer {
  return "status" in value;
}

export const JSON_TYPE = "application/json; charset=utf-8";
const JAVASCRIPT_TYPE = "application/javascript; charset=utf-8";

// ServiceStack's CorsFeature, with Authorization allowed (the API is called with credentials in that
// header) and Retry-After exposed (a browser client needs it to honour 429 and 503).
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, PATCH, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Authorization, Accept",
  "Access-Control-Expose-Headers": "Retry-After",
};

/** CorsFeature answers every OPTIONS request before routing, with an empty 200. */
export const PREFLIGHT: Answer = {
  status: 200,
  contentType: "",
  body: "",
  headers: { "Access-Control-Max-Age": "600" },
};

export function jsonAnswer(
  status: number,
  value: unknown,
  headers?: Readonly<Record<string, string>>,
): Answer {
  return { status, contentType: JSON_TYPE, body: JSON.stringify(value), ...(headers && { headers }) };
}

/** A 200: `?callback=name` wraps the JSON in a call, served as JavaScript; errors stay plain JSON. */
export function successAnswer(value: unknown, callback: string | undefined): Answer {
  const json = JSON.stringify(value);
  return callback === undefined
    ? { status: 200, contentType: JSON_TYPE, body: json }
    : { status: 200, contentType: JAVASCRIPT_TYPE, body: `${callback}(${json})` };
}

const encoder = new TextEncoder();

/** The same status and headers with the first half of the body: valid HTTP, broken JSON. */
export function truncated(answer: Answer): Answer {
  const bytes = typeof answer.body === "string" ? encoder.encode(answer.body) : answer.body;
  return { ...answer, body: bytes.subarray(0, Math.floor(bytes.length / 2)) };
}

/** The answer as every form puts it on the wire: its bytes, and its headers with CORS and Content-Length. */
export function wireAnswer(answer: Answer): { headers: Record<string, string>; bytes: Uint8Array } {
  const bytes = typeof answer.body === "string" ? encoder.encode(answer.body) : answer.body;
  const headers: Record<string, string> = { ...CORS_HEADERS };
  if (answer.contentType !== "") headers["Content-Type"] = answer.contentType;
  headers["Content-Length"] = String(bytes.length);
  return { headers: { ...headers, ...answer.headers }, bytes };
}
