import { ConnectionError, EvoVoice, EvoVoiceError, TimeoutError } from "@evovoice-sdk/client";
import { describe, expect, it, vi } from "vitest";
import { noUnhandledRejections, serverPerTest } from "./support/lifecycle.js";
import { MESSAGE, refusedUrl } from "./support/server.js";

// Each fault must end in the right typed error, within the per-test timeout (the bound),
// with at most one recorded message wherever the message may have arrived.

noUnhandledRejections();

const server = serverPerTest();

const client = (options: { timeoutMs?: number; maxRetries?: number; baseUrl?: string } = {}) =>
  new EvoVoice({ apiKey: "test-key", baseUrl: server().url, ...options });
const send = (evo: EvoVoice, options?: Parameters<EvoVoice["messages"]["send"]>[1]) =>
  evo.messages.send({ sessionId: "S1", body: "Hello" }, options).then(
    () => {
      throw new Error("expected the send to fail");
    },
    (error: unknown) => error,
  );

describe("faults", () => {
  it("timeout: a TimeoutError that may have been delivered; never resent", async () => {
    server().reply({ delayMs: 5_000, body: MESSAGE });
    // Long enough for the request to reach the server even on a loaded machine, far short of its 5 s delay.
    const error = await send(client({ timeoutMs: 1_000 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ name: "TimeoutError", mayHaveBeenDelivered: true });
    expect((error as Error).message).toMatch(/1000 ms.*may have been delivered/);
    expect(server().requests).toHaveLength(1);
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    server().reply({ delayMs: 5_000, body: MESSAGE });
    const error = await send(client({ timeoutMs: 60_000 }), { timeoutMs: 1_000 });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server().requests).toHaveLength(1);
  });

  it("connection dropped after the server recorded the message: a ConnectionError, one message", async () => {
    server().reply({ drop: "after-record" });
    const error = await send(client());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect(server().requests).toHaveLength(1);
  });

  it("connection dropped before the server read the message: still not resent (it cannot be proven)", async () => {
    server().reply({ drop: "before-record" }, { body: MESSAGE });
    const error = await send(client());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect(server().requests).toHaveLength(0);
  });

  it("connection refused: retried up to maxRetries, then a ConnectionError saying nothing was sent", async () => {
    const error = await send(client({ baseUrl: await refusedUrl(), maxRetries: 1 }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: false });
    expect((error as Error).message).toMatch(/ECONNREFUSED.*nothing was sent/);
    expect(((error as Error).cause as Error).message).toBe("fetch failed");
  });

  it("slow body: headers arrive, the body stalls, the timeout still fires", async () => {
    server().reply({ stallBody: true, body: MESSAGE });
    const error = await send(client({ timeoutMs: 1_000 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect(server().requests).toHaveLength(1);
  });

  it("malformed JSON in a 200: an EvoVoiceError with the parse error as cause, never resent", async () => {
    server().reply({ status: 200, body: '{"id": "M1", ' });
    const error = await send(client());
    expect(error).toBeInstanceOf(EvoVoiceError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe("Invalid JSON in a 2xx answer");
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(server().requests).toHaveLength(1);
  });

  it("abort via signal while waiting for the answer: a ConnectionError with the reason as cause", async () => {
    server().reply({ delayMs: 5_000, body: MESSAGE });
    const controller = new AbortController();
    const pending = send(client(), { signal: controller.signal });
    // Abort once the server has the request, so the abort happens mid-flight.
    while (server().requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const reason = new Error("user cancelled");
    controller.abort(reason);
    const error = await pending;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect((error as Error).cause).toBe(reason);
    expect(server().requests).toHaveLength(1);
  });

  it("abort before sending: nothing is sent", async () => {
    const error = await send(client(), { signal: AbortSignal.abort() });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: false });
    expect(server().requests).toHaveLength(0);
  });

  it("abort during a retry wait: stops at once, nothing more is sent", async () => {
    // Retry-After 30 s would hold the call far beyond the test's timeout if the abort were ignored.
    server().reply({ status: 503, body: {}, headers: { "retry-after": "30" } });
    const controller = new AbortController();
    const pending = send(client(), { signal: controller.signal });
    while (server().requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: false });
    expect(server().requests).toHaveLength(1);
  });

  it.each(["waiting for headers", "reading the body"])(
    "a garbage collection while %s does not disarm the timeout",
    async (phase) => {
      const gc = (globalThis as { gc?: () => void }).gc;
      expect(gc, "vitest.config.ts runs the tests with --expose-gc").toBeTypeOf("function");
      server().reply(
        phase === "reading the body" ? { stallBody: true, body: MESSAGE } : { delayMs: 5_000, body: MESSAGE },
      );
      // Mid-request on any machine: the request arrives in milliseconds, the timeout fires at 1 s.
      const collect = setTimeout(() => gc?.(), 300);
      const error = await send(client({ timeoutMs: 1_000 }));
      clearTimeout(collect);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(server().requests).toHaveLength(1);
    },
  );

  it("a 500 after the message was recorded is never resent", async () => {
    server().reply({ status: 500, body: {} }, { body: MESSAGE });
    await expect(client().messages.send({ sessionId: "S1", body: "x" })).rejects.toMatchObject({
      status: 500,
    });
    expect(server().requests).toHaveLength(1);
  });

  it("an empty 200 body still resolves (the message was accepted)", async () => {
    server().reply({ status: 200, body: "" });
    await expect(client().messages.send({ sessionId: "S1", body: "x" })).resolves.toEqual({});
    expect(server().requests).toHaveLength(1);
  });

  it("every timer the SDK starts is cleared when the call ends, whatever the outcome", async () => {
    const started: unknown[] = [];
    const cleared = new Set<unknown>();
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
      const timer = realSet(fn, ms);
      started.push(timer);
      return timer;
    }) as typeof setTimeout);
    vi.spyOn(globalThis, "clearTimeout").mockImplementation((timer) => {
      cleared.add(timer);
      realClear(timer);
    });
    // A fetch with no sockets or timers of its own, so that every timer counted is the SDK's.
    const answers = [
      Response.json(MESSAGE),
      Response.json({}, { status: 500 }),
      new Response("{", { status: 200 }),
    ];
    const evo = new EvoVoice({ apiKey: "k", fetch: async () => answers.shift() ?? Response.json({}) });
    await evo.messages.send({ sessionId: "S1", body: "x" });
    await expect(evo.messages.send({ sessionId: "S1", body: "x" })).rejects.toThrow();
    await expect(evo.messages.send({ sessionId: "S1", body: "x" })).rejects.toThrow();
    vi.restoreAllMocks();
    expect(started).toHaveLength(3);
    for (const timer of started) expect(cleared.has(timer)).toBe(true);
  });
});
