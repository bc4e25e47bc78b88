import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkServer } from "../src/server-contract/check-server.js";
import { DRIFTS, type DriftName, startDriftingProxy } from "./support/drifting-proxy.js";
import { mockTargetForFile } from "./support/mock-target.js";

// Each class of disagreement the live suite must catch, shown by putting a proxy
// that drifts in exactly that way in front of the (good) mock server.
const EXPECTED: Record<DriftName, RegExp> = {
  "renamed field": /must NOT have unevaluated properties.*|the stored message has no text/,
  "retyped field": /\/isUnread must be boolean/,
  "missing field": /the stored message has no id/,
  "value outside an enum": /\/direction must be equal to one of the allowed values/,
  "wrongly formatted value": /\/date must match format "date-time"/,
  "undocumented status code": /answered 422, a status the spec does not document/,
  "wrong content type": /200 came as "text\/html"/,
  "error body not in ServiceStack's shape":
    /401 body disagrees with the spec: \(root\) must have required property 'responseStatus'/,
  "missing route": /\[send from an endpoint to an address \(Bearer\)\] expected 200, got 404/,
  "credentials not enforced": /\[no credentials\] expected 401, got 200: credentials are not enforced/,
};

const mock = mockTargetForFile();

describe("the contract suite catches a drifted server", () => {
  it.each(Object.keys(DRIFTS) as DriftName[])("%s", async (name) => {
    const proxy = await startDriftingProxy(mock.target.baseUrl, name, `Bearer ${mock.target.apiKey}`);
    try {
      const findings = await checkServer({ ...mock.target, baseUrl: proxy.url }, "drift");
      expect(findings.join("\n")).toMatch(EXPECTED[name]);
    } finally {
      await proxy.close();
    }
  });
});

describe("npm run contract:live", () => {
  const run = promisify(execFile);
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const live = (env: Record<string, string>) =>
    run("npx", ["vitest", "run", "--config", "vitest.live.config.ts"], {
      cwd,
      env: { ...process.env, ...env },
      timeout: 60_000,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
  const variables = (baseUrl: string) => ({
    EVOVOICE_BASE_URL: baseUrl,
    EVOVOICE_API_KEY: mock.target.apiKey,
    EVOVOICE_SESSION_ID: mock.target.sessionId,
    EVOVOICE_ENDPOINT_ID: mock.target.endpointId,
    EVOVOICE_TO_ADDRESS: mock.target.toAddress,
  });

  it("passes against a server that agrees with the spec", async () => {
    const result = await live(variables(mock.target.baseUrl));
    expect(result.output).toMatch(/1 passed/);
    expect(result.code).toBe(0);
  });

  it("exits non-zero against a drifted server, naming the drift", async () => {
    const proxy = await startDriftingProxy(
      mock.target.baseUrl,
      "retyped field",
      `Bearer ${mock.target.apiKey}`,
    );
    try {
      const result = await live(variables(proxy.url));
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(EXPECTED["retyped field"]);
    } finally {
      await proxy.close();
    }
  });

  it("says loudly that it skipped when the variables are not set", async () => {
    const result = await live({ EVOVOICE_BASE_URL: "", EVOVOICE_API_KEY: "" });
    expect(result.output).toContain("LIVE CONTRACT SUITE SKIPPED");
    expect(result.code).toBe(0);
  });
});
