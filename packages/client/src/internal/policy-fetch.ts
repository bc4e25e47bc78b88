import type { EvoVoiceOptions } from "../types.js";
import { readAnswer } from "./read-answer.js";
import { assertSafeTarget } from "./target.js";
import { withPolicy } from "./with-policy.js";

/**
 * The fetch that openapi-fetch calls for `evo.api`: refuses to send the client's credentials insecurely,
 * then runs the client's policy (timeout, retries, typed errors, the credentials redacted). Resolves only
 * with a 2xx response whose body arrived in full within the timeout; openapi-fetch then reads it, already
 * buffered. (Credentials a caller adds to one call's headers are the caller's to guard.)
 */
export function createPolicyFetch(
  options: EvoVoiceOptions,
  credentials: string | false | undefined,
): (request: Request) => Promise<Response> {
  return (request) => {
    // Checked per request as well as in the constructor: evo.api accepts a per-call baseUrl.
    assertSafeTarget(request.url, credentials, options);
    // The request stands for the call's options: its signal is the caller's, and it has no overrides.
    return withPolicy(options, request, async (signal) => {
      // Each attempt sends a copy of the request, so that a retry has the body too. The signal goes in
      // init, which fetch must honour (EvoVoiceOptions.fetch): undici links the signal of a Request
      // made from a Request only weakly, and after a garbage collection an abort could miss it, while a
      // signal in init reaches fetch's own Request directly. Called unbound: a browser's fetch throws
      // "Illegal invocation" when called as a method.
      const response = await (options.fetch ?? fetch)(request.clone(), { signal });
      // Read from a copy, leaving the original for openapi-fetch.
      await readAnswer(response.clone(), credentials);
      return response;
    });
  };
}
