import { type ErrorBody, errorBody } from "../validation/service-stack-errors.js";

/** A request body as the fields of a request DTO, before they are picked and checked. */
export type RequestFields =
  | { ok: true; fields: Record<string, unknown> | undefined }
  | { ok: false; body: ErrorBody };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The fields of a JSON or form-encoded body; `fields` is undefined when there is no body. Refuses
 * what ServiceStack would not read: a compressed body, another charset than UTF-8, bytes that are not
 * UTF-8, another content type, and JSON that is not an object. No `Content-Type` is read as JSON.
 */
export function requestFields(
  bytes: Uint8Array,
  contentType = "",
  contentEncoding: string | undefined = undefined,
): RequestFields {
  if (contentEncoding && contentEncoding.toLowerCase() !== "identity")
    return refuse("NotSupportedException", `Content-Encoding '${contentEncoding}' is not supported.`);
  if (bytes.length === 0) return { ok: true, fields: undefined };
  const [media = "", ...params] = contentType.toLowerCase().split(";");
  const mediaType = media.trim();
  const charset = params.map((param) => param.trim()).find((param) => param.startsWith("charset="));
  if (charset && !/^charset="?utf-?8"?$/.test(charset))
    return refuse(
      "NotSupportedException",
      `Only UTF-8 request bodies are supported, not '${charset.slice(8)}'.`,
    );
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse("SerializationException", "The request body is not valid UTF-8.");
  }
  if (mediaType === "application/x-www-form-urlencoded")
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)) };
  if (!["", "application/json", "text/json"].includes(mediaType) && !mediaType.endsWith("+json"))
    return refuse(
      "NotSupportedException",
      `Content-Type '${mediaType}' is not supported; send application/json.`,
    );
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
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return refuse("SerializationException", "The request body must be a JSON object (the request DTO).");
  return { ok: true, fields: parsed as Record<string, unknown> };
}

function refuse(errorCode: string, message: string): RequestFields {
  return { ok: false, body: errorBody(errorCode, message) };
}
