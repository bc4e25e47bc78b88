import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  EvoVoice,
  EvoVoiceError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "@evovoice-sdk/client";
import { describe, expect, it } from "vitest";
import { serverPerTest } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = serverPerTest();

const client = (maxRetries = 2) => new EvoVoice({ apiKey: "test-key", baseUrl: server().url, maxRetries });
const envelope = (errorCode: string, message: string, errors?: unknown[]) => ({
  responseStatus: { errorCode, message, ...(errors ? { errors } : {}) },
});

// Every status: its class, its parsed fields, and how many requests the server saw
// (429 and 503 are retried up to maxRetries; nothing else is ever resent).
const cases = [
  { status: 400, Class: BadRequestError, requests: 1 },
  { status: 401, Class: AuthenticationError, requests: 1 },
  { status: 403, Class: PermissionDeniedError, requests: 1 },
  { status: 404, Class: NotFoundError, requests: 1 },
  { status: 409, Class: ConflictError, requests: 1 },
  { status: 429, Class: RateLimitError, requests: 3 },
  { status: 500, Class: InternalServerError, requests: 1 },
  { status: 502, Class: InternalServerError, requests: 1 },
  { status: 503, Class: InternalServerError, requests: 3 },
] as const;

describe.each(cases)("HTTP $status", ({ status, Class, requests }) => {
  it(`is a ${Class.name} with ServiceStack's fields, after ${requests} request(s)`, async () => {
    const fieldError = { errorCode: "NotEmpty", fieldName: "Body", message: "'Body' must not be empty." };
    server().reply({
      status,
      body: envelope(`Code${status}`, `Message ${status}`, [fieldError]),
      headers: { "retry-after": "0", "x-request-id": "r-1" },
    });
    const error = await client()
      .messages.send({ sessionId: "S1", body: "Hello" })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(EvoVoiceError);
    expect(error).toMatchObject({
      name: Class.name,
      status,
      errorCode: `Code${status}`,
      // After a 5xx other than 503 the server may have acted: the message may have gone out.
      message: `Message ${status}${status > 499 && status !== 503 ? "; it may have been delivered" : ""}`,
      mayHaveBeenDelivered: status > 499 && status !== 503,
      fieldErrors: [fieldError],
      responseStatus: { errorCode: `Code${status}`, message: `Message ${status}` },
      retryAfterMs: 0,
    });
    expect((error as ApiError).headers["x-request-id"]).toBe("r-1");
    expect(server().requests).toHaveLength(requests);
  });
});

describe("error bodies", () => {
  it("an HTML 502 page is still an ApiError", async () => {
    server().reply({
      status: 502,
      body: "<html><body>Bad Gateway</body></html>",
      headers: { "content-type": "text/html" },
    });
    const error = await client()
      .messages.send({ sessionId: "S1", body: "Hello" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({
      status: 502,
      errorCode: undefined,
      fieldErrors: [],
      message: "HTTP 502; it may have been delivered",
    });
    expect(server().requests).toHaveLength(1);
  });

  it("an empty 404 body and an unlisted status still map by status", async () => {
    server().reply({ status: 404, body: "" }, { status: 418, body: envelope("Teapot", "I'm a teapot") });
    const evo = client();
    await expect(evo.messages.send({ sessionId: "S1", body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const teapot = await evo.messages.send({ sessionId: "S1", body: "x" }).catch((e: unknown) => e);
    expect(teapot).toBeInstanceOf(ApiError);
    expect(teapot).not.toBeInstanceOf(BadRequestError);
    expect(teapot).toMatchObject({ name: "ApiError", status: 418, errorCode: "Teapot" });
  });

  it("RateLimitError carries Retry-After as milliseconds, seconds or HTTP date", async () => {
    server().reply({
      status: 429,
      body: envelope("TooManyRequests", "slow down"),
      headers: { "retry-after": "120" },
    });
    // 120 s is beyond what the SDK waits inside one call: the caller gets the error at once.
    const error = await client()
      .messages.send({ sessionId: "S1", body: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server().requests).toHaveLength(1);
  });

  it("429 then success: the retried send resolves, two requests in all", async () => {
    server().reply(
      { status: 429, body: envelope("TooManyRequests", "x"), headers: { "retry-after": "0" } },
      { body: MESSAGE },
    );
    const sent = await client().messages.send({ sessionId: "S1", body: "Hello" });
    expect(sent.id).toBe("M1");
    expect(server().requests).toHaveLength(2);
    // Each attempt carried the whole body.
    expect(server().requests.map((r) => JSON.parse(r.body))).toEqual([{ body: "Hello" }, { body: "Hello" }]);
  });

  it("maxRetries: 0 per call turns retrying off", async () => {
    server().reply({
      status: 503,
      body: envelope("ServiceUnavailable", "x"),
      headers: { "retry-after": "0" },
    });
    await expect(
      client(2).messages.send({ sessionId: "S1", body: "x" }, { maxRetries: 0 }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server().requests).toHaveLength(1);
  });
});
