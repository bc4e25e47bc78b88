// Mistakes a JavaScript caller can make, each refused with a typed error that names it, before
// anything is sent (the loopback server counts what reached it), and failures that say where the
// client tried to go.
import {
  ConnectionError,
  EvoVoice,
  type EvoVoiceOptions,
  type ListMessagesQuery,
  RequestValidationError,
  type SendMessageInput,
  TimeoutError,
} from "@evovoice-sdk/client";
import { describe, expect, it, vi } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { refusedUrl } from "./support/server.js";

const server = sharedServer();
const evo = () => new EvoVoice({ apiKey: "test-key", baseUrl: server().url });

/** The error `call` rejects (or throws) with, and that nothing reached the server. */
async function refused(call: () => unknown): Promise<RequestValidationError> {
  let error: unknown;
  try {
    await call();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(server().requests).toHaveLength(0);
  return error as RequestValidationError;
}

describe("unknown keys are refused, naming the nearest known one", () => {
  it.each([
    [{ baseURL: "http://127.0.0.1:4010" }, "Invalid input: baseURL is not an option; did you mean baseUrl?"],
    [{ timeout: 5000 }, "Invalid input: timeout is not an option; did you mean timeoutMs?"],
    [{ retries: 3 }, "Invalid input: retries is not an option; did you mean maxRetries?"],
    [{ apikey: "k" }, "Invalid input: apikey is not an option; did you mean apiKey?"],
  ])("the option %j", async (typo, message) => {
    const error = await refused(() => new EvoVoice({ apiKey: "k", ...typo } as EvoVoiceOptions));
    expect(error.message).toBe(message);
  });

  it("even with a real key in the environment, a misspelt baseUrl sends nowhere", async () => {
    vi.stubEnv("EVOVOICE_API_KEY", "sk_live_from_the_environment");
    try {
      await refused(() => new EvoVoice({ baseURL: server().url } as EvoVoiceOptions));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a per-call option", async () => {
    const error = await refused(() =>
      evo().messages.send({ sessionId: "S1", body: "Hi" }, { timeout: 5 } as never),
    );
    expect(error.message).toBe("Invalid input: timeout is not an option of a call; did you mean timeoutMs?");
    await refused(() => evo().messages.list({}, { signall: undefined } as never));
    await refused(() => evo().conversations.list({}, { maxRetry: 1 } as never));
    await refused(() => evo().api.GET("/messages", {}, { header: {} } as never));
  });

  it("a field of the send input: text for body", async () => {
    const error = await refused(() =>
      evo().messages.send({
        endpointId: "E1",
        toAddress: "+15556667777",
        text: "hi",
      } as never as SendMessageInput),
    );
    expect(error.message).toBe(
      "Invalid input: text is not a field of messages.send; did you mean body?; body must be a non-blank string",
    );
  });

  it("an extra field of the send input is not dropped silently", async () => {
    const input = { endpointId: "E1", toAddress: "+15556667777", body: "hi", mediaUrl: "https://x/y.png" };
    const error = await refused(() => evo().messages.send(input as SendMessageInput));
    expect(error.issues).toEqual([
      {
        field: "mediaUrl",
        message: expect.stringMatching(/^is not a field of messages\.send; did you mean \w+\?$/),
      },
    ]);
  });

  it("a field of either query", async () => {
    const list = await refused(() => evo().messages.list({ endpointId: ["E1"] } as ListMessagesQuery));
    expect(list.message).toBe(
      "Invalid input: endpointId is not a field of messages.list; did you mean endpointIds?",
    );
    const conversations = await refused(() => evo().conversations.list({ endpointID: ["E1"] } as never));
    expect(conversations.message).toBe(
      "Invalid input: endpointID is not a field of conversations.list; did you mean endpointIds?",
    );
  });
});

describe("request enums are closed to the spec's values", () => {
  it("sortOrder lists the allowed values", async () => {
    const error = await refused(() => evo().messages.list({ sortOrder: "ascending" } as never));
    expect(error.message).toBe("Invalid input: sortOrder must be one of Ascend, Descend");
  });

  it("the spec's values are sent as given", async () => {
    server().reply({ body: { items: [] } });
    await evo().messages.list({ sortOrder: "Descend" });
    expect(server().requests.map((r) => r.url)).toEqual(["/messages?sortOrder=Descend"]);
  });
});

describe("failures say where the client tried to go: the origin, nothing more", () => {
  it("a refused connection names scheme, host and port", async () => {
    const baseUrl = await refusedUrl();
    const error = await new EvoVoice({
      apiKey: "sk_secret_value_0123456789",
      baseUrl: `${baseUrl}/prefix`,
      maxRetries: 0,
    }).messages
      .list({ endpointIds: ["E1"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(`Connection to ${baseUrl} failed (ECONNREFUSED); nothing was sent`);
  });

  it("a timeout names it too, and never the path, query, body or key", async () => {
    server().reply({ delayMs: 5_000, body: {} });
    const key = "sk_secret_value_0123456789";
    const error = await new EvoVoice({
      apiKey: key,
      baseUrl: server().url,
      timeoutMs: 300,
      maxRetries: 0,
    }).messages
      .send({ endpointId: "E1", toAddress: "+15556667777", body: "PIN 4417" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    const text = `${(error as Error).message} ${JSON.stringify(error)}`;
    expect((error as Error).message).toBe(
      `Timed out after 300 ms waiting for ${server().url}; it may have been delivered`,
    );
    for (const secret of [key, "/messages", "E1", "5556667777", "4417"]) expect(text).not.toContain(secret);
  });
});
