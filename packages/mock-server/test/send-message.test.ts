import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { basic, bearer, KEY, post, rawRequest } from "./support/http.js";
import { specErrors } from "./support/spec.js";

const MESSAGE_INFO_FIELDS = [
  "id",
  "accountId",
  "customerId",
  "endpointId",
  "endpointDisplayName",
  "date",
  "direction",
  "otherAddress",
  "sender",
  "text",
  "isUnread",
];

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({
    apiKeys: [{ key: KEY, accountId: "acct-1" }],
    sessions: [{ id: "S1", endpointId: "E1", otherAddress: "+15557778888", customerId: "cust-1" }],
    endpoints: [{ id: "E1", displayName: "Front desk", address: "+15551112222" }],
  });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("POST /sessions/{sessionId}/messages", () => {
  it("answers a MessageInfo with all 11 fields, camelCase, as UTF-8 JSON", async () => {
    const response = await post(`${server.url}/sessions/S1/messages`, { body: "Hello" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const info = await response.json();
    expect(Object.keys(info)).toEqual(MESSAGE_INFO_FIELDS);
    expect(specErrors("MessageInfo", info)).toEqual([]);
    expect(info).toMatchObject({
      accountId: "acct-1",
      customerId: "cust-1",
      endpointId: "E1",
      endpointDisplayName: "Front desk",
      direction: "Outgoing",
      otherAddress: "+15557778888",
      sender: "+15551112222",
      text: "Hello",
      isUnread: false,
    });
    expect(info.id).toMatch(/^[0-9a-f]{24}$/);
    expect(new Date(info.date).toISOString()).toBe(info.date);
  });

  it("records the message with its route, auth kind and the exact answer", async () => {
    const info = await (await post(`${server.url}/sessions/S1/messages`, { body: "Hello" })).json();
    expect(server.messages).toEqual([
      {
        route: "/sessions/{sessionId}/messages",
        method: "POST",
        auth: "bearer",
        principal: KEY,
        request: { sessionId: "S1", body: "Hello" },
        response: info,
      },
    ]);
  });

  it("takes the session from the path over one in the body", async () => {
    const response = await post(`${server.url}/sessions/S1/messages`, { sessionId: "S-other", body: "x" });
    expect(response.status).toBe(200);
    expect(server.messages[0]?.request.sessionId).toBe("S1");
  });

  it("binds field names case-insensitively, as ServiceStack does", async () => {
    const response = await post(`${server.url}/sessions/S1/messages`, { Body: "Pascal", extra: 1 });
    expect(response.status).toBe(200);
    expect(server.messages[0]?.request).toEqual({ sessionId: "S1", body: "Pascal" });
  });

  it("leaves text out when the request has no body field (nulls are left out)", async () => {
    const info = await (await post(`${server.url}/sessions/S1/messages`, {})).json();
    expect(info).not.toHaveProperty("text");
    expect(Object.keys(info)).toHaveLength(10);
  });

  it("gives each message a new id", async () => {
    const first = await (await post(`${server.url}/sessions/S1/messages`, { body: "1" })).json();
    const second = await (await post(`${server.url}/sessions/S1/messages`, { body: "2" })).json();
    expect(first.id).not.toBe(second.id);
    expect(server.messages.map((m) => m.response.text)).toEqual(["1", "2"]);
  });
});

describe("/messages", () => {
  it("sends from an endpoint to an address", async () => {
    const response = await post(`${server.url}/messages`, {
      endpointId: "E1",
      toAddress: "+15556667777",
      body: "Hi",
    });
    expect(response.status).toBe(200);
    const info = await response.json();
    expect(specErrors("MessageInfo", info)).toEqual([]);
    expect(info).toMatchObject({
      endpointId: "E1",
      otherAddress: "+15556667777",
      sender: "+15551112222",
      text: "Hi",
    });
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]).toMatchObject({ route: "/messages", auth: "bearer" });
  });

  it("sends into a session given in the body, which wins over endpoint and address", async () => {
    const response = await post(`${server.url}/messages`, {
      sessionId: "S1",
      endpointId: "nope",
      toAddress: "x",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ endpointId: "E1", otherAddress: "+15557778888" });
  });

  it("accepts every verb but GET (ListMessages); without a body the request comes from the query string", async () => {
    const del = await fetch(`${server.url}/messages?SessionId=S1&body=via%20DELETE`, {
      method: "DELETE",
      headers: bearer(),
    });
    expect(del.status).toBe(200);
    const put = await fetch(`${server.url}/messages`, {
      method: "PUT",
      headers: { ...bearer(), "content-type": "application/json" },
      body: JSON.stringify({ endpointId: "E1", toAddress: "+1555", body: "via PUT" }),
    });
    expect(put.status).toBe(200);
    const patch = await fetch(`${server.url}/messages?sessionId=S1&body=via%20PATCH`, {
      method: "PATCH",
      headers: bearer(),
    });
    expect(patch.status).toBe(200);
    expect(server.messages.map((m) => [m.method, m.response.text])).toEqual([
      ["DELETE", "via DELETE"],
      ["PUT", "via PUT"],
      ["PATCH", "via PATCH"],
    ]);
  });

  it("never sends on GET: GET /messages with SendMessage's fields lists instead", async () => {
    const response = await fetch(`${server.url}/messages?endpointId=E1&toAddress=%2B15556667777&body=hi`, {
      headers: bearer(),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ items: [], totalCount: 0, totalPages: 0, hasMorePages: false });
    expect(server.messages).toHaveLength(0);
  });

  it("accepts a form-encoded body and a UTF-8 byte order mark", async () => {
    const form = await rawRequest(`${server.url}/messages`, {
      headers: { ...basic(KEY), "content-type": "application/x-www-form-urlencoded" },
      chunks: ["sessionId=S1&body=caf%C3%A9"],
    });
    expect(form.status).toBe(200);
    const bom = await rawRequest(`${server.url}/messages`, {
      headers: { ...bearer(), "content-type": "application/json; charset=utf-8" },
      chunks: [
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"sessionId":"S1","body":"bom"}')]),
      ],
    });
    expect(bom.status).toBe(200);
    expect(server.messages.map((m) => [m.auth, m.response.text])).toEqual([
      ["basic-api-key", "café"],
      ["bearer", "bom"],
    ]);
  });
});

describe("defaults", () => {
  it("knows every session and endpoint when none are configured", async () => {
    const open = await startMockServer({ apiKeys: [KEY] });
    try {
      expect((await post(`${open.url}/sessions/anything/messages`, { body: "a" })).status).toBe(200);
      expect(
        (await post(`${open.url}/messages`, { endpointId: "any", toAddress: "+1", body: "b" })).status,
      ).toBe(200);
      expect(open.messages.map((m) => m.response.endpointId)).toEqual(["mock-endpoint", "any"]);
    } finally {
      await open.close();
    }
  });
});
