import { describe, expect, it } from "vitest";
// Internal pure functions, tested directly: they are not part of the public surface.
import { backoffMs, MAX_RETRY_AFTER_MS, parseRetryAfter } from "../../src/internal/retry-timing.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-26T15:04:05Z");

  it.each([
    ["0", 0],
    ["2", 2_000],
    [" 7 ", 7_000],
    ["1.5", 1_500],
    ["120", 120_000],
  ])("reads delta-seconds %j as %i ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it("reads an HTTP date relative to now", () => {
    expect(parseRetryAfter("Thu, 26 Nov 2026 15:04:35 GMT", now)).toBe(30_000);
  });

  it("treats a date in the past as 'now'", () => {
    expect(parseRetryAfter("Thu, 26 Nov 2026 15:00:00 GMT", now)).toBe(0);
  });

  it.each([null, undefined, "", "soon", "-1", "-5 seconds", "12 13"])("ignores %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("doubles from 0.5 s and caps at 8 s without jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((attempt) => backoffMs(attempt, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it("jitter shortens by at most a quarter, never lengthens", () => {
    expect(backoffMs(0, () => 1)).toBe(375);
    expect(backoffMs(1, () => 0.5)).toBe(875);
    for (let i = 0; i < 100; i++) {
      const ms = backoffMs(2);
      expect(ms).toBeGreaterThan(1500);
      expect(ms).toBeLessThanOrEqual(2000);
    }
  });

  it("the Retry-After cap is one minute", () => {
    expect(MAX_RETRY_AFTER_MS).toBe(60_000);
  });
});
