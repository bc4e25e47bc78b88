import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { basic, bearer, type ErrorEnvelope, KEY, post } from "./support/http.js";

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({
    apiKeys: [KEY, { key: "no-role-key", roles: ["Reader"] }, { key: "admin-key", roles: ["Admin"] }],
    users: [
      { username: "alice", password: "s3cret" },
      { username: "bob", password: "pw", roles: [] },
    ],
  });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const send = (headers: Record<string, string>) =>
  post(`${server.url}/sessions/S1/messages`, { body: "x" }, headers);

describe("401 without valid credentials", () => {
  it.each([
    ["no Authorization header", {}],
    ["an unknown API key", bearer("wrong-key")],
    ["an empty Bearer token", { authorization: "Bearer " }],
    ["an unknown scheme", { authorization: `Token ${KEY}` }],
    ["a wrong password", basic("alice", "nope")],
    ["an API key with a password", basic(KEY, "pw")],
    ["Basic that is not base64", { authorization: "Basic !!!" }],
    ["an empty Basic user name", basic("", "s3cret")],
  ])("%s", async (_name, headers) => {
    const response = await send(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const body = (await response.json()) as ErrorEnvelope;
    expect(body).toEqual({ responseStatus: { errorCode: "Unauthorized", message: "Not Authenticated" } });
    expect(server.messages).toHaveLength(0);
  });
});

describe("403 without the role User", () => {
  it.each([
    ["an API key without it", bearer("no-role-key")],
    ["the same key as the Basic user name", basic("no-role-key")],
    ["a Basic user without it", basic("bob", "pw")],
  ])("%s", async (_name, headers) => {
    const response = await send(headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      responseStatus: { errorCode: "Forbidden", message: "Invalid Role" },
    });
    expect(server.messages).toHaveLength(0);
  });
});

describe("accepted credentials", () => {
  it("Bearer key, key as Basic user name, Basic user and password, Admin key; the scheme is case-insensitive", async () => {
    for (const headers of [
      bearer(),
      { authorization: `bearer ${KEY}` },
      basic(KEY),
      basic("alice", "s3cret"),
      bearer("admin-key"),
    ]) {
      expect((await send(headers)).status).toBe(200);
    }
    expect(server.messages.map((m) => [m.auth, m.principal])).toEqual([
      ["bearer", KEY],
      ["bearer", KEY],
      ["basic-api-key", KEY],
      ["basic", "alice"],
      ["bearer", "admin-key"],
    ]);
  });

  it("authenticates before validating, so an anonymous caller learns nothing about the body", async () => {
    const response = await post(`${server.url}/messages`, "not json", {});
    expect(response.status).toBe(401);
  });
});

describe("open mode (no apiKeys or users configured)", () => {
  it("accepts any non-empty credential as a User, and still refuses none", async () => {
    const open = await startMockServer();
    try {
      const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln";
      expect((await post(`${open.url}/sessions/S1/messages`, {}, bearer(jwt))).status).toBe(200);
      expect((await post(`${open.url}/sessions/S1/messages`, {}, basic("anyone", "anything"))).status).toBe(
        200,
      );
      expect((await post(`${open.url}/sessions/S1/messages`, {}, {})).status).toBe(401);
      expect(open.messages.map((m) => m.auth)).toEqual(["bearer", "basic"]);
    } finally {
      await open.close();
    }
  });
});
