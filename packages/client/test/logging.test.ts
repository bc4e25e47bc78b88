import { EvoVoice, type Logger, type LogLevel, RequestValidationError } from "@evovoice-sdk/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sharedServer } from "./support/lifecycle.js";
import { MESSAGE } from "./support/server.js";

const server = sharedServer();
afterEach(() => vi.unstubAllEnvs());

const SECRET = "sk_live_7f3a9c";
const TEXT = "Your PIN is 4417";
const PHONE = "+15556667777";

/** A logger that keeps every line and every details object, as text. */
function recordingLogger() {
  const lines: { level: string; text: string }[] = [];
  const record = (level: string) => (message: string, details?: object) =>
    lines.push({ level, text: `${message} ${JSON.stringify(details)}` });
  const logger: Logger = {
    debug: record("debug"),
    info: record("info"),
    warn: record("warn"),
    error: record("error"),
  };
  return { lines, logger };
}

async function run(logLevel?: LogLevel) {
  const { lines, logger } = recordingLogger();
  const evo = new EvoVoice({ apiKey: SECRET, baseUrl: server().url, logger, ...(logLevel && { logLevel }) });
  // A 503 then success (a retry), then a 400 (a failure), with the text and number in the echo too.
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
  return lines;
}

describe("logging", () => {
  it("is off by default", async () => {
    expect(await run()).toEqual([]);
  });

  it("debug: every attempt, its outcome, the retry and the failure", async () => {
    const lines = await run("debug");
    expect(lines.map((l) => l.level)).toEqual(["debug", "warn", "debug", "info", "debug", "error"]);
    expect(lines[1]?.text).toMatch(
      /^\[evovoice\] POST \/messages attempt 1: InternalServerError in \d+ ms; retrying in 0 ms /,
    );
    expect(lines[3]?.text).toMatch(/^\[evovoice\] POST \/messages attempt 2: 200 in \d+ ms /);
    expect(lines[5]?.text).toMatch(/^\[evovoice\] POST \/messages attempt 1: BadRequestError in \d+ ms /);
    expect(JSON.parse(lines[5]?.text.replace(/^[^{]*/, "") ?? "")).toMatchObject({
      method: "POST",
      route: "/messages",
      attempt: 1,
      status: 400,
      error: "BadRequestError",
    });
  });

  it.each([
    ["error", ["error"]],
    ["warn", ["warn", "error"]],
    ["info", ["warn", "info", "error"]],
  ] as const)("%s: only lines at that level or above", async (level, levels) => {
    expect((await run(level)).map((l) => l.level)).toEqual(levels);
  });

  it.each(["debug", "info", "warn", "error"] as const)(
    "at %s, no line holds the credentials, the message text or the phone number",
    async (level) => {
      const text = (await run(level)).map((l) => l.text).join("\n");
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TEXT);
      expect(text).not.toContain("5556667777");
      expect(text).not.toContain("E1"); // the route template, not the URL, is logged
    },
  );

  it("EVOVOICE_LOG sets the level without code", async () => {
    vi.stubEnv("EVOVOICE_LOG", "warn");
    expect((await run()).map((l) => l.level)).toEqual(["warn", "error"]);
  });

  it("a level that does not exist is refused by name", () => {
    vi.stubEnv("EVOVOICE_LOG", "verbose");
    expect(() => new EvoVoice({ apiKey: "k" })).toThrow(
      /EVOVOICE_LOG must be one of off, error, warn, info, debug, got "verbose"/,
    );
    expect(() => new EvoVoice({ apiKey: "k", logLevel: "loud" as never })).toThrow(RequestValidationError);
  });

  it("logs the route template of list calls, never the query", async () => {
    const { lines, logger } = recordingLogger();
    server().reply({ body: { items: [] } });
    await new EvoVoice({ apiKey: "k", baseUrl: server().url, logger, logLevel: "info" }).messages.list({
      endpointIds: ["E9"],
    });
    expect(lines.map((l) => l.text)).toEqual([
      expect.stringMatching(/^\[evovoice\] GET \/messages attempt 1: 200 in \d+ ms /),
    ]);
    expect(lines[0]?.text).not.toContain("E9");
  });
});
