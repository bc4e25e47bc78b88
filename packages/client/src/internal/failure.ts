import { ConnectionError } from "../errors.js";
import { redact } from "./redact.js";

// Error codes that Node (undici), Bun and Deno put on a failure that happened before a single byte of
// the request was written: no connection (refused, unreachable, no such host) or no TLS session.
const NOT_SENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ERR_TLS_CERT.*|CERT_.*|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_.*)$/;

// The Fetch standard's "bad ports" (fetch.spec.whatwg.org/#port-blocking), as Node 20's fetch refuses
// them: fetch fails on these before connecting, so such a failure never left the machine.
const BAD_PORTS = new Set(
  "1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104 109 110 111 113 115 117 119 123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532 540 548 554 556 563 587 601 636 989 990 993 995 1719 1720 1723 2049 3659 4045 4190 5060 5061 6000 6566 6665 6666 6667 6668 6669 6679 6697 10080"
    .split(" ")
    .map(Number),
);

/** What a failed attempt carries; anything at all can be thrown. */
type Failure = { cause?: unknown; code?: unknown; errors?: unknown; message?: unknown } | undefined;

/**
 * The ConnectionError for a fetch that failed without an answer. It says "nothing was sent" only on
 * evidence: a code that means no connection was made (on the error or anywhere in its cause chain), or
 * a port that fetch refuses by the standard. The error's wording alone never decides.
 */
export function connectionError(
  caught: unknown,
  url: string,
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
  const notSent = NOT_SENT.test(String(code)) || BAD_PORTS.has(Number(new URL(url).port));
  // The detail names what failed; a fetch that quotes the request could echo the credentials.
  const detail = redact(String(code ?? message), credentials);
  return new ConnectionError(`Connection failed (${detail})`, !notSent, { cause: caught });
}
