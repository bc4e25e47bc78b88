import { ApiError, BY_STATUS, EvoVoiceError, InternalServerError, type ResponseStatus } from "../errors.js";

/**
 * Reads `response` in full and resolves with its JSON body (undefined when empty), or throws a non-2xx
 * answer as its typed error. (`evo.api` hands it a copy, leaving the original for openapi-fetch to read.)
 */
export async function readAnswer(
  response: Response,
  credentials: string | false | undefined,
): Promise<unknown> {
  const text = await response.text();
  let parsed: unknown;
  // The parse failure, as the options of the error that carries it.
  let invalid: ErrorOptions | undefined;
  try {
    // A server or proxy that echoes the Authorization header must not put it into an error, nor into a
    // parse failure's message (V8 quotes the text it could not parse), nor into what send returns.
    parsed = text ? JSON.parse(credentials ? text.replaceAll(credentials, "[redacted]") : text) : undefined;
  } catch (cause) {
    invalid = { cause };
  }
  const { status } = response;
  if (!response.ok) {
    // An HTML 502 page still gives an ApiError, with the parse failure as its cause.
    const responseStatus = (parsed as { responseStatus?: ResponseStatus } | undefined)?.responseStatus;
    throw new (BY_STATUS[status] ?? (status > 499 ? InternalServerError : ApiError))(
      status,
      responseStatus?.errorCode ? responseStatus : undefined,
      Object.fromEntries(response.headers),
      invalid,
    );
  }
  // Every success body of this API is JSON (JSONP via `?callback=` is not supported here).
  if (invalid) throw new EvoVoiceError(`Invalid JSON in a ${status} answer`, invalid);
  return parsed;
}
