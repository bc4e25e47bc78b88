import {
  AuthenticationError,
  EvoVoice,
  EvoVoiceError,
  InternalServerError,
  RateLimitError,
  TimeoutError,
} from "@evovoice-sdk/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
beforeEach(() => {
  server().reply({ body: MESSAGE });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("credentials and options", () => {
  it("apiKey is sent as Authorization: Bearer, JWTs too", async () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln";
    await new EvoVoice({ apiKey: jwt, baseUrl: server().url }).messages.send({ sessionId: "S1", body: "x" });
    expect(server().requests[0]?.headers.authorization).toBe(`Bearer ${jwt}`);
  });

  it("basicAuth is sent as HTTP Basic, UTF-8 encoded", async () => {
    const evo = new EvoVoice({
      basicAuth: { username: "user", password: "pässwörd" },
      baseUrl: server().url,
    });
    await evo.messages.send({ sessionId: "S1", body: "x" });
    const encoded = Buffer.from("user:pässwörd", "utf8").toString("base64");
    expect(server().requests[0]?.headers.authorization).toBe(`Basic ${encoded}`);
  });

  it("EVOVOICE_API_KEY and EVOVOICE_BASE_URL are read when the options omit them", async () => {
    vi.stubEnv("EVOVOICE_API_KEY", "env-key");
    vi.stubEnv("EVOVOICE_BASE_URL", server().url);
    await new EvoVoice().messages.send({ sessionId: "S1", body: "x" });
    expect(server().requests[0]?.headers.authorization).toBe("Bearer env-key");
  });

  it("options win over the environment, and basicAuth turns the env key off", async () => {
    vi.stubEnv("EVOVOICE_API_KEY", "env-key");
    vi.stubEnv("EVOVOICE_BASE_URL", "https://unused.example");
    await new EvoVoice({ apiKey: "option-key", baseUrl: server().url }).messages.send({
      sessionId: "S1",
      body: "x",
    });
    await new EvoVoice({ basicAuth: { username: "u", password: "p" }, baseUrl: server().url }).messages.send({
      sessionId: "S1",
      body: "x",
    });
    expect(server().requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer option-key",
      "Basic dTpw",
    ]);
  });

  it("the default base URL is https://evovoice.io", async () => {
    const seen: string[] = [];
    vi.stubEnv("EVOVOICE_BASE_URL", "");
    const evo = new EvoVoice({
      apiKey: "k",
      fetch: async (input) => {
        seen.push(String(input));
        return Response.json(MESSAGE);
      },
    });
    await evo.messages.send({ sessionId: "S1", body: "x" });
    expect(seen).toEqual(["https://evovoice.io/sessions/S1/messages"]);
  });

  it("extra headers go with every request", async () => {
    const evo = new EvoVoice({ apiKey: "k", baseUrl: server().url, headers: { "x-trace": "t-1" } });
    await evo.messages.send({ sessionId: "S1", body: "x" });
    expect(server().requests[0]?.headers["x-trace"]).toBe("t-1");
  });

  it("a custom fetch is called unbound, as the global fetch is, and its answer is used", async () => {
    const calls: unknown[] = [];
    const evo = new EvoVoice({
      apiKey: "k",
      baseUrl: "https://api.example/",
      headers: { "X-Trace": "t-1", Authorization: "overridden" },
      fetch: function (this: unknown, input, init) {
        calls.push(this);
        // Without middleware every call passes a URL and an init; with it, a Request and an init.
        const request = new Request(input, init);
        calls.push(request.method, request.url, Object.fromEntries(request.headers), init?.signal);
        return Promise.resolve(Response.json({ ...MESSAGE, id: "from-custom-fetch" }));
      },
    });
    await expect(evo.messages.send({ sessionId: "S1", body: "x" })).resolves.toMatchObject({
      id: "from-custom-fetch",
    });
    await expect(
      evo.api.POST("/messages", { body: { endpointId: "E1", toAddress: "+1", body: "x" } }),
    ).resolves.toMatchObject({ data: { id: "from-custom-fetch" } });
    const expected = (url: string) => [
      undefined,
      "POST",
      url,
      {
        accept: "application/json",
        authorization: "Bearer k",
        "content-type": "application/json",
        "x-trace": "t-1",
      },
      expect.any(AbortSignal),
    ];
    expect(calls).toEqual([
      ...expected("https://api.example/sessions/S1/messages"),
      ...expected("https://api.example/messages"),
    ]);
  });
});

describe("plain http:// with credentials", () => {
  it.each(["http://evovoice.io", "http://10.0.0.5:8080", "http://127.evil.example"])(
    "is refused for %s, at construction and without sending",
    async (baseUrl) => {
      const fetch = vi.fn();
      expect(() => new EvoVoice({ apiKey: "k", baseUrl, fetch })).toThrow(EvoVoiceError);
      expect(() => new EvoVoice({ basicAuth: { username: "u", password: "p" }, baseUrl, fetch })).toThrow(
        /allowInsecureHttp/,
      );
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each(["http://127.0.0.1:9000", "http://127.1.2.3", "http://localhost:8080", "http://[::1]:8080"])(
    "is allowed to loopback %s",
    (baseUrl) => {
      expect(() => new EvoVoice({ apiKey: "k", baseUrl })).not.toThrow();
    },
  );

  it("is allowed with allowInsecureHttp: true", () => {
    expect(
      () => new EvoVoice({ apiKey: "k", baseUrl: "http://evovoice.io", allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it("is refused for a per-call baseUrl of evo.api too, before sending", async () => {
    const fetch = vi.fn();
    const evo = new EvoVoice({ apiKey: "k", baseUrl: "https://evovoice.io", fetch });
    await expect(
      evo.api.POST("/messages", { baseUrl: "http://evovoice.io", body: { sessionId: "S1", body: "x" } }),
    ).rejects.toThrow(/Credentials refused over http:\/\/ to evovoice.io/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("evo.api", () => {
  // Short enough to test the timeout against a 5 s delay, long enough for a loaded machine's normal answer.
  const evo = () => new EvoVoice({ apiKey: "k", baseUrl: server().url, timeoutMs: 1_000 });

  it("resolves with typed data and sends the same credentials", async () => {
    const { data } = await evo().api.POST("/sessions/{sessionId}/messages", {
      params: { path: { sessionId: "S1" } },
      body: { body: "Hello" },
    });
    expect(data).toEqual(MESSAGE);
    expect(server().requests[0]).toMatchObject({
      url: "/sessions/S1/messages",
      headers: { authorization: "Bearer k" },
    });
  });

  it("throws the same typed errors instead of returning { error }", async () => {
    server().reply({
      status: 401,
      body: { responseStatus: { errorCode: "Unauthorized", message: "Not Authenticated" } },
    });
    await expect(
      evo().api.POST("/messages", { body: { sessionId: "S1", body: "x" } }),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("retries 429 like send does, and never a 500", async () => {
    server().reply({ status: 429, body: {}, headers: { "retry-after": "0" } }, { status: 500, body: {} });
    await expect(
      evo().api.POST("/messages", { body: { sessionId: "S1", body: "x" } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server().requests).toHaveLength(2);
    server().reply({ status: 429, body: {}, headers: { "retry-after": "0" } });
    await expect(
      evo().api.POST("/messages", { body: { sessionId: "S1", body: "x" } }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(server().requests).toHaveLength(5);
    // Each attempt sent a copy of openapi-fetch's Request, body included.
    expect(new Set(server().requests.map((r) => r.body))).toEqual(new Set(['{"sessionId":"S1","body":"x"}']));
  });

  it("applies the client's timeout", async () => {
    server().reply({ delayMs: 5_000, body: MESSAGE });
    await expect(
      evo().api.POST("/messages", { body: { sessionId: "S1", body: "x" } }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe("forward compatibility", () => {
  it("an unknown direction and extra fields reach the caller untouched", async () => {
    server().reply({ body: { ...MESSAGE, direction: "Internal", channel: "whatsapp", reactions: [1] } });
    const sent = await new EvoVoice({ apiKey: "k", baseUrl: server().url }).messages.send({
      sessionId: "S1",
      body: "x",
    });
    expect(sent.direction).toBe("Internal");
    expect(sent).toMatchObject({ channel: "whatsapp", reactions: [1] });
  });
});
