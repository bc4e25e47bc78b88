import { ApiError, BY_STATUS, EvoVoiceError, InternalServerError, type ResponseStatus } from "../errors.js";
import { redact } from "./redact.js";

/**
 * The error of a 2xx answer whose JSON openapi-fetch could not parse (it reads no other). Its cause
 * is the parser's error, which quotes the start of the text; the credentials are redacted from the
 * quote, and so is a quote that holds four characters of them in a row (a credential cut off at the
 * quote's end).
 */
export function invalidJson(caught: SyntaxError, credentials: string | undefined): EvoVoiceError {
  let message = redact(caught.message, credentials);
  const quote = /"(.*)"/.exec(message)?.[1] ?? "";
  for (let at = 0; credentials && at + 4 <= quote.length; at++)
    if (credentials.includes(quote.slice(at, at + 4))) {
      message = message.replace(quote, "[redacted]");
      break;
    }
  // The server answered 2xx: it acted on the request, so a send's message went out.
  return new EvoVoiceError("Invalid JSON in a 2xx answer; it may have been delivered", {
    cause: new SyntaxError(message),
    mayHaveBeenDelivered: true,
  });
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
