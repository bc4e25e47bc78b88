import { EvoVoice, RateLimitError } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url });
const httpDate = (fromNowMs: number) => new Date(Date.now() + fromNowMs).toUTCString();

describe("Retry-After, in both of its forms", () => {
  it.each([
    ["seconds", () => "1"],
    ["an HTTP date", () => httpDate(1_500)],
  ])("as %s: the send waits, then lands; two requests", async (_, value) => {
    server().reply({ status: 429, headers: { "retry-after": value() }, body: {} }, { body: MESSAGE });
    const started = Date.now();
    await expect(evo().messages.send({ sessionId: "S1", body: "Hi" })).resolves.toEqual(MESSAGE);
    expect(server().requests).toHaveLength(2);
    // It did wait (a lower bound only: a loaded machine may wait longer).
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  });

  it.each([
    ["3600 seconds", () => "3600", 3_600_000],
    ["an HTTP date an hour away", () => httpDate(3_600_000), 3_600_000],
  ])("a wait of %s never hangs the call: the error says when to come back", async (_, value, expected) => {
    server().reply({ status: 429, headers: { "retry-after": value() }, body: {} });
    const error = (await evo()
      .messages.list()
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBeGreaterThan(expected - 5_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(expected);
    expect(server().requests).toHaveLength(1);
  });
});
