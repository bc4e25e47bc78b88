import { ConnectionError, EvoVoice } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { serverPerTest } from "./support/lifecycle.js";
import { MESSAGE, refusedUrl } from "./support/server.js";

// "Did it leave the machine?" is decided from evidence (an error code), never from the wording of the
// error alone.

const server = serverPerTest();

async function failure(evo: EvoVoice): Promise<ConnectionError> {
  return evo.messages.send({ sessionId: "S1", body: "Hi" }).then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error as ConnectionError,
  );
}

describe("nothing was sent", () => {
  it("a refused connection (code ECONNREFUSED on the cause)", async () => {
    const error = await failure(new EvoVoice({ apiKey: "k", baseUrl: await refusedUrl(), maxRetries: 0 }));
    expect(error.mayHaveBeenDelivered).toBe(false);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("a host that does not resolve (code ENOTFOUND), from a custom fetch's error", async () => {
    const fetch = async () => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("getaddrinfo"), { code: "ENOTFOUND" }),
      });
    };
    const error = await failure(new EvoVoice({ apiKey: "k", fetch, maxRetries: 0 }));
    expect(error.mayHaveBeenDelivered).toBe(false);
  });
});

describe("it may have been delivered", () => {
  it("a port fetch refuses by standard: its error has no code, so a send is not claimed unsent", async () => {
    // The SDK keeps no table of the Fetch standard's bad ports; the error names the origin, and its
    // cause chain says "bad port".
    const error = await failure(new EvoVoice({ apiKey: "k", baseUrl: "http://127.0.0.1:6000" }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe(
      "Connection to http://127.0.0.1:6000 failed (bad port); it may have been delivered",
    );
  });

  it("a fetch that delivered the message, then failed with words that say otherwise", async () => {
    // The request reaches the server and is recorded; the error blames a "bad port" and a refusal.
    const fetch = async (input: string | Request, init?: RequestInit) => {
      await globalThis.fetch(input, init);
      throw new TypeError("fetch failed: bad port, ECONNREFUSED, nothing was sent");
    };
    const error = await failure(new EvoVoice({ apiKey: "k", baseUrl: server().url, fetch }));
    expect(server().requests).toHaveLength(1);
    expect(error.mayHaveBeenDelivered).toBe(true);
    // And so it was not resent.
    expect(server().requests).toHaveLength(1);
  });

  it("a connection dropped after the server read the request", async () => {
    server().reply({ drop: "after-record" }, { body: MESSAGE });
    const error = await failure(new EvoVoice({ apiKey: "k", baseUrl: server().url }));
    expect(error.mayHaveBeenDelivered).toBe(true);
    expect(server().requests).toHaveLength(1);
  });
});
