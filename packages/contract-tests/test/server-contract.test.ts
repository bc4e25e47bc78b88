import type { MockServer } from "@evovoice-sdk/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkServer } from "../src/server-contract/check-server.js";
import type { ServerTarget } from "../src/server-contract/server-target.js";
import { startMockTarget } from "./support/mock-target.js";

// The same suite `npm run contract:live` runs against a real server, here
// against the mock server: every probe's answer must agree with the spec.
let server: MockServer;
let target: ServerTarget;
beforeAll(async () => {
  ({ server, target } = await startMockTarget());
});
afterAll(() => server?.close());

describe("the mock server holds to the spec", () => {
  it("on every probe of the live suite", async () => {
    const findings = await checkServer(target, "mock");
    expect(findings, findings.join("\n")).toEqual([]);
  });

  it("recorded exactly the six real messages the probes send, and nothing refused", () => {
    const texts = server.messages.map((record) => record.response.text);
    expect(texts).toHaveLength(6);
    expect(texts.every((text) => text?.startsWith("Evo Voice SDK contract check mock:"))).toBe(true);
  });
});
