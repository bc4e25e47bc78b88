import { EvoVoice } from "@evovoice-sdk/client";
import { createHandlers } from "@evovoice-sdk/mock-server/msw";
import { setupServer } from "msw/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bearer, KEY } from "./support/http.js";

// Each test sets up its own MSW server; none stays listening after it.
let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

function listen(mock: ReturnType<typeof createHandlers>) {
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: "error" });
  close = () => server.close();
}

describe("createHandlers for MSW's setupServer", () => {
  it("answers for the vendor's two hosts by default, so the SDK needs no baseUrl", async () => {
    const mock = createHandlers({ apiKeys: [KEY], sessions: ["S1"] });
    listen(mock);
    const evo = new EvoVoice({ apiKey: KEY });
    await evo.messages.send({ sessionId: "S1", body: "Hello" });
    const team = new EvoVoice({ apiKey: KEY, baseUrl: "https://team.evovoice.io" });
    await team.messages.send({ sessionId: "S1", body: "from the team host" });
    mock.receive({ endpointId: "mock-endpoint", fromAddress: "+15550002222", text: "Hi back" });
    const [conversation] = await evo.conversations.list();
    expect(conversation).toMatchObject({
      id: "mock-endpoint:+15550002222",
      mostRecentMessage: { text: "Hi back" },
    });
    expect(mock.messages.map((m) => m.response.text)).toEqual(["Hello", "from the team host", "Hi back"]);
    expect(mock.handlers).toHaveLength(2);
  });

  it("answers for the baseUrl given instead, with the path below it as the route", async () => {
    const mock = createHandlers({ baseUrl: ["http://localhost:4010/evo", "https://api.test"] });
    listen(mock);
    expect((await fetch("http://localhost:4010/evo/messages", { headers: bearer() })).status).toBe(200);
    expect((await fetch("https://api.test/conversations", { headers: bearer() })).status).toBe(200);
    expect((await fetch("https://api.test/nope", { headers: bearer() })).status).toBe(404);
    // Not one of the given base URLs: MSW refuses it as unhandled (and says so on console.error, kept
    // out of the test log here and asserted instead).
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(fetch("https://evovoice.io/messages", { headers: bearer() })).rejects.toThrow();
    expect(String(printed.mock.calls[0]?.[0])).toContain("without a matching request handler");
    printed.mockRestore();
  });

  it("a dropped connection is a failed fetch; status faults and reset() as in the other forms", async () => {
    const mock = createHandlers({ apiKeys: [KEY] });
    listen(mock);
    const post = () =>
      fetch("https://evovoice.io/messages", {
        method: "POST",
        headers: { ...bearer(), "content-type": "application/json" },
        body: JSON.stringify({ sessionId: "S1", body: "x" }),
      });
    mock.inject({ drop: "after-record" });
    await expect(post()).rejects.toThrow(TypeError);
    expect(mock.messages).toHaveLength(1);
    mock.inject({ status: 503, retryAfter: 1 });
    const refused = await post();
    expect([refused.status, refused.headers.get("retry-after")]).toEqual([503, "1"]);
    const pending = mock.inject({ status: 500, times: 3 });
    mock.reset();
    expect([mock.messages.length, pending.remaining]).toEqual([0, 0]);
    expect((await post()).status).toBe(200);
  });
});
