import { EvoVoice, RequestValidationError, type SendMessageInput } from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { sharedServer } from "./support/lifecycle.js";

const server = sharedServer();

const evo = () => new EvoVoice({ apiKey: "test-key", baseUrl: server().url });

/** Sends `input` as a JavaScript caller could, bypassing the compile-time checks. */
const invalid = async (input: unknown) => {
  const error = await evo()
    .messages.send(input as SendMessageInput)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(server().requests).toHaveLength(0);
  return (error as RequestValidationError).issues;
};

describe("input checks, before anything is sent", () => {
  it.each([
    ["an empty sessionId", { sessionId: "", body: "x" }, ["sessionId"]],
    ["a blank sessionId", { sessionId: " \t", body: "x" }, ["sessionId"]],
    ["sessionId .", { sessionId: ".", body: "x" }, ["sessionId"]],
    ["sessionId ..", { sessionId: "..", body: "x" }, ["sessionId"]],
    ["endpointId ..", { endpointId: "..", toAddress: "+1555", body: "x" }, ["endpointId"]],
    ["a missing body", { sessionId: "S1" }, ["body"]],
    ["an empty body", { sessionId: "S1", body: "" }, ["body"]],
    ["a whitespace-only body", { sessionId: "S1", body: "  \n " }, ["body"]],
    ["a number as body", { sessionId: "S1", body: 42 }, ["body"]],
    ["a number as sessionId", { sessionId: 7, body: "x" }, ["sessionId"]],
    ["endpointId without toAddress", { endpointId: "E1", body: "x" }, ["toAddress"]],
    ["toAddress without endpointId", { toAddress: "+1555", body: "x" }, ["endpointId"]],
    ["no addressing at all", { body: "x" }, ["endpointId", "toAddress"]],
    ["mixed addressing", { sessionId: "S1", endpointId: "E1", toAddress: "+1555", body: "x" }, ["input"]],
    ["null", null, ["endpointId", "toAddress", "body"]],
    ["a string", "hello", ["endpointId", "toAddress", "body"]],
  ])("refuses %s", async (_, input, fields) => {
    const issues = await invalid(input);
    expect(issues.map((i) => i.field)).toEqual(fields);
  });

  it("lists every problem in one error, and in its message", async () => {
    const issues = await invalid({ sessionId: "..", endpointId: "E1", body: " " });
    expect(issues).toEqual([
      { field: "sessionId", message: "must not be . or .." },
      { field: "body", message: "must be a non-blank string" },
      { field: "input", message: "mixes sessionId with endpointId/toAddress" },
    ]);
    const error = (await evo()
      .messages.send({ sessionId: "..", endpointId: "E1", body: " " } as unknown as SendMessageInput)
      .catch((e: unknown) => e)) as RequestValidationError;
    expect(error.message).toBe(
      "Invalid input: sessionId must not be . or ..; body must be a non-blank string; input mixes sessionId with endpointId/toAddress",
    );
  });

  it("evo.api refuses a dot-segment or blank path parameter the same way", async () => {
    for (const sessionId of ["..", ".", "", "  "]) {
      const error = await evo()
        .api.POST("/sessions/{sessionId}/messages", { params: { path: { sessionId } }, body: { body: "x" } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
    }
    expect(server().requests).toHaveLength(0);
  });
});

describe("routing: every id is percent-encoded and stays in its path segment", () => {
  it.each([
    ["../x", "/sessions/..%2Fx/messages"],
    ["%2e%2e", "/sessions/%252e%252e/messages"],
    ["a/b", "/sessions/a%2Fb/messages"],
    ["?x", "/sessions/%3Fx/messages"],
    ["#x", "/sessions/%23x/messages"],
    ["S 1+é", "/sessions/S%201%2B%C3%A9/messages"],
  ])("sessionId %j → %s", async (sessionId, path) => {
    await evo().messages.send({ sessionId, body: "Hello" });
    await evo().api.POST("/sessions/{sessionId}/messages", {
      params: { path: { sessionId } },
      body: { body: "Hello" },
    });
    expect(server().requests.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${path}`, `POST ${path}`]);
  });

  it("by session: POST /sessions/{id}/messages with only the body", async () => {
    await evo().messages.send({ sessionId: "S1", body: "Hello" });
    expect(server().requests[0]).toMatchObject({ method: "POST", url: "/sessions/S1/messages" });
    expect(JSON.parse(server().requests[0]?.body ?? "")).toEqual({ body: "Hello" });
    expect(server().requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("by endpoint: POST /messages with endpointId, toAddress and body", async () => {
    await evo().messages.send({ endpointId: "E/1", toAddress: "+15556667777", body: "Hi" });
    expect(server().requests[0]).toMatchObject({ method: "POST", url: "/messages" });
    expect(JSON.parse(server().requests[0]?.body ?? "")).toEqual({
      endpointId: "E/1",
      toAddress: "+15556667777",
      body: "Hi",
    });
  });
});
