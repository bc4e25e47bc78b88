import { ConnectionError } from "../errors.js";
import { redact } from "./redact.js";

// Error codes that Node (undici), Bun and Deno put on a failure that happened before a single byte of
// the request was written: no connection (refused, unreachable, no such host) or no TLS session.
const NOT_SENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_CERT.*|CERT_.*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_.*)$/;

/** What a failed attempt carries; anything at all can be thrown. */
type Failure = { cause?: unknown; code?: unknown; errors?: unknown; message?: unknown } | undefined;

/**
 * The ConnectionError for a fetch to `origin` that failed without an answer. It says "nothing was
 * sent" only on evidence: a code that means no connection was made, on the error or anywhere in its
 * cause chain. The error's wording alone never decides, and anything else may have been delivered: a
 * port that fetch refuses by the Fetch standard, say (its "bad port" cause has no code).
 */
export function connectionError(
  caught: unknown,
  origin: string,
  credentials: string | undefined,
): ConnectionError {
  let code: unknown;
  let message: unknown;
  for (let failure = caught as Failure, hops = 0; failure && hops < 8; hops++) {
    code ??= failure.code;
    message = failure.message;
    // Happy eyeballs: several attempts, each with its own code.
    failure = (Array.isArray(failure.errors) ? failure.errors[0] : failure.cause) as Failure;
  }
  // The detail names what failed; a fetch that quotes the request could echo the credentials.
  const detail = redact(String(code ?? message), credentials);
  return new ConnectionError(`Connection to ${origin} failed (${detail})`, !NOT_SENT.test(String(code)), {
    cause: caught,
  });
}
