import { EvoVoice, EvoVoiceError, type EvoVoiceOptions, RequestValidationError } from "@evovoice-sdk/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
afterEach(() => vi.unstubAllEnvs());

/** The error `new EvoVoice(options)` throws, or undefined. */
function constructionError(options: EvoVoiceOptions): unknown {
  try {
    new EvoVoice(options);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("options are read once, at construction", () => {
  it("a later change to the options object changes nothing", async () => {
    const options: EvoVoiceOptions = {
      apiKey: "first",
      baseUrl: server().url,
      timeoutMs: 5_000,
      headers: { "x-a": "1" },
    };
    const evo = new EvoVoice(options);
    Object.assign(options, { apiKey: "second", baseUrl: "http://127.0.0.1:9", timeoutMs: 1, maxRetries: 99 });
    (options.headers as Record<string, string>)["x-a"] = "2";
    server().reply({ body: MESSAGE });
    await evo.messages.send({ sessionId: "S1", body: "Hi" });
    expect(server().requests[0]?.headers).toMatchObject({ authorization: "Bearer first", "x-a": "1" });
  });

  it.each([
    [{ timeoutMs: Number.NaN }, "timeoutMs must be a positive number of milliseconds, got NaN"],
    [{ timeoutMs: 0 }, "timeoutMs must be a positive number of milliseconds, got 0"],
    [{ timeoutMs: -5 }, "timeoutMs must be a positive number of milliseconds, got -5"],
    [{ maxRetries: -1 }, "maxRetries must be a whole number, 0 or more, got -1"],
    [{ maxRetries: 1.5 }, "maxRetries must be a whole number, 0 or more, got 1.5"],
    [
      { baseUrl: "evovoice.io" },
      'baseUrl must be an absolute http(s) URL without a query or fragment, got "evovoice.io"',
    ],
    [
      { baseUrl: "ftp://evovoice.io" },
      'baseUrl must be an absolute http(s) URL without a query or fragment, got "ftp://evovoice.io"',
    ],
    [{ baseUrl: "https://evovoice.io?x=1" }, "baseUrl must be an absolute http(s) URL"],
    [{ logLevel: "loud" as never }, 'logLevel must be one of off, error, warn, info, debug, got "loud"'],
    [{ fetch: "fetch" as never }, "fetch must be a function"],
  ])("%j is a RequestValidationError naming the option and its value", (bad, message) => {
    const error = constructionError({ apiKey: "k", ...bad });
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain(message);
  });

  it("every bad option is named in one error", () => {
    const error = constructionError({ apiKey: "k", timeoutMs: 0, maxRetries: -1 }) as RequestValidationError;
    expect(error.issues.map((i) => i.field)).toEqual(["timeoutMs", "maxRetries"]);
  });

  it("credentials inside baseUrl are refused without echoing them", () => {
    const error = constructionError({ apiKey: "k", baseUrl: "https://user:hunter2@evovoice.io" });
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(String((error as Error).message)).not.toContain("hunter2");
  });

  it("no credentials at all is an error before anything is sent", () => {
    vi.stubEnv("EVOVOICE_API_KEY", "");
    const fetch = vi.fn();
    const error = constructionError({ fetch });
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toMatch(
      /apiKey is missing: pass apiKey or basicAuth, or set EVOVOICE_API_KEY/,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it("an Authorization header of the caller's own counts as credentials", async () => {
    vi.stubEnv("EVOVOICE_API_KEY", "");
    server().reply({ body: MESSAGE });
    await new EvoVoice({ baseUrl: server().url, headers: { Authorization: "Bearer own" } }).messages.send({
      sessionId: "S1",
      body: "x",
    });
    expect(server().requests[0]?.headers.authorization).toBe("Bearer own");
  });

  it.each([
    ["a trailing newline (a key read from a file)", "sk_live_abc123\n"],
    ["a CR LF inside", "sk_live_abc\r\n123"],
    ["a NUL", "sk_live_abc\u0000123"],
    ["a tab", "sk_live_abc\t123"],
    ["a character beyond Latin-1", "sk_live_abc☃123"],
  ])("an API key with %s is an EvoVoiceError that never echoes it", (_, apiKey) => {
    const fetch = vi.fn();
    const error = constructionError({ apiKey, fetch });
    expect(error).toBeInstanceOf(EvoVoiceError);
    const shown = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)}`;
    expect(shown).not.toContain("abc");
    expect((error as Error).message).toMatch(/apiKey must be printable ASCII/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("the same from EVOVOICE_API_KEY, named as the variable", () => {
    vi.stubEnv("EVOVOICE_API_KEY", "sk_env_secret\n");
    const error = constructionError({});
    expect((error as Error).message).toMatch(/EVOVOICE_API_KEY must be printable ASCII/);
    expect((error as Error).message).not.toContain("sk_env_secret");
  });

  it("a header value fetch could not send is refused by name, not echoed", () => {
    const error = constructionError({ apiKey: "k", headers: { "x-secret": "s3cr3t\nInjected: yes" } });
    expect((error as Error).message).toContain("headers.x-secret is not a valid header name and value");
    expect((error as Error).message).not.toContain("s3cr3t");
  });

  it.each([
    ["an object", {}],
    ["a number", 5],
  ])("a header value that is %s, not a string, is refused (it would be sent as its String())", (_, value) => {
    const error = constructionError({ apiKey: "k", headers: { "x-n": value as never } });
    expect((error as Error).message).toContain("headers.x-n is not a valid header name and value");
  });
});

describe("per-call options", () => {
  it("headers for one call go over the client's, on every operation", async () => {
    const evo = new EvoVoice({
      apiKey: "k",
      baseUrl: server().url,
      headers: { "x-a": "client", "x-b": "client" },
    });
    server().reply({ body: MESSAGE }, { body: { items: [] } }, { body: { conversations: [] } });
    await evo.messages.send({ sessionId: "S1", body: "x" }, { headers: { "x-a": "call" } });
    await evo.messages.list({}, { headers: { "x-a": "call" } });
    await evo.conversations.list({}, { headers: { "x-a": "call" } });
    for (const request of server().requests)
      expect(request.headers).toMatchObject({ "x-a": "call", "x-b": "client" });
  });

  it("a bad per-call value is refused before sending", async () => {
    const evo = new EvoVoice({ apiKey: "k", baseUrl: server().url });
    await expect(evo.messages.list({}, { timeoutMs: Number.NaN })).rejects.toThrow(
      /timeoutMs must be a positive number/,
    );
    await expect(
      evo.messages.send({ sessionId: "S1", body: "x" }, { headers: { "x-a": "a\nb" } }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    expect(server().requests).toHaveLength(0);
  });
});

describe("baseUrl with a path prefix (a proxy mount)", () => {
  it("keeps the prefix on every operation", async () => {
    const evo = new EvoVoice({ apiKey: "k", baseUrl: `${server().url}/evo/v1/` });
    server().reply(
      { body: MESSAGE },
      { body: MESSAGE },
      { body: { items: [] } },
      { body: { conversations: [] } },
      { body: MESSAGE },
    );
    await evo.messages.send({ sessionId: "S1", body: "x" });
    await evo.messages.send({ endpointId: "E1", toAddress: "+1", body: "x" });
    await evo.messages.list({ endpointIds: ["E1"] });
    await evo.conversations.list();
    await evo.api.GET("/messages");
    expect(server().requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /evo/v1/sessions/S1/messages",
      "POST /evo/v1/messages",
      "GET /evo/v1/messages?endpointIds=E1",
      "GET /evo/v1/conversations",
      "GET /evo/v1/messages",
    ]);
  });
});
