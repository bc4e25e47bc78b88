import { describe, expect, it } from "vitest";
import { runSendThenList } from "../src/arazzo/send-then-list.js";
import { liveBanner, runLiveChecks } from "../src/server-contract/live-run.js";
import { livePlanFromEnv } from "../src/server-contract/server-target.js";

// `npm run contract:live`: the server-facing contract suite against a real Evo Voice server. By
// default it only reads (ListMessages, ListConversations, refused requests) and sends nothing. With
// EVOVOICE_LIVE_SEND=1 it also sends real messages, but only into EVOVOICE_SESSION_ID and from
// EVOVOICE_ENDPOINT_ID to EVOVOICE_TO_ADDRESS, and runs the Arazzo workflow (send, then list).
// It fails only on what the spec or the vendor's words in it state; the rest is reported as facts.
const plan = livePlanFromEnv(process.env);
const runId = Date.now().toString(36);

console.warn(liveBanner(plan));

describe.skipIf(plan.mode === "skip")("live server", () => {
  it.runIf(plan.mode === "refuse")("refuses to half-run the sends", () => {
    if (plan.mode === "refuse") throw new Error(plan.problem);
  });

  it.runIf(plan.mode === "read" || plan.mode === "send")(
    "agrees with what the spec states on every probe, pages, sorts, filters and conversations",
    async () => {
      if (plan.mode !== "read" && plan.mode !== "send") return;
      const { report, printed } = await runLiveChecks(plan, runId);
      console.log(printed);
      expect(report.findings, report.findings.join("\n")).toEqual([]);
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
