import { type ErrorBody, errorBody } from "../validation/service-status.js";
import { fieldNames, pickFields, readDto } from "./read-dto.js";

export type SendBinding = { ok: true; dto: Record<string, unknown> } | { ok: false; body: ErrorBody };

const FIELDS = fieldNames(["sessionId", "endpointId", "toAddress", "body"]);

/**
 * The SendMessage DTO from a request: from its body (JSON or form-encoded), or, for a verb other than
 * POST sent without a body, from the query string, as ServiceStack's "All Verbs" route does. Values
 * are not type-checked here; the spec's schema does that next.
 */
export function bindSendMessage(
  method: string,
  bytes: Uint8Array,
  contentType: string | undefined,
  contentEncoding: string | undefined,
  query: string,
): SendBinding {
  const read = readDto(bytes, contentType, contentEncoding);
  if (!read.ok) return read;
  if (read.fields) return { ok: true, dto: pickFields(FIELDS, read.fields) };
  if (method === "POST") {
    return {
      ok: false,
      body: errorBody("SerializationException", "A request body (a JSON SendMessage) is required."),
    };
  }
  return { ok: true, dto: pickFields(FIELDS, new URLSearchParams(query)) };
}
