import { ConnectionError, EvoVoice, EvoVoiceError, TimeoutError } from "@evovoice-sdk/client";
import { describe, expect, it, vi } from "vitest";
import { HELD_TIMEOUT_MS, holdTimeouts } from "./support/held-timeout.js";
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

const TIMEOUT_MS = HELD_TIMEOUT_MS;

/**
 * The error of `call` when the SDK's timeout fires after `before` (by default: the server has the
 * request): the test waits for that event, not for a wall clock, so a slow machine cannot make the
 * timeout fire before the request arrives.
 */
async function afterTimeout(
  call: () => Promise<unknown>,
  before: () => Promise<void> | void = () => server().received(1),
): Promise<unknown> {
  const timeouts = holdTimeouts();
  try {
    const pending = call();
    await before();
    timeouts.fire();
    return await pending;
  } finally {
    timeouts.restore();
  }
}

/** A fetch that says when the answer's headers have arrived (its body may still be on its way). */
function fetchWithHeadersEvent() {
  let arrived!: () => void;
  const headers = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const realFetch = globalThis.fetch;
  const fetch = (input: string | Request, init?: RequestInit) =>
    realFetch(input, init).then((response) => {
      arrived();
      return response;
    });
  return { fetch, headers };
}

describe("faults", () => {
  it("timeout: a TimeoutError that may have been delivered; never resent", async () => {
    server().reply({ delayMs: 60_000, body: MESSAGE });
    const error = await afterTimeout(() => send(client({ timeoutMs: TIMEOUT_MS })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ name: "TimeoutError", mayHaveBeenDelivered: true });
    expect((error as Error).message).toMatch(/4321 ms.*may have been delivered/);
    expect(server().requests).toHaveLength(1);
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    server().reply({ delayMs: 60_000, body: MESSAGE });
    const error = await afterTimeout(() => send(client({ timeoutMs: 60_000 }), { timeoutMs: TIMEOUT_MS }));
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
    const { fetch, headers } = fetchWithHeadersEvent();
    const evo = new EvoVoice({ apiKey: "test-key", baseUrl: server().url, timeoutMs: TIMEOUT_MS, fetch });
    const error = await afterTimeout(
      () => send(evo),
      () => headers,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect(server().requests).toHaveLength(1);
  });

  it("malformed JSON in a 200: an EvoVoiceError with the parse error as cause, never resent", async () => {
    server().reply({ status: 200, body: '{"id": "M1", ' });
    const error = await send(client());
    expect(error).toBeInstanceOf(EvoVoiceError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe("Invalid JSON in a 2xx answer; it may have been delivered");
    expect(error).toMatchObject({ mayHaveBeenDelivered: true });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect(server().requests).toHaveLength(1);
  });

  it("abort via signal while waiting for the answer: a ConnectionError with the reason as cause", async () => {
    server().reply({ delayMs: 5_000, body: MESSAGE });
    const controller = new AbortController();
    const pending = send(client(), { signal: controller.signal });
    // Abort once the server has the request, so the abort happens mid-flight.
    await server().received(1);
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
    // The warning "retrying in 30000 ms" is logged as the wait begins: the event to abort on.
    let waiting!: () => void;
    const retryWait = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const ignore = () => {};
    const logger = { debug: ignore, info: ignore, error: ignore, warn: () => waiting() };
    const evo = new EvoVoice({ apiKey: "test-key", baseUrl: server().url, logLevel: "warn", logger });
    const pending = send(evo, { signal: controller.signal });
    await retryWait;
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
      const body = phase === "reading the body";
      server().reply(body ? { stallBody: true, body: MESSAGE } : { delayMs: 60_000, body: MESSAGE });
      const { fetch, headers } = fetchWithHeadersEvent();
      const evo = new EvoVoice({ apiKey: "test-key", baseUrl: server().url, timeoutMs: TIMEOUT_MS, fetch });
      // Mid-request: once the server has it (or the headers have come back), collect, then time out.
      const error = await afterTimeout(
        () => send(evo),
        async () => {
          await (body ? headers : server().received(1));
          gc?.();
        },
      );
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
