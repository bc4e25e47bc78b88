import { ConnectionError, EvoVoice } from "@evovoice-sdk/client";
import { createMockFetch } from "@evovoice-sdk/mock-server";
import { describe, expect, it, vi } from "vitest";
import { bearer, KEY } from "./support/http.js";

const VENDOR = "https://evovoice.io";
const send = (
  mock: ReturnType<typeof createMockFetch>,
  body: unknown = { body: "x" },
  init: RequestInit = {},
) =>
  mock.fetch(`${VENDOR}/sessions/S1/messages`, {
    method: "POST",
    headers: { ...bearer(), "content-type": "application/json" },
    body: JSON.stringify(body),
    ...init,
  });

describe("createMockFetch with the SDK", () => {
  it("sends, receives a reply, lists it and its conversation, with no server and no port", async () => {
    const mock = createMockFetch({ apiKeys: [KEY], endpoints: ["E1"] });
    const evo = new EvoVoice({ apiKey: KEY, fetch: mock.fetch });
    const sent = await evo.messages.send({
      endpointId: "E1",
      toAddress: "+15556667777",
      body: "Your table is ready.",
    });
    expect(sent).toMatchObject({ direction: "Outgoing", text: "Your table is ready." });
    mock.receive({ endpointId: "E1", fromAddress: "+15556667777", text: "On my way" });
    const page = await evo.messages.list({ endpointIds: ["E1"], countPerPage: 1 });
    expect(page).toMatchObject({
      totalCount: 2,
      hasMorePages: true,
      items: [{ direction: "Incoming", text: "On my way" }],
    });
    const texts: (string | undefined)[] = [];
    for await (const message of evo.messages.list({ endpointIds: ["E1"], countPerPage: 1 }))
      texts.push(message.text);
    expect(texts).toEqual(["On my way", "Your table is ready."]);
    expect(mock.messages.map((m) => m.route)).toEqual(["/messages", "receive"]);
  });

  it("a 429 is retried and lands once; a drop after the record is not resent and may have been delivered", async () => {
    const mock = createMockFetch({ apiKeys: [KEY] });
    const evo = new EvoVoice({ apiKey: KEY, fetch: mock.fetch });
    mock.inject({ status: 429, retryAfter: 0 });
    await evo.messages.send({ sessionId: "S1", body: "retried" });
    expect(mock.messages).toHaveLength(1);
    mock.inject({ drop: "after-record" });
    const error = await evo.messages
      .send({ sessionId: "S1", body: "dropped" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect(mock.messages.map((m) => m.request.body)).toEqual(["retried", "dropped"]);
  });
});

describe("createMockFetch as a fetch function", () => {
  it("takes a URL string, a URL or a Request, and answers like the server", async () => {
    const mock = createMockFetch({ apiKeys: [KEY] });
    const request = new Request(`${VENDOR}/messages?countPerPage=1`, { headers: bearer() });
    for (const input of [`${VENDOR}/conversations`, new URL(`${VENDOR}/conversations`)]) {
      const response = await mock.fetch(input, { headers: bearer() });
      expect([response.status, response.url, await response.json()]).toEqual([
        200,
        `${VENDOR}/conversations`,
        { conversations: [] },
      ]);
    }
    const response = await mock.fetch(request);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({ items: [], totalCount: 0, totalPages: 0, hasMorePages: false });
  });

  it("answers every URL by its path, or, with baseUrl, only below those bases", async () => {
    const open = createMockFetch();
    expect((await open.fetch("http://anywhere.test/messages", { headers: bearer() })).status).toBe(200);
    const based = createMockFetch({ baseUrl: ["https://api.test/evo/", "https://team.evovoice.io"] });
    expect((await based.fetch("https://api.test/evo/messages", { headers: bearer() })).status).toBe(200);
    expect((await based.fetch("https://team.evovoice.io/conversations", { headers: bearer() })).status).toBe(
      200,
    );
    for (const url of [
      "https://api.test/messages",
      "https://api.test/evolution/messages",
      `${VENDOR}/messages`,
    ]) {
      const elsewhere = await based.fetch(url).catch((caught: unknown) => caught);
      expect(elsewhere, url).toBeInstanceOf(TypeError);
      expect(elsewhere).toHaveProperty("cause.code", "ENOTFOUND");
    }
  });

  it("a dropped connection rejects with a TypeError, as a network failure does", async () => {
    const mock = createMockFetch({ apiKeys: [KEY] });
    mock.inject({ drop: "before-record" });
    const before = await send(mock).catch((caught: unknown) => caught);
    expect(before).toBeInstanceOf(TypeError);
    expect(before).toHaveProperty("cause.code", "ECONNRESET");
    expect(mock.messages).toHaveLength(0);
    mock.inject({ drop: "after-record" });
    await expect(send(mock, { body: "delivered" })).rejects.toThrow(TypeError);
    expect(mock.messages.map((m) => m.request.body)).toEqual(["delivered"]);
  });

  it("an aborted signal rejects at once with its reason; the request is still handled after a delay", async () => {
    const mock = createMockFetch({ apiKeys: [KEY] });
    await expect(send(mock, {}, { signal: AbortSignal.abort() })).rejects.toHaveProperty(
      "name",
      "AbortError",
    );
    const fault = mock.inject({ delayMs: 50 });
    const controller = new AbortController();
    const pending = send(mock, { body: "late" }, { signal: controller.signal });
    await fault.whenUsed();
    controller.abort(new Error("gave up"));
    expect(mock.messages).toHaveLength(0);
    await expect(pending).rejects.toThrow("gave up");
    await vi.waitFor(() => expect(mock.messages).toHaveLength(1), { timeout: 5000, interval: 10 });
  });

  it("reset() clears the record and the faults, and drops a request waiting in a delay", async () => {
    const mock = createMockFetch({ apiKeys: [KEY] });
    await send(mock);
    const slow = mock.inject({ delayMs: 60_000 });
    const queued = mock.inject({ status: 503, times: 5 });
    const pending = send(mock, { body: "never" }).catch((caught: unknown) => caught);
    await slow.whenUsed();
    mock.reset();
    expect(await pending).toBeInstanceOf(TypeError);
    expect([mock.messages.length, mock.dropped, queued.remaining]).toEqual([0, 0, 0]);
    expect((await send(mock)).status).toBe(200);
    expect(mock.messages).toHaveLength(1);
  });
});
