import type { IncomingHttpHeaders } from "node:http";
import type { SendMessageRequest } from "../records.js";
import { type ErrorBody, errorBody } from "./service-status.js";

export type Binding = { ok: true; request: Record<string, unknown> } | { ok: false; body: ErrorBody };

// ServiceStack binds request fields case-insensitively; the DTO's own casing is camelCase.
// The map holds the camelCase names too, so the usual spelling needs no lowercasing.
const FIELDS = new Map<string, keyof SendMessageRequest>(
  (["sessionId", "endpointId", "toAddress", "body"] as const).flatMap((name) => [
    [name.toLowerCase(), name],
    [name, name],
  ]),
);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The SendMessage DTO from a request: from its body (JSON or form-encoded), or, for a verb other
 * than POST sent without a body, from the query string, as ServiceStack's "All Verbs" route does.
 * Values are not type-checked here; the spec's schema does that next.
 */
export function bindRequest(
  method: string,
  headers: IncomingHttpHeaders,
  bytes: Buffer,
  query: string,
): Binding {
  const encoding = headers["content-encoding"];
  if (encoding && encoding.toLowerCase() !== "identity") {
    return refuse("NotSupportedException", `Content-Encoding '${encoding}' is not supported.`);
  }
  if (bytes.length === 0) {
    if (method === "POST")
      return refuse("SerializationException", "A request body (a JSON SendMessage) is required.");
    return { ok: true, request: fromPairs(new URLSearchParams(query)) };
  }
  const contentType = headers["content-type"] ?? "";
  const { mediaType, charset } = PLAIN_JSON.has(contentType) ? PLAIN : parseContentType(contentType);
  if (charset && !/^charset="?utf-?8"?$/.test(charset)) {
    return refuse(
      "NotSupportedException",
      `Only UTF-8 request bodies are supported, not '${charset.slice(8)}'.`,
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse("SerializationException", "The request body is not valid UTF-8.");
  }
  if (mediaType === "application/x-www-form-urlencoded")
    return { ok: true, request: fromPairs(new URLSearchParams(text)) };
  if (
    mediaType !== "" &&
    mediaType !== "application/json" &&
    mediaType !== "text/json" &&
    !mediaType.endsWith("+json")
  ) {
    return refuse(
      "NotSupportedException",
      `Content-Type '${mediaType}' is not supported; send application/json.`,
    );
  }
  let parsed: unknown;
  try {
    // A leading byte order mark is legal in a UTF-8 stream but not in JSON.parse.
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return refuse(
      "SerializationException",
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return refuse("SerializationException", "The request body must be a JSON object (a SendMessage).");
  }
  return { ok: true, request: fromObject(parsed as Record<string, unknown>) };
}

// What clients send nearly always, recognised without parsing.
const PLAIN_JSON = new Set([
  "application/json",
  "application/json; charset=utf-8",
  "application/json;charset=utf-8",
]);
const PLAIN = { mediaType: "application/json", charset: undefined };

function parseContentType(contentType: string): { mediaType: string; charset: string | undefined } {
  const [media = "", ...params] = contentType.toLowerCase().split(";");
  return {
    mediaType: media.trim(),
    charset: params.map((p) => p.trim()).find((p) => p.startsWith("charset=")),
  };
}

function fromObject(parsed: Record<string, unknown>): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const key in parsed) {
    if (!Object.hasOwn(parsed, key)) continue;
    const field = FIELDS.get(key) ?? FIELDS.get(key.toLowerCase());
    if (field) request[field] = parsed[key];
  }
  return request;
}

function fromPairs(pairs: Iterable<[string, unknown]>): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    const field = FIELDS.get(key) ?? FIELDS.get(key.toLowerCase());
    if (field) request[field] = value;
  }
  return request;
}

function refuse(errorCode: string, message: string): Binding {
  return { ok: false, body: errorBody(errorCode, message) };
}
