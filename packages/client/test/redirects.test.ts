import { ApiError, EvoVoice } from "@evovoice-sdk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE, startServer, type TestServer } from "./support/server.js";

// A redirect is never followed: it could turn a POST into a GET (301/302/303) and come back with
// whatever the GET returns, or carry the credentials to another origin.

const server = sharedServer();
let elsewhere: TestServer;
beforeAll(async () => {
  elsewhere = await startServer();
});
afterAll(() => elsewhere.close());

const evo = () => new EvoVoice({ apiKey: "secret-key", baseUrl: server().url });

describe.each([301, 302, 303, 307, 308])("a %i answer", (status) => {
  it.each(["same origin", "another origin"])(
    "to %s: a send is an ApiError, sent once, never re-sent as a GET",
    async (where) => {
      elsewhere.requests.length = 0;
      const location = where === "same origin" ? `${server().url}/messages` : `${elsewhere.url}/steal`;
      server().reply({ status, headers: { location }, body: "" }, { body: MESSAGE });
      elsewhere.reply({ body: MESSAGE });
      const error = await evo()
        .messages.send({ sessionId: "S1", body: "Hi" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status, message: `HTTP ${status}: redirects are not followed` });
      expect((error as ApiError).headers.location).toBe(location);
      expect(server().requests.map((r) => r.method)).toEqual(["POST"]);
      expect(elsewhere.requests).toHaveLength(0);
    },
  );

  it("a read is not followed either (nor retried)", async () => {
    elsewhere.requests.length = 0;
    server().reply({ status, headers: { location: `${elsewhere.url}/messages` }, body: "" });
    await expect(evo().messages.list()).rejects.toMatchObject({ status });
    expect(server().requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe("no option turns following back on", () => {
  it("neither fetchOptions nor an evo.api call's init", async () => {
    elsewhere.requests.length = 0;
    const client = new EvoVoice({
      apiKey: "secret-key",
      baseUrl: server().url,
      fetchOptions: { redirect: "follow" },
    });
    const location = `${elsewhere.url}/messages`;
    server().reply(
      { status: 302, headers: { location }, body: "" },
      { status: 302, headers: { location }, body: "" },
    );
    elsewhere.reply({ body: MESSAGE }, { body: MESSAGE });
    await expect(client.messages.send({ sessionId: "S1", body: "Hi" })).rejects.toMatchObject({
      status: 302,
    });
    await expect(
      client.api.POST("/sessions/{sessionId}/messages", {
        params: { path: { sessionId: "S1" } },
        body: { body: "Hi" },
        redirect: "follow",
      }),
    ).rejects.toMatchObject({ status: 302 });
    expect(server().requests.map((r) => r.method)).toEqual(["POST", "POST"]);
    expect(elsewhere.requests).toHaveLength(0);
  });
});
