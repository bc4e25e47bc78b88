import { type Fault, type FaultRequest, type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { bearer, KEY } from "./support/http.js";

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], sessions: ["S1"] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const send = (body: unknown = { body: "x" }, init: { signal?: AbortSignal } = {}) =>
  fetch(`${server.url}/sessions/S1/messages`, {
    method: "POST",
    headers: { ...bearer(), "content-type": "application/json" },
    body: JSON.stringify(body),
    ...init,
  });

describe("status faults", () => {
  it("answer the status with Retry-After and a ServiceStack body, record nothing, and are used up", async () => {
    const fault = server.inject({ status: 503, retryAfter: 2 });
    const refused = await send();
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(await refused.json()).toHaveProperty("responseStatus.errorCode", "ServiceUnavailable");
    expect(server.messages).toHaveLength(0);
    expect([fault.remaining, fault.used]).toEqual([0, 1]);
    expect((await send()).status).toBe(200);
    expect(server.messages).toHaveLength(1);
  });

  it("apply to exactly the next `times` requests", async () => {
    server.inject({ status: 429, retryAfter: "Wed, 21 Oct 2026 07:28:00 GMT", times: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await send()).status);
    expect(statuses).toEqual([429, 429, 429, 200, 200]);
    expect(server.messages).toHaveLength(2);
  });

  it("apply only to requests their predicate matches, oldest fault first", async () => {
    server.inject({ status: 500, match: (request) => request.body.includes("fail me") });
    server.inject({ status: 429 });
    expect((await send({ body: "first" })).status).toBe(429);
    expect((await send({ body: "please fail me" })).status).toBe(500);
    expect((await send({ body: "fail me again" })).status).toBe(200);
    expect(server.messages.map((m) => m.request.body)).toEqual(["fail me again"]);
  });

  it("with record: true, handle the request first (a 500 after the message was stored)", async () => {
    server.inject({ status: 500, record: true });
    expect((await send()).status).toBe(500);
    expect(server.messages).toHaveLength(1);
  });

  it("send a given body as it is", async () => {
    server.inject({ status: 400, body: { responseStatus: { errorCode: "Custom", message: "m" } } });
    server.inject({ status: 500, body: "<html>proxy error</html>" });
    expect(await (await send()).json()).toEqual({ responseStatus: { errorCode: "Custom", message: "m" } });
    expect(await (await send()).text()).toBe("<html>proxy error</html>");
  });

  it("never touch preflights or unknown paths", async () => {
    const fault = server.inject({ status: 503 });
    await fetch(`${server.url}/sessions/S1/messages`, { method: "OPTIONS" });
    await fetch(`${server.url}/elsewhere`, { method: "POST", headers: bearer() });
    expect(fault.remaining).toBe(1);
  });

  it("can be cancelled; Infinity lasts until then", async () => {
    const fault = server.inject({ status: 503, times: Number.POSITIVE_INFINITY });
    expect((await send()).status).toBe(503);
    expect((await send()).status).toBe(503);
    fault.cancel();
    expect((await send()).status).toBe(200);
    expect(fault.used).toBe(2);
  });
});

describe("connection faults", () => {
  it("drop before-record: the connection resets and nothing is recorded", async () => {
    server.inject({ drop: "before-record" });
    await expect(send()).rejects.toThrow();
    expect(server.messages).toHaveLength(0);
    expect((await send()).status).toBe(200);
  });

  it("drop after-record: the connection resets after the message was recorded", async () => {
    server.inject({ drop: "after-record" });
    await expect(send({ body: "delivered" })).rejects.toThrow();
    expect(server.messages.map((m) => m.request.body)).toEqual(["delivered"]);
  });

  it("malformed: the normal status with half of the JSON, and the message recorded", async () => {
    server.inject({ malformed: true });
    const response = await send();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(JSON.stringify(server.messages[0]?.response).startsWith(text)).toBe(true);
  });

  it("delay: the server still handles the request after the client gave up", async () => {
    const fault = server.inject({ delayMs: 50 });
    const controller = new AbortController();
    const pending = send({ body: "late" }, { signal: controller.signal });
    // Give up once the server holds the request, not on a clock that a loaded machine could beat
    // before the request even arrives. Nothing runs between the two lines, so the delay cannot have
    // ended yet: the record is still empty.
    await fault.whenUsed();
    controller.abort();
    expect(server.messages).toHaveLength(0);
    await expect(pending).rejects.toThrow();
    await vi.waitFor(() => expect(server.messages).toHaveLength(1), { timeout: 5000, interval: 10 });
  });

  it("delay combines with a status; close() cancels pending delays, dropping their requests", async () => {
    const own = await startMockServer({ apiKeys: [KEY] });
    const post = () =>
      fetch(`${own.url}/messages`, {
        method: "POST",
        headers: { ...bearer(), "content-type": "application/json" },
        body: JSON.stringify({ sessionId: "S1", body: "x" }),
      });
    own.inject({ delayMs: 20, status: 503 });
    expect((await post()).status).toBe(503);
    const slow = own.inject({ delayMs: 60_000 });
    const pending = post().catch((error: unknown) => error);
    await slow.whenUsed();
    await own.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(own.messages).toHaveLength(0);
  });
});

describe("waiting for a fault and counting requests", () => {
  it("whenUsed(n) resolves once n requests took the fault, and at once when they already have", async () => {
    const fault = server.inject({ status: 503, times: 3 });
    const second = fault.whenUsed(2);
    await send();
    await send();
    await second;
    await fault.whenUsed(1);
    expect(fault.used).toBe(2);
  });

  it("whenUsed rejects when the fault leaves the queue first: used up, cancelled or reset", async () => {
    const once = server.inject({ status: 503 });
    // The expectation is attached before the send that rejects it, so the rejection is never unhandled.
    const never = expect(once.whenUsed(2)).rejects.toThrow("removed after 1 of the 2 uses");
    await send();
    await never;
    const cancelled = server.inject({ status: 503, times: Number.POSITIVE_INFINITY });
    const waiting = cancelled.whenUsed();
    cancelled.cancel();
    await expect(waiting).rejects.toThrow("removed after 0");
    const cleared = server.inject({ status: 500 }).whenUsed();
    server.reset();
    await expect(cleared).rejects.toThrow();
  });

  it("requests lists every request to an operation, faulted, refused and dropped ones too", async () => {
    server.inject({ status: 429, retryAfter: 0 });
    server.inject({ drop: "before-record", match: (request) => request.operation === "ListMessages" });
    await send({ body: "first" });
    await send({ body: "second" });
    await fetch(`${server.url}/messages?page=1`, { headers: bearer() }).catch(() => undefined);
    await fetch(`${server.url}/conversations`);
    await fetch(`${server.url}/elsewhere`, { headers: bearer() });
    expect(server.requests.map((r) => [r.method, r.url, r.operation])).toEqual([
      ["POST", "/sessions/S1/messages", "SendMessage"],
      ["POST", "/sessions/S1/messages", "SendMessage"],
      ["GET", "/messages?page=1", "ListMessages"],
      ["GET", "/conversations", "ListConversations"],
    ]);
    expect(server.requests[0]).toMatchObject({
      route: "/sessions/{sessionId}/messages",
      body: '{"body":"first"}',
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    });
    expect(server.messages.map((m) => m.request.body)).toEqual(["second"]);
    server.reset();
    expect(server.requests).toEqual([]);
  });
});

describe("inject() refuses faults that cannot be applied as documented", () => {
  // Casts stand for callers without types (plain JavaScript, or JSON from a config).
  it.each<[Fault]>([
    [{}],
    [{ status: 503, drop: "before-record" }],
    [{ status: 418 as 500 }],
    [{ retryAfter: 1 }],
    [{ drop: "sometimes" as "before-record" }],
    [{ status: 500, times: 0 }],
    [{ delayMs: -1 }],
  ])("%j", (fault) => {
    expect(() => server.inject(fault)).toThrow();
  });

  it("a predicate that throws fails that request with a 500 instead of crashing", async () => {
    server.inject({
      status: 503,
      match: () => {
        throw new Error("bug in test");
      },
    });
    const response = await send();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ responseStatus: { errorCode: "Error", message: "bug in test" } });
    expect(server.messages).toHaveLength(0);
  });
});

describe("every fault keeps the documented statuses", () => {
  it("statuses no operation documents are refused", () => {
    for (const status of [200, 302, 405, 502, 504]) {
      expect(() => server.inject({ status: status as 500 })).toThrow(RangeError);
    }
  });
});

describe("faults on ListMessages and ListConversations", () => {
  const list = (path = "/messages") => fetch(`${server.url}${path}`, { headers: bearer() });

  it("apply to the read routes too, and never record", async () => {
    server.inject({ status: 503, retryAfter: 1 });
    server.inject({ drop: "before-record", match: (request) => request.operation === "ListConversations" });
    server.inject({ malformed: true });
    const refused = await list();
    expect([refused.status, refused.headers.get("retry-after")]).toEqual([503, "1"]);
    await expect(list("/conversations")).rejects.toThrow();
    const cut = await (await list()).text();
    expect(() => JSON.parse(cut)).toThrow();
    expect(server.messages).toHaveLength(0);
  });

  it("a status the operation does not document waits for a request that documents it", async () => {
    // ListMessages documents neither 403 nor 404: a GET passes, the next send takes it.
    const fault = server.inject({ status: 404 });
    expect((await list()).status).toBe(200);
    expect(fault.remaining).toBe(1);
    expect((await send()).status).toBe(404);
    expect(fault.used).toBe(1);
  });

  it("a predicate sees the operation and the route", async () => {
    const seen: string[] = [];
    const match = (request: FaultRequest) => {
      seen.push(`${request.operation} ${request.route}`);
      return false;
    };
    server.inject({ status: 500, times: 3, match });
    await list("/messages?page=1");
    await list("/api/ListConversations");
    await send();
    expect(seen).toEqual([
      "ListMessages /messages",
      "ListConversations /api/ListConversations",
      "SendMessage /sessions/{sessionId}/messages",
    ]);
  });
});
