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

// The at-most-once rules, one per line of retryDelayMs.
describe("retryDelayMs", () => {
  it("429 and 503: Retry-After when given, up to the cap", () => {
    expect(retryDelayMs(new RateLimitError(429, undefined, { "retry-after": "3" }), 0)).toBe(3_000);
    expect(retryDelayMs(new InternalServerError(503, undefined, { "retry-after": "0" }), 1)).toBe(0);
    expect(retryDelayMs(new RateLimitError(429, undefined, { "retry-after": "61" }), 0)).toBeUndefined();
  });

  it("429 and 503 without Retry-After: backoff", () => {
    for (const status of [429, 503]) {
      const delay = retryDelayMs(new ApiError(status), 1);
      expect(delay).toBeGreaterThan(700);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });

  it("connection refused (nothing sent): backoff", () => {
    expect(retryDelayMs(new ConnectionError("refused", false), 0)).toBeGreaterThan(0);
  });

  it.each([
    ["a timeout", new TimeoutError("slow", true)],
    ["a dropped connection", new ConnectionError("reset", true)],
    ["500", new InternalServerError(500)],
    ["502", new InternalServerError(502)],
    ["504", new InternalServerError(504)],
    ["400", new BadRequestError(400)],
    ["an invalid input", new RequestValidationError([])],
    ["malformed JSON", new EvoVoiceError("Invalid JSON")],
    ["a foreign error", new TypeError("x")],
  ])("never after %s", (_, error) => {
    expect(retryDelayMs(error, 0)).toBeUndefined();
  });
});
