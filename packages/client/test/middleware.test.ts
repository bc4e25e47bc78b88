import { EvoVoice, type Middleware } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE, refusedUrl } from "./support/server.js";

const server = sharedServer();
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url });

/** A middleware that tags each request and records what it saw. */
function tagging() {
  const seen: string[] = [];
  const middleware: Middleware = {
    onRequest({ request, schemaPath }) {
      seen.push(`request ${request.method} ${schemaPath}`);
      request.headers.set("x-tag", "tagged");
      return request;
    },
    onResponse({ response }) {
      seen.push(`response ${response.status}`);
    },
  };
  return { seen, middleware };
}

describe("evo.use(middleware) applies to every operation", () => {
  it("send (both routes), list, conversations and evo.api", async () => {
    const client = evo();
    const { seen, middleware } = tagging();
    client.use(middleware);
    server().reply(
      { body: MESSAGE },
      { body: MESSAGE },
      { body: { items: [] } },
      { body: { conversations: [] } },
      { body: MESSAGE },
    );
    await client.messages.send({ sessionId: "S1", body: "Hi" });
    await client.messages.send({ endpointId: "E1", toAddress: "+1555", body: "Hi" });
    await client.messages.list();
    await client.conversations.list();
    await client.api.POST("/messages", { body: { sessionId: "S1", body: "Hi" } });
    expect(seen).toEqual([
      "request POST /sessions/{sessionId}/messages",
      "response 200",
      "request POST /messages",
      "response 200",
      "request GET /messages",
      "response 200",
      "request GET /conversations",
      "response 200",
      "request POST /messages",
      "response 200",
    ]);
    // The server received what the middleware changed, and the body survived the real Request.
    expect(server().requests.map((r) => r.headers["x-tag"])).toEqual(Array(5).fill("tagged"));
    expect(JSON.parse(server().requests[0]?.body ?? "")).toEqual({ body: "Hi" });
    expect(server().requests[0]?.headers.authorization).toBe("Bearer k");
  });

  it("evo.api.use is the same registration", async () => {
    const client = evo();
    const { seen, middleware } = tagging();
    client.api.use(middleware);
    server().reply({ body: MESSAGE });
    await client.messages.send({ sessionId: "S1", body: "Hi" });
    expect(seen).toHaveLength(2);
  });

  it("runs once per attempt, so a retried send passes through it twice", async () => {
    const client = evo();
    const { seen, middleware } = tagging();
    client.use(middleware);
    server().reply({ status: 429, headers: { "retry-after": "0" }, body: {} }, { body: MESSAGE });
    await client.messages.send({ sessionId: "S1", body: "Hi" });
    expect(seen).toEqual([
      "request POST /sessions/{sessionId}/messages",
      "response 429",
      "request POST /sessions/{sessionId}/messages",
      "response 200",
    ]);
    // Each attempt carried the whole body.
    expect(server().requests.map((r) => r.body)).toEqual(['{"body":"Hi"}', '{"body":"Hi"}']);
  });

  it("onResponse can replace the answer, and onError can turn a failure into an answer", async () => {
    const client = evo();
    client.use({
      onResponse: () => Response.json({ ...MESSAGE, id: "from-middleware" }),
    });
    server().reply({ body: MESSAGE });
    await expect(client.messages.send({ sessionId: "S1", body: "Hi" })).resolves.toMatchObject({
      id: "from-middleware",
    });

    const offline = new EvoVoice({ apiKey: "k", baseUrl: await refusedUrl(), maxRetries: 0 });
    offline.use({ onError: () => Response.json({ items: [{ id: "cached" }] }) });
    await expect(offline.messages.list()).resolves.toEqual({ items: [{ id: "cached" }] });
  });

  it("eject removes it", async () => {
    const client = evo();
    const { seen, middleware } = tagging();
    client.use(middleware);
    client.eject(middleware);
    server().reply({ body: MESSAGE });
    await client.messages.send({ sessionId: "S1", body: "Hi" });
    expect(seen).toEqual([]);
    expect(server().requests[0]?.headers["x-tag"]).toBeUndefined();
  });
});
