import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bearer, KEY, post } from "./support/http.js";

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], sessions: ["S1"] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("format negotiation", () => {
  it.each([
    ["Accept: application/json", "/sessions/S1/messages", { accept: "application/json" }],
    ["Accept: */*", "/sessions/S1/messages", { accept: "*/*" }],
    [".json suffix", "/sessions/S1/messages.json", {}],
    [".json suffix on /messages", "/messages.json", {}],
    ["?format=json", "/sessions/S1/messages?format=json", {}],
    ["routes in another case", "/Sessions/S1/Messages", {}],
  ])("%s answers JSON", async (_name, path, headers) => {
    const body = path.startsWith("/messages") ? { sessionId: "S1", body: "x" } : { body: "x" };
    const response = await post(server.url + path, body, { ...bearer(), ...headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await response.json()).text).toBe("x");
  });

  it("?callback= wraps a success in a JSONP call", async () => {
    const response = await post(`${server.url}/sessions/S1/messages?callback=app.onMessage`, {
      body: "jsonp",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/javascript; charset=utf-8");
    const text = await response.text();
    const match = /^app\.onMessage\((.*)\)$/s.exec(text);
    expect(JSON.parse(match?.[1] ?? "null")).toEqual(server.messages[0]?.response);
  });

  it("errors stay plain JSON even with a callback", async () => {
    const response = await post(`${server.url}/sessions/unknown/messages?callback=cb`, { body: "x" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toHaveProperty("responseStatus.errorCode", "NotFound");
  });
});

describe("CORS, as ServiceStack's CorsFeature", () => {
  it("answers a preflight before routing, allowing Authorization and Content-Type", async () => {
    for (const path of ["/sessions/S1/messages", "/messages", "/no/such/route"]) {
      const response = await fetch(server.url + path, {
        method: "OPTIONS",
        headers: {
          origin: "http://127.0.0.1:9",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toContain("POST");
      expect(response.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
      expect(response.headers.get("access-control-allow-headers")).toMatch(/Content-Type/);
    }
    expect(server.messages).toHaveLength(0);
  });

  it("sends the CORS headers on answers too, and exposes Retry-After", async () => {
    server.inject({ status: 429, retryAfter: 1 });
    for (const response of [
      await post(`${server.url}/sessions/S1/messages`, { body: "x" }),
      await post(`${server.url}/sessions/S1/messages`, { body: "x" }),
      await post(`${server.url}/sessions/S1/messages`, { body: "x" }, {}),
    ]) {
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toBe("Retry-After");
    }
  });
});
