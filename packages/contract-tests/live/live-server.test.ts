import { describe, expect, it } from "vitest";
import { checkServer } from "../src/server-contract/check-server.js";
import { liveTargetFromEnv } from "../src/server-contract/server-target.js";

// `npm run contract:live`: the server-facing contract suite against a real Evo
// Voice server. It sends real messages, but only into EVOVOICE_SESSION_ID and
// from EVOVOICE_ENDPOINT_ID to EVOVOICE_TO_ADDRESS.
const target = liveTargetFromEnv(process.env);

if ("missing" in target) {
  const banner = "=".repeat(78);
  console.warn(
    `\n${banner}\nLIVE CONTRACT SUITE SKIPPED: set ${target.missing.join(", ")}\n` +
      `to run it against a real Evo Voice server. Nothing was checked.\n${banner}\n`,
  );
}

describe.skipIf("missing" in target)(`live server ${"missing" in target ? "" : target.baseUrl}`, () => {
  it("agrees with spec/openapi.yaml on every probe", async () => {
    if ("missing" in target) return;
    const findings = await checkServer(target);
    expect(findings, findings.join("\n")).toEqual([]);
  });
});
