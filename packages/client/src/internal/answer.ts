import { ApiError, BY_STATUS, EvoVoiceError, InternalServerError, type ResponseStatus } from "../errors.js";
import { redact } from "./redact.js";

/**
 * The JSON of a 2xx answer (undefined when empty). The data is the caller's own and is returned as
 * sent; only a parse failure is redacted, as V8 quotes the text it could not parse.
 */
export function parseJson(
  text: string | undefined,
  status: number,
  credentials: string | undefined,
): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      JSON.parse(redact(text, credentials));
    } catch (cause) {
      throw new EvoVoiceError(`Invalid JSON in a ${status} answer`, { cause });
    }
    // Redacted, it parsed: the credentials were what broke it, so the cause cannot be shown.
    throw new EvoVoiceError(`Invalid JSON in a ${status} answer`);
  }
}

/**
 * The typed error of a non-2xx answer, from the body openapi-fetch read (parsed JSON, or the text
 * when it was not JSON). A 3xx is one too: redirects are not followed.
 */
export function apiError(response: Response, body: unknown, credentials: string | undefined): ApiError {
  const { status } = response;
  const responseStatus = (body as { responseStatus?: ResponseStatus } | undefined)?.responseStatus;
  const headers = Object.fromEntries(response.headers);
  return new (BY_STATUS[status] ?? (status > 499 ? InternalServerError : ApiError))(
    status,
    responseStatus?.errorCode ? (redactAll(responseStatus, credentials) as ResponseStatus) : undefined,
    redactAll(headers, credentials) as Record<string, string>,
  );
}

/** `value` with the credentials redacted in every string, however deep: a server may echo them anywhere. */
function redactAll(value: unknown, credentials: string | undefined): unknown {
  // Searched for as JSON writes them, so a key with a quote or a backslash is found too.
  return credentials
    ? JSON.parse(redact(JSON.stringify(value), JSON.stringify(credentials).slice(1, -1)))
    : value;
}
