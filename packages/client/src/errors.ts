import type { components } from "./generated/openapi.js";
import { parseRetryAfter } from "./internal/retry-timing.js";

/** ServiceStack's error details, as the server sent them. */
export type ResponseStatus = components["schemas"]["ResponseStatus"];
/** One invalid field of a ServiceStack validation error. */
export type FieldError = components["schemas"]["ResponseError"];
/** One problem with the input of a call, found before anything was sent. */
export interface ValidationIssue {
  field: string;
  message: string;
}

/**
 * Base class of every error the SDK throws. Its JSON and `util.inspect` forms show only the error's
 * own data fields: the SDK never puts credentials or the outgoing request on an error.
 */
export class EvoVoiceError extends Error {
  override name = "EvoVoiceError";

  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }

  // Node's default inspect would walk every property and the whole `cause` chain; this stays bounded.
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.stack}\n${JSON.stringify(this)}`;
  }
}

/** The input of a call is invalid and nothing was sent; `issues` lists every problem found. */
export class RequestValidationError extends EvoVoiceError {
  override name = "RequestValidationError";
  declare readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`);
    Object.assign(this, { issues });
  }
}

/** The server answered with a non-2xx status; the fields come from ServiceStack's `responseStatus`. */
export class ApiError extends EvoVoiceError {
  override name = "ApiError";
  declare readonly status: number;
  declare readonly responseStatus: ResponseStatus | undefined;
  /** The answer's headers, names in lower case. */
  declare readonly headers: Record<string, string>;
  /** `responseStatus.errorCode`, when the body had one. */
  declare readonly errorCode: string | undefined;
  /** `responseStatus.errors`: one entry per invalid field; empty when there were none. */
  declare readonly fieldErrors: FieldError[];
  /** The answer's `Retry-After` in milliseconds, if it had one (429 and 503 do). */
  declare readonly retryAfterMs: number | undefined;

  constructor(
    status: number,
    responseStatus?: ResponseStatus,
    headers: Record<string, string> = {},
    options?: ErrorOptions,
  ) {
    super(responseStatus?.message ?? `HTTP ${status}`, options);
    Object.assign(this, {
      status,
      responseStatus,
      headers,
      errorCode: responseStatus?.errorCode,
      fieldErrors: responseStatus?.errors ?? [],
      retryAfterMs: parseRetryAfter(headers["retry-after"]),
    });
  }
}

export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** 429: the server did not act on the request. `retryAfterMs` is its `Retry-After`, if it sent one. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
/** Any 5xx. Except after a 503, the server may have acted on the request before failing. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}

/** No usable answer arrived. `mayHaveBeenDelivered` is false only when the request provably never left. */
export class ConnectionError extends EvoVoiceError {
  override name = "ConnectionError";
  declare readonly mayHaveBeenDelivered: boolean;
  constructor(message: string, mayHaveBeenDelivered: boolean, options?: ErrorOptions) {
    super(
      `${message}; ${mayHaveBeenDelivered ? "it may have been delivered (not resent)" : "nothing was sent"}`,
      options,
    );
    Object.assign(this, { mayHaveBeenDelivered });
  }
}
/** No complete answer within `timeoutMs`; the request may have been delivered and is never resent. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

/** The ApiError class for each status that has its own; any other 5xx is an InternalServerError. */
export const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};
