import { EvoVoice } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { noUnhandledRejections, sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url, maxRetries: 0 });
const headers = { "x-request-id": "req-42", "x-ratelimit-remaining": "9" };

noUnhandledRejections();

describe(".withResponse(): the data and the fetch Response", () => {
  it("messages.send", async () => {
    server().reply({ body: MESSAGE, headers });
    const { data, response } = await evo().messages.send({ sessionId: "S1", body: "Hi" }).withResponse();
    expect(data).toEqual(MESSAGE);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-42");
    expect(server().requests).toHaveLength(1);
  });

  it("messages.list", async () => {
    const page = { items: [MESSAGE], totalCount: 1 };
    server().reply({ body: page, headers });
    const { data, response } = await evo()
      .messages.list({ endpointIds: ["E1"] })
      .withResponse();
    expect(data).toEqual(page);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("9");
  });

  it("conversations.list", async () => {
    server().reply({ body: { conversations: [] }, headers });
    const { data, response } = await evo().conversations.list().withResponse();
    expect(data).toEqual([]);
    expect(response.url).toBe(`${server().url}/conversations`);
  });

  it("awaiting the call directly still gives the data, with one request", async () => {
    server().reply({ body: MESSAGE });
    await expect(evo().messages.send({ sessionId: "S1", body: "Hi" })).resolves.toEqual(MESSAGE);
    expect(server().requests).toHaveLength(1);
  });

  it("a failure rejects withResponse() with the typed error, and nothing is reported unhandled", async () => {
    server().reply({
      status: 404,
      body: { responseStatus: { errorCode: "NotFound", message: "Session not found" } },
    });
    await expect(evo().messages.send({ sessionId: "S1", body: "Hi" }).withResponse()).rejects.toMatchObject({
      status: 404,
      errorCode: "NotFound",
    });
    // Let a would-be unhandled rejection surface before afterAll looks.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
