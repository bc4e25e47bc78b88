import { type ErrorBody, errorBody } from "../validation/service-status.js";

/** A request body as the fields of a request DTO, before they are picked and checked. */
export type DtoBody =
  | { ok: true; fields: Record<string, unknown> | undefined }
  | { ok: false; body: ErrorBody };

const utf8 = new TextDecoder("utf-8", { fatal: true });
// What clients send nearly always, recognised without parsing.
const PLAIN_JSON = new Set([
  "application/json",
  "application/json; charset=utf-8",
  "application/json;charset=utf-8",
]);

/**
 * The fields of a JSON or form-encoded body; `fields` is undefined when there is no body. Refuses
 * what ServiceStack would not read: a compressed body, another charset than UTF-8, bytes that are not
 * UTF-8, another content type, and JSON that is not an object. No `Content-Type` is read as JSON.
 */
export function readDto(
  bytes: Uint8Array,
  contentType: string | undefined,
  contentEncoding: string | undefined,
): DtoBody {
  if (contentEncoding && contentEncoding.toLowerCase() !== "identity") {
    return refuse("NotSupportedException", `Content-Encoding '${contentEncoding}' is not supported.`);
  }
  if (bytes.length === 0) return { ok: true, fields: undefined };
  const type = contentType ?? "";
  const { mediaType, charset } = PLAIN_JSON.has(type) ? PLAIN : parseContentType(type);
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
  if (mediaType === "application/x-www-form-urlencoded") {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)) };
  }
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
    return refuse("SerializationException", "The request body must be a JSON object (the request DTO).");
  }
  return { ok: true, fields: parsed as Record<string, unknown> };
}

/**
 * The fields of `source` that `names` knows, under their DTO names: ServiceStack binds field names
 * case-insensitively, and ignores the ones the DTO does not have.
 */
export function pickFields(
  names: ReadonlyMap<string, string>,
  source: Record<string, unknown> | URLSearchParams,
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  const pick = (value: unknown, key: string) => {
    const field = names.get(key) ?? names.get(key.toLowerCase());
    if (field) picked[field] = value;
  };
  if (source instanceof URLSearchParams) source.forEach(pick);
  // for…in rather than Object.entries: no arrays made on the send path. JSON.parse makes own keys only.
  else for (const key in source) pick(source[key], key);
  return picked;
}

/** A lookup for {@link pickFields}; it holds the exact names too, so the usual spelling needs no lowercasing. */
export function fieldNames(names: readonly string[]): ReadonlyMap<string, string> {
  return new Map(names.flatMap((name) => [[name.toLowerCase(), name] as const, [name, name] as const]));
}

const PLAIN = { mediaType: "application/json", charset: undefined };

function parseContentType(contentType: string): { mediaType: string; charset: string | undefined } {
  const [media = "", ...params] = contentType.toLowerCase().split(";");
  return {
    mediaType: media.trim(),
    charset: params.map((p) => p.trim()).find((p) => p.startsWith("charset=")),
  };
}

function refuse(errorCode: string, message: string): DtoBody {
  return { ok: false, body: errorBody(errorCode, message) };
}
