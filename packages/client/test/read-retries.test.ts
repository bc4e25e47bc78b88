import { EvoVoice, InternalServerError } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { serverPerTest } from "./support/lifecycle.js";
import type { Plan } from "./support/server.js";

// One retry policy, the operation's idempotency its input: reads are repeated after any transient
// failure, sends only when the server cannot have acted. The server's count is the assertion.

const server = serverPerTest();
// 1 s per attempt against 5 s delays: the request is recorded long before the client gives up.
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url, timeoutMs: 1_000 });
const PAGE = { items: [{ id: "M1" }] };
const ok: Plan = { body: PAGE };

const transient: [string, Plan][] = [
  ["a 500", { status: 500, body: { responseStatus: { errorCode: "Oops" } } }],
  ["a 502 page", { status: 502, body: "<html>Bad Gateway</html>" }],
  ["a dropped connection", { drop: "after-record" }],
  ["a timeout", { delayMs: 5_000 }],
];

describe.each(transient)("after %s", (_, fault) => {
  it("messages.list tries again and resolves", async () => {
    server().reply(fault, ok);
    await expect(evo().messages.list()).resolves.toEqual(PAGE);
    expect(server().requests).toHaveLength(2);
  });

  it("conversations.list tries again and resolves", async () => {
    server().reply(fault, { body: { conversations: [] } });
    await expect(evo().conversations.list()).resolves.toEqual([]);
    expect(server().requests).toHaveLength(2);
  });

  it("evo.api GET tries again", async () => {
    server().reply(fault, ok);
    await expect(evo().api.GET("/messages")).resolves.toMatchObject({ data: PAGE });
    expect(server().requests).toHaveLength(2);
  });

  it("a send is not repeated, on either route or verb", async () => {
    server().reply(fault);
    await expect(evo().messages.send({ sessionId: "S1", body: "Hi" })).rejects.toMatchObject({
      name: expect.any(String),
    });
    // PUT /messages sends too (ServiceStack's "All Verbs" route): not idempotent here.
    await expect(
      // The spec describes POST only, so PUT is typed for no route.
      evo().api.PUT("/messages" as never, { body: { sessionId: "S1", body: "Hi" } } as never),
    ).rejects.toBeDefined();
    expect(server().requests.map((r) => r.method)).toEqual(["POST", "PUT"]);
  });
});

describe("reads give up too", () => {
  it("after maxRetries, with the last error", async () => {
    server().reply({ status: 500, body: { responseStatus: { errorCode: "Oops" } } });
    await expect(evo().messages.list({}, { maxRetries: 1 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server().requests).toHaveLength(2);
  });

  it("never after a 4xx other than 408 and 429", async () => {
    server().reply({ status: 404, body: {} });
    await expect(evo().messages.list()).rejects.toMatchObject({ status: 404 });
    expect(server().requests).toHaveLength(1);
  });
});
