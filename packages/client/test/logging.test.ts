import { Writable } from "node:stream";
import { EvoVoice, type Logger, type LogLevel, RequestValidationError } from "@evovoice-sdk/client";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import winston from "winston";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const SECRET = "sk_live_7f3a9c";
const TEXT = "Your PIN is 4417";
const PHONE = "+15556667777";

/** A plain logger object that keeps the arguments of every call. */
function recordingLogger() {
  const calls: { level: string; args: unknown[] }[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      calls.push({ level, args });
  const logger: Logger = {
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  };
  return { calls, logger, text: () => calls.map((c) => String(c.args[0])) };
}

/** A 503 then success (a retry), then a 400 (a failure), with the text and number in the echo too. */
async function exercise(options: { logger?: Logger; logLevel?: LogLevel }) {
  const evo = new EvoVoice({ apiKey: SECRET, baseUrl: server().url, ...options });
  const echo = { ...MESSAGE, text: TEXT, otherAddress: PHONE };
  server().reply(
    {
      status: 503,
      headers: { "retry-after": "0" },
      body: { responseStatus: { errorCode: "Busy", message: `for ${PHONE}` } },
    },
    { body: echo },
    { status: 400, body: { responseStatus: { errorCode: "Invalid", message: `bad ${PHONE}: ${TEXT}` } } },
  );
  await evo.messages.send({ endpointId: "E1", toAddress: PHONE, body: TEXT });
  await evo.messages.send({ endpointId: "E1", toAddress: PHONE, body: TEXT }).catch(() => {});
}

async function run(logLevel?: LogLevel) {
  const recording = recordingLogger();
  await exercise({ logger: recording.logger, ...(logLevel && { logLevel }) });
  return recording;
}

/** What no log line may hold, at any level. */
function expectNothingPersonal(text: string) {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(TEXT);
  expect(text).not.toContain("5556667777");
  expect(text).not.toContain("E1"); // the route template, not the URL, is logged
}

describe("logging to a plain logger object", () => {
  it("is off by default", async () => {
    expect((await run()).calls).toEqual([]);
  });

  it("debug: one line per event, the attempt, outcome, retry and failure, with where it went", async () => {
    const { calls, text } = await run("debug");
    expect(calls.map((c) => c.level)).toEqual(["debug", "warn", "debug", "info", "debug", "error"]);
    // The line, then the same facts as fields, none of them undefined.
    for (const call of calls) {
      expect(call.args).toEqual([
        expect.any(String),
        expect.objectContaining({ method: "POST", route: "/messages" }),
      ]);
      expect(Object.values(call.args[1] as object)).not.toContain(undefined);
    }
    const origin = server().url.replace(/[.]/g, "\\.");
    expect(text()).toEqual([
      expect.stringMatching(new RegExp(`^\\[evovoice\\] POST ${origin}/messages attempt 1: sending$`)),
      expect.stringMatching(
        new RegExp(
          `^\\[evovoice\\] POST ${origin}/messages attempt 1: 503 InternalServerError in \\d+ ms; retrying in 0 ms$`,
        ),
      ),
      expect.stringMatching(/attempt 2: sending$/),
      expect.stringMatching(/attempt 2: 200 in \d+ ms$/),
      expect.stringMatching(/attempt 1: sending$/),
      expect.stringMatching(/attempt 1: 400 BadRequestError in \d+ ms$/),
    ]);
    for (const line of text()) {
      expect(line).not.toContain("\n");
      expect(line).not.toContain("undefined");
    }
  });

  it.each([
    ["error", ["error"]],
    ["warn", ["warn", "error"]],
    ["info", ["warn", "info", "error"]],
  ] as const)("%s: only lines at that level or above", async (level, levels) => {
    expect((await run(level)).calls.map((c) => c.level)).toEqual(levels);
  });

  it.each(["debug", "info", "warn", "error"] as const)(
    "at %s, no line holds the credentials, the message text or the phone number",
    async (level) => {
      // The lines and the fields both.
      expectNothingPersonal(JSON.stringify((await run(level)).calls));
    },
  );

  it("the console gets one line per event, and nothing after it", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    server().reply({ body: MESSAGE });
    await new EvoVoice({ apiKey: "k", baseUrl: server().url, logLevel: "debug" }).messages.send({
      sessionId: "S1",
      body: "Hi",
    });
    expect(debug.mock.calls).toEqual([[expect.stringMatching(/attempt 1: sending$/)]]);
    expect(info.mock.calls).toEqual([[expect.stringMatching(/attempt 1: 200 in \d+ ms$/)]]);
  });

  it("EVOVOICE_LOG sets the level without code", async () => {
    vi.stubEnv("EVOVOICE_LOG", "warn");
    expect((await run()).calls.map((c) => c.level)).toEqual(["warn", "error"]);
  });

  it("a level that does not exist is refused by name", () => {
    vi.stubEnv("EVOVOICE_LOG", "verbose");
    expect(() => new EvoVoice({ apiKey: "k" })).toThrow(
      /EVOVOICE_LOG must be one of off, error, warn, info, debug, got "verbose"/,
    );
    expect(() => new EvoVoice({ apiKey: "k", logLevel: "loud" as never })).toThrow(RequestValidationError);
  });

  it("logs the route template of list calls, never the query", async () => {
    const { logger, text } = recordingLogger();
    server().reply({ body: { items: [] } });
    await new EvoVoice({ apiKey: "k", baseUrl: server().url, logger, logLevel: "info" }).messages.list({
      endpointIds: ["E9"],
    });
    expect(text()).toEqual([
      expect.stringMatching(/ GET http:\/\/127\.0\.0\.1:\d+\/messages attempt 1: 200 in \d+ ms$/),
    ]);
    expect(text()[0]).not.toContain("E9");
  });
});

/** A writable stream that keeps each JSON line it is given, parsed. */
function jsonLines() {
  const records: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) records.push(JSON.parse(line));
      done();
    },
  });
  return { records, stream };
}

describe("structured loggers keep the fields as fields", () => {
  const fields = {
    method: "POST",
    origin: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    route: "/messages",
    attempt: 1,
    status: 400,
    error: "BadRequestError",
    durationMs: expect.any(Number),
  };

  it("pino (its object first, then the message)", async () => {
    const { records, stream } = jsonLines();
    await exercise({ logger: pino({ level: "debug" }, stream), logLevel: "debug" });
    expect(records).toHaveLength(6);
    const failure = records[5] as Record<string, unknown>;
    expect(failure).toMatchObject({
      ...fields,
      level: 50,
      msg: expect.stringMatching(/400 BadRequestError in \d+ ms$/),
    });
    expect(Number.isInteger(failure.durationMs)).toBe(true);
    expect(records[1]).toMatchObject({ status: 503, retryInMs: 0, level: 40 });
    expectNothingPersonal(JSON.stringify(records));
  });

  it("winston (its message first, then the fields)", async () => {
    const { records, stream } = jsonLines();
    const logger = winston.createLogger({
      level: "debug",
      format: winston.format.json(),
      transports: [new winston.transports.Stream({ stream })],
    });
    await exercise({ logger, logLevel: "debug" });
    expect(records).toHaveLength(6);
    expect(records[5]).toMatchObject({
      ...fields,
      level: "error",
      message: expect.stringMatching(/400 BadRequestError in \d+ ms$/),
    });
    expect(records[1]).toMatchObject({ status: 503, retryInMs: 0, level: "warn" });
    expectNothingPersonal(JSON.stringify(records));
  });
});
