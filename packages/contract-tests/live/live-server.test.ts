import { describe, expect, it } from "vitest";
import { runSendThenList } from "../src/arazzo/send-then-list.js";
import { checkServer } from "../src/server-contract/check-server.js";
import { livePlanFromEnv } from "../src/server-contract/server-target.js";

// `npm run contract:live`: the server-facing contract suite against a real Evo Voice server. By
// default it only reads (ListMessages, ListConversations, refused requests) and sends nothing. With
// EVOVOICE_LIVE_SEND=1 it also sends real messages, but only into EVOVOICE_SESSION_ID and from
// EVOVOICE_ENDPOINT_ID to EVOVOICE_TO_ADDRESS, and runs the Arazzo workflow (send, then list).
const plan = livePlanFromEnv(process.env);
const runId = Date.now().toString(36);

function banner(lines: string[]): void {
  const rule = "=".repeat(78);
  console.warn(`\n${rule}\n${lines.join("\n")}\n${rule}\n`);
}

if (plan.mode === "skip") {
  banner([
    `LIVE CONTRACT SUITE SKIPPED: set ${plan.missing.join(", ")}`,
    "to run it against a real Evo Voice server. Nothing was checked.",
  ]);
} else if (plan.mode === "read") {
  banner([
    `LIVE CONTRACT SUITE: READ-ONLY against ${plan.target.baseUrl}`,
    `REAL SENDS SKIPPED: ${plan.sendsSkipped}.`,
  ]);
} else if (plan.mode === "send") {
  banner([
    `LIVE CONTRACT SUITE against ${plan.target.baseUrl}, WITH REAL SENDS (EVOVOICE_LIVE_SEND=1)`,
    `into session ${plan.target.sessionId}, and from endpoint ${plan.target.endpointId} to the configured address.`,
  ]);
}

describe.skipIf(plan.mode === "skip")("live server", () => {
  it.runIf(plan.mode === "refuse")("refuses to half-run the sends", () => {
    if (plan.mode === "refuse") throw new Error(plan.problem);
  });

  it.runIf(plan.mode === "read" || plan.mode === "send")(
    "agrees with the spec on every probe, and pages consistently",
    async () => {
      if (plan.mode !== "read" && plan.mode !== "send") return;
      const result = await checkServer(plan.target, {
        runId,
        ...(plan.mode === "send" ? { send: plan.target } : {}),
      });
      console.log(["LIVE CONTRACT REPORT", ...result.report.map((line) => `  ${line}`)].join("\n"));
      expect(result.findings, result.findings.join("\n")).toEqual([]);
    },
  );

  it.runIf(plan.mode === "send")(
    "runs spec/arazzo/send-then-list.arazzo.yaml: the sent message is listed",
    async () => {
      if (plan.mode !== "send") return;
      const run = await runSendThenList(
        plan.target,
        `Evo Voice SDK contract check ${runId}: Arazzo send, then list`,
      );
      console.log(
        `ARAZZO send-then-list: ${run.passed ? "passed" : "FAILED"}${run.messageId ? ` (message ${run.messageId})` : ""}`,
      );
      expect(run.failures, run.output).toEqual([]);
      expect(run.passed, run.output).toBe(true);
    },
  );
});
