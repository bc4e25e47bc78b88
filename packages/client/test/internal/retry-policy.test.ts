import {
  ApiError,
  BadRequestError,
  ConnectionError,
  EvoVoiceError,
  InternalServerError,
  RateLimitError,
  RequestValidationError,
  TimeoutError,
} from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../src/internal/retry-policy.js";

// One policy, the operation's idempotency its input: one test per line of retryDelayMs.
describe("retryDelayMs", () => {
  it.each([false, true])(
    "429 and 503: Retry-After when given, up to the cap (idempotent: %s)",
    (idempotent) => {
      expect(retryDelayMs(new RateLimitError(429, undefined, { "retry-after": "3" }), 0, idempotent)).toBe(
        3_000,
      );
      expect(
        retryDelayMs(new InternalServerError(503, undefined, { "retry-after": "0" }), 1, idempotent),
      ).toBe(0);
      expect(
        retryDelayMs(new RateLimitError(429, undefined, { "retry-after": "61" }), 0, idempotent),
      ).toBeUndefined();
      expect(
        retryDelayMs(new RateLimitError(429, undefined, { "retry-after": "3600" }), 0, idempotent),
      ).toBeUndefined();
    },
  );

  it("429 and 503 without Retry-After: backoff", () => {
    for (const status of [429, 503]) {
      const delay = retryDelayMs(new ApiError(status), 1, false);
      expect(delay).toBeGreaterThan(700);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });

  it("nothing sent (connection refused): backoff, for a send too", () => {
    expect(retryDelayMs(new ConnectionError("refused", false), 0, false)).toBeGreaterThan(0);
  });

  const transient = [
    ["a timeout", new TimeoutError("slow", true)],
    ["a dropped connection", new ConnectionError("reset", true)],
    ["500", new InternalServerError(500)],
    ["502", new InternalServerError(502)],
    ["504", new InternalServerError(504)],
    ["408", new ApiError(408)],
  ] as const;

  it.each(transient)("a send is never repeated after %s (it may have been delivered)", (_, error) => {
    expect(retryDelayMs(error, 0, false)).toBeUndefined();
  });

  it.each(transient)("a read is repeated after %s, with backoff", (_, error) => {
    expect(retryDelayMs(error, 0, true)).toBeGreaterThan(0);
  });

  it.each([
    ["400", new BadRequestError(400)],
    ["401", new ApiError(401)],
    ["a redirect", new ApiError(302)],
    ["an invalid input", new RequestValidationError([])],
    ["malformed JSON", new EvoVoiceError("Invalid JSON")],
    ["a foreign error", new TypeError("x")],
  ])("nothing is repeated after %s", (_, error) => {
    expect(retryDelayMs(error, 0, true)).toBeUndefined();
    expect(retryDelayMs(error, 0, false)).toBeUndefined();
  });
});
