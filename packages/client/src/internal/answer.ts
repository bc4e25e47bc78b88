import { ApiError, BY_STATUS, EvoVoiceError, InternalServerError, type ResponseStatus } from "../errors.js";

/** `text` without the client's credentials, in case a server or proxy echoes the Authorization header. */
function redact(text: string, credentials: string | undefined): string {
  // includes() first: it is far cheaper than a replaceAll that finds nothing (this path is timed).
  return credentials && text.includes(credentials) ? text.replaceAll(credentials, "[redacted]") : text;
}

/** The JSON of a 2xx answer (undefined when empty), with the credentials redacted before parsing. */
export function parseJson(
  text: string | undefined,
  status: number,
  credentials: string | undefined,
): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(redact(text, credentials));
  } catch (cause) {
    // V8 quotes the text it could not parse; it was redacted first.
    throw new EvoVoiceError(`Invalid JSON in a ${status} answer`, { cause });
  }
}

/**
 * The typed error of a non-2xx answer, from the body openapi-fetch read (parsed JSON, or the text
 * when it was not JSON). A 3xx is one too: redirects are not followed.
 */
export function apiError(response: Response, body: unknown, credentials: string | undefined): ApiError {
  const { status } = response;
  let details = body as { responseStatus?: ResponseStatus } | undefined;
  // Cheap when nothing matches; a round trip only for a body that quotes the credentials.
  if (credentials && typeof details === "object") {
    const json = JSON.stringify(details);
    if (json.includes(credentials)) details = JSON.parse(redact(json, credentials));
  }
  const responseStatus = details?.responseStatus;
  return new (BY_STATUS[status] ?? (status > 499 ? InternalServerError : ApiError))(
    status,
    responseStatus?.errorCode ? responseStatus : undefined,
    Object.fromEntries(response.headers),
  );
}
