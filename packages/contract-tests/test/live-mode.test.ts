import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDriftingProxy } from "./support/drifting-proxy.js";
import { type MockTarget, receiveReplies, startMockTarget } from "./support/mock-target.js";

// `npm run contract:live` run as a person runs it (its own vitest, its own config), against the mock
// server with either page base, and against drifted servers. Reads by default; sends only when asked.
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

const readVariables = (mock: MockTarget, baseUrl = mock.target.baseUrl) => ({
  EVOVOICE_BASE_URL: baseUrl,
  EVOVOICE_API_KEY: mock.target.apiKey,
  EVOVOICE_ENDPOINT_ID: mock.target.endpointId,
});
const sendVariables = (mock: MockTarget, baseUrl = mock.target.baseUrl) => ({
  ...readVariables(mock, baseUrl),
  EVOVOICE_SESSION_ID: mock.target.sessionId,
  EVOVOICE_TO_ADDRESS: mock.target.toAddress,
  EVOVOICE_LIVE_SEND: "1",
});

describe.each([0, 1] as const)("against the mock server counting pages from %i", (pageBase) => {
  let mock: MockTarget;
  beforeAll(async () => {
    mock = await startMockTarget({ pageBase });
    receiveReplies(mock.server, 3);
  });
  afterAll(() => mock.server.close());

  it("reads only, by default: passes, reports the page base, sends nothing", async () => {
    const before = mock.server.messages.length;
    const result = await live(readVariables(mock));
    expect(result.output).toContain("LIVE CONTRACT SUITE: READ-ONLY");
    expect(result.output).toContain("REAL SENDS SKIPPED: set EVOVOICE_LIVE_SEND=1");
    expect(result.output).toMatch(new RegExp(`ListMessages page base: ${pageBase} \\(with countPerPage=1, `));
    expect(result.output).toMatch(/1 passed \| 2 skipped|2 skipped \| 1 passed|1 passed.*2 skipped/);
    expect(result.code, result.output).toBe(0);
    expect(mock.server.messages.length).toBe(before);
  });
});

describe("with real sends", () => {
  let mock: MockTarget;
  beforeAll(async () => {
    mock = await startMockTarget();
  });
  afterAll(() => mock.server.close());

  it("sends only with EVOVOICE_LIVE_SEND=1: the six probes and the Arazzo workflow's message, nowhere else", async () => {
    const before = mock.server.messages.length;
    const result = await live(sendVariables(mock));
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

  it("exits non-zero against a drifted server, naming the drift, in either mode", async () => {
    receiveReplies(mock.server, 2);
    const proxy = await startDriftingProxy("paging field retyped (totalCount as a string)", {
      upstream: mock.target.baseUrl,
      validAuthorization: `Bearer ${mock.target.apiKey}`,
      toAddress: mock.target.toAddress,
    });
    try {
      const read = await live(readVariables(mock, proxy.url));
      expect(read.code).not.toBe(0);
      expect(read.output).toMatch(/\/totalCount must be integer/);
      const send = await live(sendVariables(mock, proxy.url));
      expect(send.code).not.toBe(0);
      expect(send.output).toMatch(/\/totalCount must be integer/);
    } finally {
      await proxy.close();
    }
  });

  it("says loudly that it skipped when the variables are not set", async () => {
    const result = await live({});
    expect(result.output).toContain("LIVE CONTRACT SUITE SKIPPED: set EVOVOICE_BASE_URL, EVOVOICE_API_KEY");
    expect(result.code).toBe(0);
  });
});
