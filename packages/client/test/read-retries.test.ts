import { EvoVoice, InternalServerError } from "@evovoice-sdk/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HELD_TIMEOUT_MS, holdTimeouts } from "./support/held-timeout.js";
import { serverPerTest } from "./support/lifecycle.js";
import type { Plan } from "./support/server.js";

// One retry policy, the operation's idempotency its input: reads are repeated after any transient
// failure, sends only when the server cannot have acted. The server's count is the assertion.

const server = serverPerTest();
// The timeout of each attempt fires when a test fires it, once the server has the request.
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url, timeoutMs: HELD_TIMEOUT_MS });
let timeouts: ReturnType<typeof holdTimeouts>;
beforeEach(() => {
  timeouts = holdTimeouts();
});
afterEach(() => timeouts.restore());
const PAGE = { items: [{ id: "M1" }] };
const ok: Plan = { body: PAGE };

const transient: [string, Plan][] = [
  ["a 500", { status: 500, body: { responseStatus: { errorCode: "Oops" } } }],
  ["a 502 page", { status: 502, body: "<html>Bad Gateway</html>" }],
  ["a dropped connection", { drop: "after-record" }],
  ["a timeout", { delayMs: 60_000 }],
];

/**
 * `call`, whose first attempt is the server's request number `nth`: when the fault is a timeout, its
 * timeout fires once the server has that request.
 */
async function withFault<T>(fault: Plan, call: () => Promise<T>, nth = 1): Promise<T> {
  const pending = call();
  if (fault.delayMs) {
    await server().received(nth);
    timeouts.fire();
  }
  return pending;
}

describe.each(transient)("after %s", (_, fault) => {
  it("messages.list tries again and resolves", async () => {
    server().reply(fault, ok);
    await expect(withFault(fault, () => evo().messages.list())).resolves.toEqual(PAGE);
    expect(server().requests).toHaveLength(2);
  });

  it("conversations.list tries again and resolves", async () => {
    server().reply(fault, { body: { conversations: [] } });
    await expect(withFault(fault, () => evo().conversations.list())).resolves.toEqual([]);
    expect(server().requests).toHaveLength(2);
  });

  it("evo.api GET tries again", async () => {
    server().reply(fault, ok);
    await expect(withFault(fault, () => evo().api.GET("/messages"))).resolves.toMatchObject({ data: PAGE });
    expect(server().requests).toHaveLength(2);
  });

  it("a send is not repeated, on either route or verb", async () => {
    server().reply(fault);
    await expect(
      withFault(fault, () => evo().messages.send({ sessionId: "S1", body: "Hi" })),
    ).rejects.toMatchObject({ name: expect.any(String) });
    // PUT /messages sends too (ServiceStack's "All Verbs" route): not idempotent here. The spec
    // describes POST only, so PUT is typed for no route.
    const put = () => evo().api.PUT("/messages" as never, { body: { sessionId: "S1", body: "Hi" } } as never);
    await expect(withFault(fault, put, 2)).rejects.toBeDefined();
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
