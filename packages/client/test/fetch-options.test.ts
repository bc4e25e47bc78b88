import { EvoVoice } from "@evovoice-sdk/client";
import { ProxyAgent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConnectProxy } from "./support/connect-proxy.js";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
let proxy: Awaited<ReturnType<typeof startConnectProxy>>;
let agent: ProxyAgent;
beforeAll(async () => {
  proxy = await startConnectProxy();
  agent = new ProxyAgent(proxy.url);
});
afterAll(async () => {
  await agent.close();
  await proxy.close();
});

describe("fetchOptions go with every fetch call", () => {
  it("undici's dispatcher: every operation goes through a real proxy", async () => {
    const evo = new EvoVoice({ apiKey: "k", baseUrl: server().url, fetchOptions: { dispatcher: agent } });
    server().reply(
      { body: MESSAGE },
      { body: { items: [] } },
      { body: { conversations: [] } },
      { body: MESSAGE },
    );
    await evo.messages.send({ sessionId: "S1", body: "x" });
    await evo.messages.list();
    await evo.conversations.list();
    await evo.api.POST("/messages", { body: { sessionId: "S1", body: "x" } });
    expect(server().requests).toHaveLength(4);
    // The agent keeps its tunnel open between calls; at least one was made, to the server.
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(server().url).host]));
  });

  it("with middleware registered (a real Request), too", async () => {
    const before = proxy.tunnels.length;
    const fresh = new ProxyAgent(proxy.url);
    const evo = new EvoVoice({ apiKey: "k", baseUrl: server().url, fetchOptions: { dispatcher: fresh } });
    evo.use({ onRequest: ({ request }) => request });
    server().reply({ body: MESSAGE });
    await evo.messages.send({ sessionId: "S1", body: "x" });
    expect(proxy.tunnels.length).toBe(before + 1);
    await fresh.close();
  });

  it("reach a custom fetch in its init, beside the signal (Bun's proxy, Deno's client)", async () => {
    const inits: RequestInit[] = [];
    const evo = new EvoVoice({
      apiKey: "k",
      fetchOptions: { proxy: "http://proxy.internal:3128", client: "deno-http-client" },
      fetch: async (_input, init) => {
        inits.push(init ?? {});
        return Response.json(MESSAGE);
      },
    });
    await evo.messages.send({ sessionId: "S1", body: "x" });
    expect(inits[0]).toMatchObject({
      proxy: "http://proxy.internal:3128",
      client: "deno-http-client",
      redirect: "manual",
    });
    expect(inits[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});
