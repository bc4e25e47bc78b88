import { Console } from "node:console";
import { PassThrough } from "node:stream";
import { inspect } from "node:util";
import { EvoVoice, type EvoVoiceOptions, type SendMessageInput } from "@evovoice-sdk/client";
import { describe, expect, it, vi } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { type Plan, type Recorded, refusedUrl } from "./support/server.js";

const API_KEY = "sk_live_Zq8Secret4242";
const USERNAME = "api-user-Secret77";
const PASSWORD = "pw-Secret-9988";
const BASIC = Buffer.from(`${USERNAME}:${PASSWORD}`).toString("base64");
const SECRETS = [API_KEY, USERNAME, PASSWORD, BASIC];

const server = sharedServer();

/** Every way an error gets printed or serialised, as one string. */
function renderings(error: unknown): string {
  const stream = new PassThrough();
  let printed = "";
  stream.on("data", (chunk) => {
    printed += chunk;
  });
  new Console({ stdout: stream, stderr: stream }).error(error);
  const e = error as Error;
  return [
    e.message,
    e.stack,
    String(error),
    JSON.stringify(error),
    inspect(error),
    // The whole object graph, bypassing the custom inspect: no secret may be stored anywhere in it.
    inspect(error, { customInspect: false, showHidden: true, depth: Number.POSITIVE_INFINITY }),
    printed,
  ].join("\n");
}

// A server that echoes the credentials it received into its error body, the worst case.
const echo = (status: number): Plan => ({
  status,
  headers: { "retry-after": "0" },
  body: (request: Recorded) => ({
    responseStatus: {
      errorCode: "Echo",
      message: `Rejected ${request.headers.authorization}`,
      errors: [
        { errorCode: "Echo", fieldName: "Authorization", message: `${request.headers.authorization}` },
      ],
    },
  }),
});

const kinds: [string, (options: EvoVoiceOptions) => Promise<unknown>][] = [
  ["RequestValidationError", (o) => new EvoVoice(o).messages.send({ sessionId: "..", body: "" })],
  ...[400, 401, 403, 404, 409, 429, 500, 502, 503].map(
    (status): [string, (options: EvoVoiceOptions) => Promise<unknown>] => [
      `ApiError ${status} echoing the credentials`,
      (o) => {
        server().reply(echo(status));
        return new EvoVoice(o).messages.send({ sessionId: "S1", body: "x" });
      },
    ],
  ),
  [
    "TimeoutError",
    (o) => {
      server().reply({ delayMs: 2_000, body: {} });
      return new EvoVoice({ ...o, timeoutMs: 50 }).messages.send({ sessionId: "S1", body: "x" });
    },
  ],
  [
    "ConnectionError (dropped)",
    (o) => {
      server().reply({ drop: "after-record" });
      return new EvoVoice(o).messages.send({ sessionId: "S1", body: "x" });
    },
  ],
  [
    "ConnectionError (refused)",
    async (o) =>
      new EvoVoice({ ...o, baseUrl: await refusedUrl(), maxRetries: 0 }).messages.send({
        sessionId: "S1",
        body: "x",
      }),
  ],
  [
    "ConnectionError (aborted)",
    (o) => new EvoVoice(o).messages.send({ sessionId: "S1", body: "x" }, { signal: AbortSignal.abort() }),
  ],
  [
    "EvoVoiceError (malformed JSON)",
    (o) => {
      server().reply({ status: 200, body: "{not json" });
      return new EvoVoice(o).messages.send({ sessionId: "S1", body: "x" });
    },
  ],
  ...["", "Hello ", '{"token": '].map((before): [string, (options: EvoVoiceOptions) => Promise<unknown>] => [
    `EvoVoiceError (a 200 that is not JSON: ${JSON.stringify(before)} then the credentials)`,
    (o) => {
      // The parser's error quotes about ten characters of the text: the cause must not carry them.
      server().reply({
        status: 200,
        body: (request: Recorded) => `${before}${request.headers.authorization?.replace(/^\S+ /, "")}`,
      });
      return new EvoVoice(o).messages.send({ sessionId: "S1", body: "x" });
    },
  ]),
  [
    "EvoVoiceError (plain http refused)",
    async (o) =>
      new EvoVoice({ ...o, baseUrl: "http://evovoice.io" }).messages.send({ sessionId: "S1", body: "x" }),
  ],
  [
    "RequestValidationError (evo.api)",
    (o) =>
      new EvoVoice(o).api.POST("/sessions/{sessionId}/messages", {
        params: { path: { sessionId: "." } },
        body: {},
      }),
  ],
];

describe.each([
  ["apiKey", { apiKey: API_KEY }],
  ["basicAuth", { basicAuth: { username: USERNAME, password: PASSWORD } }],
])("with %s, no secret leaks", (_, credentials) => {
  it.each(kinds)("%s", async (_kind, fail) => {
    const log = vi.spyOn(console, "log");
    const warn = vi.spyOn(console, "warn");
    const error = vi.spyOn(console, "error");
    const caught = await Promise.resolve()
      .then(() => fail({ ...credentials, baseUrl: server().url, maxRetries: 0 }))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(caught).toBeInstanceOf(Error);
    const text = renderings(caught);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    // The SDK itself never logs.
    for (const spy of [log, warn, error]) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("the client object does not show them either", () => {
    const evo = new EvoVoice({ ...credentials, baseUrl: server().url });
    const text = [
      JSON.stringify(evo),
      inspect(evo, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
    ].join("\n");
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  });
});

it("the echo really contained the credentials (so the redaction above is what kept them out)", async () => {
  server().reply(echo(401));
  const error = await new EvoVoice({ apiKey: API_KEY, baseUrl: server().url }).messages
    .send({ sessionId: "S1", body: "x" } satisfies SendMessageInput)
    .catch((e: unknown) => e);
  expect(server().requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  expect((error as Error).message).toBe("Rejected Bearer [redacted]");
});

it("a 2xx that is not JSON: the parser's quote of it never holds the start of a credential", async () => {
  server().reply({ status: 200, body: (request: Recorded) => request.headers.authorization?.slice(7) ?? "" });
  const error = await new EvoVoice({ apiKey: API_KEY, baseUrl: server().url }).messages
    .send({ sessionId: "S1", body: "x" })
    .catch((e: unknown) => e as Error);
  expect((error as Error).message).toBe("Invalid JSON in a 2xx answer; it may have been delivered");
  const cause = (error as Error).cause as SyntaxError;
  expect(cause).toBeInstanceOf(SyntaxError);
  // V8 quotes the first characters it could not parse; here they would be the key's.
  expect(cause.message).toContain("[redacted]");
  expect(cause.message).not.toContain(API_KEY.slice(0, 6));
});

describe("redaction keeps the caller's data intact", () => {
  it("a 2xx answer is returned as sent, even where it contains a short key", async () => {
    const sent = { id: "M1", accountId: "mock-account", text: "Unknown k, check the key" };
    server().reply({ status: 200, body: sent });
    const data = await new EvoVoice({ apiKey: "k", baseUrl: server().url }).messages.send({
      sessionId: "S1",
      body: "x",
    });
    expect(data).toEqual(sent);
  });

  it("a short key is redacted where it stands alone, not inside other words", async () => {
    server().reply({
      status: 404,
      body: (request: Recorded) => ({
        responseStatus: {
          errorCode: "NotFound",
          message: `Unknown session; got ${request.headers.authorization}`,
        },
      }),
    });
    const error = await new EvoVoice({ apiKey: "k", baseUrl: server().url }).messages
      .send({ sessionId: "S1", body: "x" })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe("Unknown session; got Bearer [redacted]");
  });

  it("a short key with regular-expression characters is redacted as it is", async () => {
    server().reply(echo(400));
    const error = await new EvoVoice({ apiKey: "a+b(c", baseUrl: server().url }).messages
      .send({ sessionId: "S1", body: "x" })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe("Rejected Bearer [redacted]");
  });

  it("a key with a quote in it is found in the JSON that escapes it", async () => {
    const quoted = 'sk_live_"quoted"_Secret4242';
    server().reply(echo(401));
    const error = await new EvoVoice({ apiKey: quoted, baseUrl: server().url }).messages
      .send({ sessionId: "S1", body: "x" })
      .catch((e: unknown) => e);
    expect(server().requests[0]?.headers.authorization).toBe(`Bearer ${quoted}`);
    expect((error as Error).message).toBe("Rejected Bearer [redacted]");
    expect(renderings(error)).not.toContain("quoted");
  });

  it("a header that echoes the credentials is redacted in the error", async () => {
    server().reply({ status: 401, headers: { "x-echo": `Bearer ${API_KEY}` }, body: {} });
    const error = (await new EvoVoice({ apiKey: API_KEY, baseUrl: server().url }).messages
      .send({ sessionId: "S1", body: "x" })
      .catch((e: unknown) => e)) as { headers: Record<string, string> };
    expect(error.headers["x-echo"]).toBe("Bearer [redacted]");
    expect(renderings(error)).not.toContain(API_KEY);
  });
});
