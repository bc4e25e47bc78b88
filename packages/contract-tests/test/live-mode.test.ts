import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockTarget, receiveReplies, startMockTarget } from "./support/mock-target.js";
import { STAND_IN_ENDPOINT, STAND_IN_KEY } from "./support/stand-in-data.js";
import { startStandIn } from "./support/vendor-stand-in.js";

// `npm run contract:live` run as a person runs it (its own vitest, its own config): read-only by
// default, sending only with EVOVOICE_LIVE_SEND=1 (counted at the mock server), refusing half a send
// setup, failing (exit code) on a drifted server, and saying loudly when it skipped. What it judges is
// shown in-process, faster, by live-stand-ins.test.ts and drift-detection.test.ts.
const cwd = fileURLToPath(new URL("..", import.meta.url));

async function live(env: Record<string, string>): Promise<{ code: number | undefined; output: string }> {
  // Only the variables given here: a developer's own EVOVOICE_* must not leak into these runs.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("EVOVOICE_")),
  );
  // vitest from node_modules/.bin (exec puts it on PATH), without npx starting in between.
  const run = await exec("vitest", ["run", "--config", "vitest.live.config.ts"], {
    cwd,
    env: { ...inherited, ...env },
    timeoutMs: 180_000,
  });
  return { code: run.exitCode, output: `${run.stdout}${run.stderr}` };
}

const readVariables = (mock: MockTarget) => ({
  EVOVOICE_BASE_URL: mock.target.baseUrl,
  EVOVOICE_API_KEY: mock.target.apiKey,
  EVOVOICE_ENDPOINT_ID: mock.target.endpointId,
});

describe("npm run contract:live against the mock server", () => {
  let mock: MockTarget;
  beforeAll(async () => {
    mock = await startMockTarget();
    receiveReplies(mock.server, 3);
  });
  afterAll(() => mock.server.close());

  it("reads only, by default: passes, prints the facts found, and the server records no message", async () => {
    const before = mock.server.messages.length;
    const result = await live(readVariables(mock));
    expect(result.output).toContain("LIVE CONTRACT SUITE: READ-ONLY");
    expect(result.output).toContain("REAL SENDS SKIPPED: set EVOVOICE_LIVE_SEND=1");
    expect(result.output).toContain("disagreements with the spec: none");
    expect(result.output).toMatch(
      /facts found \(neither the spec nor the vendor's pages state these; reported, never failed\):\n {4}- ListMessages page base: 0 \(with countPerPage=1, /,
    );
    expect(result.output).toMatch(/1 passed \| 2 skipped|2 skipped \| 1 passed|1 passed.*2 skipped/);
    expect(result.code, result.output).toBe(0);
    expect(mock.server.messages.length).toBe(before);
  });

  it("sends only with EVOVOICE_LIVE_SEND=1: the six probes and the Arazzo workflow's message, nowhere else", async () => {
    const before = mock.server.messages.length;
    const result = await live({
      ...readVariables(mock),
      EVOVOICE_SESSION_ID: mock.target.sessionId,
      EVOVOICE_TO_ADDRESS: mock.target.toAddress,
      EVOVOICE_LIVE_SEND: "1",
    });
    expect(result.output).toContain("WITH REAL SENDS (EVOVOICE_LIVE_SEND=1)");
    expect(result.output).toContain("ARAZZO send-then-list: passed");
    expect(result.code, result.output).toBe(0);
    const sent = mock.server.messages.slice(before).map((record) => record.response);
    expect(sent).toHaveLength(7);
    expect(sent.every((message) => message.text?.startsWith("Evo Voice SDK contract check"))).toBe(true);
  });

  it("refuses EVOVOICE_LIVE_SEND=1 without the session and address, and sends nothing", async () => {
    const before = mock.server.messages.length;
    const result = await live({ ...readVariables(mock), EVOVOICE_LIVE_SEND: "1" });
    expect(result.output).toContain(
      "EVOVOICE_LIVE_SEND=1 asks for real sends, but EVOVOICE_SESSION_ID, EVOVOICE_TO_ADDRESS not set",
    );
    expect(result.code).not.toBe(0);
    expect(mock.server.messages.length).toBe(before);
  });
});

describe("npm run contract:live elsewhere", () => {
  it("exits non-zero against a server that drifted in behaviour, naming what it breaks", async () => {
    const standIn = await startStandIn({ drift: "stale mostRecentMessage" });
    try {
      const result = await live({
        EVOVOICE_BASE_URL: standIn.url,
        EVOVOICE_API_KEY: STAND_IN_KEY,
        EVOVOICE_ENDPOINT_ID: STAND_IN_ENDPOINT,
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        "✗ a conversation's mostRecentMessage is older than a message ListMessages lists for it",
      );
      expect(result.output).toContain(
        'held to spec #/components/schemas/ListConversationsResponse: "each with its most recent message"',
      );
      expect(Object.keys(standIn.received)).toEqual(["GET"]);
    } finally {
      await standIn.close();
    }
  });

  it("says loudly that it skipped when the variables are not set", async () => {
    const result = await live({});
    expect(result.output).toContain("LIVE CONTRACT SUITE SKIPPED: set EVOVOICE_BASE_URL, EVOVOICE_API_KEY");
    expect(result.code).toBe(0);
  });
});
