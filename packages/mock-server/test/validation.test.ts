import { type MockServer, startMockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bearer, type ErrorEnvelope, KEY, post } from "./support/http.js";
import { specErrors } from "./support/spec.js";

let server: MockServer;
// One server for the file, emptied before each test.
beforeAll(async () => {
  server = await startMockServer({ apiKeys: [KEY], sessions: ["S1"], endpoints: ["E1"] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function expectError(response: Response, status: number): Promise<ErrorEnvelope["responseStatus"]> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const body = await response.json();
  expect(specErrors("ErrorResponse", body)).toEqual([]);
  return (body as ErrorEnvelope).responseStatus;
}

describe("400 with ServiceStack field errors", () => {
  it("a missing address on /messages, like the spec's example", async () => {
    const status = await expectError(
      await post(`${server.url}/messages`, { endpointId: "E1", body: "x" }),
      400,
    );
    expect(status).toEqual({
      errorCode: "ArgumentException",
      message: "Specify either SessionId or EndpointId+ToAddress",
      errors: [{ errorCode: "NotEmpty", fieldName: "ToAddress", message: "'To Address' must not be empty." }],
    });
  });

  it("no address at all lists every way of giving one", async () => {
    const status = await expectError(await post(`${server.url}/messages`, { body: "x" }), 400);
    expect(status.errors?.map((e) => e.fieldName)).toEqual(["SessionId", "EndpointId", "ToAddress"]);
  });

  it("empty strings are no address", async () => {
    const status = await expectError(
      await post(`${server.url}/messages`, { sessionId: "", endpointId: "E1", toAddress: "" }),
      400,
    );
    expect(status.errorCode).toBe("ArgumentException");
    expect(status.errors?.map((e) => e.fieldName)).toEqual(["ToAddress"]);
  });

  it("wrong types name each field in PascalCase, in the schema's field order", async () => {
    const status = await expectError(
      await post(`${server.url}/messages`, { sessionId: "S1", body: 5, toAddress: [] }),
      400,
    );
    expect(status.errorCode).toBe("SerializationException");
    expect(status.errors).toEqual([
      {
        errorCode: "SerializationException",
        fieldName: "ToAddress",
        message: "'To Address' must be a string.",
      },
      { errorCode: "SerializationException", fieldName: "Body", message: "'Body' must be a string." },
    ]);
  });

  it("null is not a string either", async () => {
    const status = await expectError(await post(`${server.url}/sessions/S1/messages`, { body: null }), 400);
    expect(status.errors?.[0]?.fieldName).toBe("Body");
  });

  it("?format other than json and a callback that is not a function name", async () => {
    const response = await post(`${server.url}/sessions/S1/messages?format=xml&callback=alert(1)`, {
      body: "x",
    });
    const status = await expectError(response, 400);
    expect(status.errors?.map((e) => [e.errorCode, e.fieldName])).toEqual([
      ["Enum", "Format"],
      ["RegularExpression", "Callback"],
    ]);
  });

  it.each([
    ["not JSON", "{body:"],
    ["a JSON array", "[]"],
    ["a JSON string", '"hello"'],
    ["JSON null", "null"],
    ["an empty body", ""],
  ])("a body that is %s", async (_name, body) => {
    const status = await expectError(await post(`${server.url}/sessions/S1/messages`, body), 400);
    expect(status.errorCode).toBe("SerializationException");
  });

  it("records nothing for any of them", async () => {
    await post(`${server.url}/messages`, { body: "x" });
    await post(`${server.url}/sessions/S1/messages`, { body: 1 });
    expect(server.messages).toHaveLength(0);
  });
});

describe("404 and 405", () => {
  it("an unknown session, on either route", async () => {
    const byPath = await expectError(await post(`${server.url}/sessions/S9/messages`, { body: "x" }), 404);
    expect(byPath).toEqual({ errorCode: "NotFound", message: "Session not found" });
    const byBody = await expectError(await post(`${server.url}/messages`, { sessionId: "S9" }), 404);
    expect(byBody.message).toBe("Session not found");
  });

  it("an unknown endpoint", async () => {
    const status = await expectError(
      await post(`${server.url}/messages`, { endpointId: "E9", toAddress: "+1" }),
      404,
    );
    expect(status).toEqual({ errorCode: "NotFound", message: "Endpoint not found" });
  });

  it("a percent-encoded session ID is decoded before the lookup", async () => {
    const custom = await startMockServer({ apiKeys: [KEY], sessions: ["a b/c"] });
    try {
      expect((await post(`${custom.url}/sessions/a%20b%2Fc/messages`, {})).status).toBe(200);
      expect(custom.messages[0]?.request.sessionId).toBe("a b/c");
      expect((await post(`${custom.url}/sessions/%E0%A4%A/messages`, {})).status).toBe(400);
    } finally {
      await custom.close();
    }
  });

  it("405 for any verb but POST on the session route, with Allow", async () => {
    for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
      const response = await fetch(`${server.url}/sessions/S1/messages`, { method, headers: bearer() });
      const status = await expectError(response, 405);
      expect(status.errorCode).toBe("MethodNotAllowed");
      expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    }
  });

  it("404 for a path that is no route", async () => {
    const status = await expectError(await post(`${server.url}/sessions/S1/other`, {}), 404);
    expect(status.message).toBe("Handler for Request not found: POST /sessions/S1/other");
  });
});
