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

// What an error adds when the server may have acted (a send is then never resent).
const MAY_HAVE = "; it may have been delivered";

// Registered, so that every copy of this package (the ESM and the CommonJS build, or two versions in
// node_modules) brands its errors with the same symbol.
const BRAND = Symbol.for("@evovoice-sdk/client.error");

/**
 * Base class of every error the SDK throws. Its JSON and `util.inspect` forms show only the error's
 * own data fields: the SDK never puts credentials or the outgoing request on an error.
 *
 * `instanceof` holds across copies of the package: an error from another copy is an instance of the
 * class of the same name here.
 */
export class EvoVoiceError extends Error {
  /**
   * Whether the server may have acted on the request despite the error: for a send, whether the
   * message may have been delivered (it is never resent then). False when it provably did not.
   */
  readonly mayHaveBeenDelivered: boolean;

  constructor(message: string, options?: ErrorOptions & { mayHaveBeenDelivered?: boolean }) {
    super(message, options);
    this.mayHaveBeenDelivered = options?.mayHaveBeenDelivered ?? false;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    // Each prototype's brand lists its class and every class above it (below), so one lookup answers.
    const brand: unknown = value instanceof Object && (value as Record<symbol, unknown>)[BRAND];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of instanceof, a subclass too.
    const { name } = (this as typeof EvoVoiceError).prototype;
    return typeof brand === "string" && brand.split(" ").includes(name);
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
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.field} ${i.message}`).join("; ")}`);
    this.issues = issues;
  }
}

/** The server answered with a non-2xx status; the fields come from ServiceStack's `responseStatus`. */
export class ApiError extends EvoVoiceError {
  readonly status: number;
  readonly responseStatus: ResponseStatus | undefined;
  /** The answer's headers, names in lower case. */
  readonly headers: Record<string, string>;
  /** `responseStatus.errorCode`, when the body had one. */
  readonly errorCode: string | undefined;
  /** `responseStatus.errors`: one entry per invalid field; empty when there were none. */
  readonly fieldErrors: FieldError[];
  /** The answer's `Retry-After` in milliseconds, if it had one (429 and 503 do). */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, responseStatus?: ResponseStatus, headers: Record<string, string> = {}) {
    // After a 5xx other than 503 the server failed while it handled the request: it may have acted.
    const mayHaveBeenDelivered = status > 499 && status !== 503;
    // A redirect is not followed (it could turn a send into a GET, or carry credentials elsewhere).
    super(
      (responseStatus?.message ?? `HTTP ${status}${status < 400 ? ": redirects are not followed" : ""}`) +
        (mayHaveBeenDelivered ? MAY_HAVE : ""),
      { mayHaveBeenDelivered },
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
/** Any 5xx. Except after a 503, the server may have acted on the request (`mayHaveBeenDelivered`). */
export class InternalServerError extends ApiError {}

/**
 * No usable answer arrived from `origin` (scheme, host and port: never a path or query).
 * `mayHaveBeenDelivered` is false only when the request provably never left.
 */
export class ConnectionError extends EvoVoiceError {
  constructor(message: string, mayHaveBeenDelivered: boolean, options?: ErrorOptions) {
    super(message + (mayHaveBeenDelivered ? MAY_HAVE : "; nothing was sent"), {
      ...options,
      mayHaveBeenDelivered,
    });
  }
}
/** No complete answer within `timeoutMs`; the request may have been delivered (a send is never resent). */
export class TimeoutError extends ConnectionError {}

// Names and brands on the prototypes, not on each instance: `instanceof` across copies reads the brand,
// and minifiers that rename classes leave these strings alone. Parents come before their subclasses.
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
  const { prototype } = type;
  const parent: Record<symbol, string | undefined> = Object.getPrototypeOf(prototype);
  Object.defineProperty(prototype, "name", { value: name, writable: true, configurable: true });
  Object.defineProperty(prototype, BRAND, { value: `${parent[BRAND] ?? ""} ${name}` });
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
