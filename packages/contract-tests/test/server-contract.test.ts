import { describe, expect, it } from "vitest";
import { checkServer } from "../src/server-contract/check-server.js";
import { mockTargetForFile } from "./support/mock-target.js";

// The same suite `npm run contract:live` runs against a real server, here
// against the mock server: every probe's answer must agree with the spec.
const mock = mockTargetForFile();

describe("the mock server holds to the spec", () => {
  it("on every probe of the live suite", async () => {
    const findings = await checkServer(mock.target, "mock");
    expect(findings, findings.join("\n")).toEqual([]);
  });

  it("recorded exactly the six real messages the probes send, and nothing refused", () => {
    const texts = mock.server.messages.map((record) => record.response.text);
    expect(texts).toHaveLength(6);
    expect(texts.every((text) => text?.startsWith("Evo Voice SDK contract check mock:"))).toBe(true);
  });
});
