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

// Registered, so that every copy of this package (the ESM and the CommonJS build, or two versions in
// node_modules) marks its errors with the same symbol.
const BRAND = Symbol.for("@evovoice-sdk/client.error");

/**
 * Base class of every error the SDK throws. Its JSON and `util.inspect` forms show only the error's
 * own data fields: the SDK never puts credentials or the outgoing request on an error.
 *
 * `instanceof` holds across copies of the package: an error from another copy is an instance of the
 * class of the same name here.
 */
export class EvoVoiceError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of instanceof, a subclass too.
    const { prototype } = this as unknown as { prototype: Error };
    for (
      let p = value instanceof Object ? Object.getPrototypeOf(value) : null;
      p;
      p = Object.getPrototypeOf(p)
    ) {
      // Each class names its own prototype (below), so the chain spells what the error is.
      if (p === prototype || (p[BRAND] && Object.hasOwn(p, "name") && p.name === prototype.name)) return true;
    }
    return false;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, ...(this as object), message: this.message };
  }

  // Node's default inspect would walk every property and the whole `cause` chain; this stays bounded.
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.stack}\n${JSON.stringify(this)}`;
  }
}

/** The input of a call (or an option) is invalid and nothing was sent; `issues` lists every problem. */
export class RequestValidationError extends EvoVoiceError {
  declare readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`);
    this.issues = issues;
  }
}

/** The server answered with a non-2xx status; the fields come from ServiceStack's `responseStatus`. */
export class ApiError extends EvoVoiceError {
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
    // A redirect is not followed (it could turn a send into a GET, or carry credentials elsewhere).
    super(
      responseStatus?.message ?? `HTTP ${status}${status < 400 ? ": redirects are not followed" : ""}`,
      options,
    );
    this.status = status;
    this.responseStatus = responseStatus;
    this.headers = headers;
    this.errorCode = responseStatus?.errorCode;
    this.fieldErrors = responseStatus?.errors ?? [];
    this.retryAfterMs = parseRetryAfter(headers["retry-after"]);
  }
}

export class BadRequestError extends ApiError {}
export class AuthenticationError extends ApiError {}
export class PermissionDeniedError extends ApiError {}
export class NotFoundError extends ApiError {}
export class ConflictError extends ApiError {}
/** 429: the server did not act on the request. `retryAfterMs` is its `Retry-After`, if it sent one. */
export class RateLimitError extends ApiError {}
/** Any 5xx. Except after a 503, the server may have acted on the request before failing. */
export class InternalServerError extends ApiError {}

/** No usable answer arrived. `mayHaveBeenDelivered` is false only when the request provably never left. */
export class ConnectionError extends EvoVoiceError {
  declare readonly mayHaveBeenDelivered: boolean;
  constructor(message: string, mayHaveBeenDelivered: boolean, options?: ErrorOptions) {
    super(
      `${message}; ${mayHaveBeenDelivered ? "it may have been delivered (not resent)" : "nothing was sent"}`,
      options,
    );
    this.mayHaveBeenDelivered = mayHaveBeenDelivered;
  }
}
/** No complete answer within `timeoutMs`; the request may have been delivered (a send is never resent). */
export class TimeoutError extends ConnectionError {}

// Names on the prototypes, not on each instance: `instanceof` across copies reads them there, and
// minifiers that rename classes leave these strings alone.
for (const [type, name] of [
  [EvoVoiceError, "EvoVoiceError"],
  [RequestValidationError, "RequestValidationError"],
  [ApiError, "ApiError"],
  [BadRequestError, "BadRequestError"],
  [AuthenticationError, "AuthenticationError"],
  [PermissionDeniedError, "PermissionDeniedError"],
  [NotFoundError, "NotFoundError"],
  [ConflictError, "ConflictError"],
  [RateLimitError, "RateLimitError"],
  [InternalServerError, "InternalServerError"],
  [ConnectionError, "ConnectionError"],
  [TimeoutError, "TimeoutError"],
] as const) {
  Object.defineProperty(type.prototype, "name", { value: name, writable: true, configurable: true });
}
Object.defineProperty(EvoVoiceError.prototype, BRAND, { value: true });

/** The ApiError class for each status that has its own; any other 5xx is an InternalServerError. */
export const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};
