import { checkServer, type ServerReport } from "./check-server.js";
import type { LivePlan } from "./server-target.js";

/** A plan that checks something: read-only, or with real sends. */
export type RunnablePlan = Extract<LivePlan, { mode: "read" | "send" }>;

/** The banner `npm run contract:live` prints first, so a skipped or read-only run is never mistaken for more. */
export function liveBanner(plan: LivePlan): string {
  const lines =
    plan.mode === "skip"
      ? [
          `LIVE CONTRACT SUITE SKIPPED: set ${plan.missing.join(", ")}`,
          "to run it against a real Evo Voice server. Nothing was checked.",
        ]
      : plan.mode === "read"
        ? [
            `LIVE CONTRACT SUITE: READ-ONLY against ${plan.target.baseUrl}`,
            `REAL SENDS SKIPPED: ${plan.sendsSkipped}.`,
          ]
        : plan.mode === "send"
          ? [
              `LIVE CONTRACT SUITE against ${plan.target.baseUrl}, WITH REAL SENDS (EVOVOICE_LIVE_SEND=1)`,
              `into session ${plan.target.sessionId}, and from endpoint ${plan.target.endpointId} to the configured address.`,
            ]
          : [`LIVE CONTRACT SUITE REFUSED: ${plan.problem}`];
  const rule = "=".repeat(78);
  return `\n${rule}\n${lines.join("\n")}\n${rule}\n`;
}

/**
 * What `npm run contract:live` runs against the plan's server (live/live-server.test.ts): the whole
 * server-facing suite, read-only unless the plan says send, and the report it prints. The run passes
 * when `report.findings` is empty; the facts never fail it.
 */
export async function runLiveChecks(
  plan: RunnablePlan,
  runId: string,
): Promise<{ report: ServerReport; printed: string }> {
  const report = await checkServer(plan.target, {
    runId,
    ...(plan.mode === "send" ? { send: plan.target } : {}),
  });
  return {
    report,
    printed: ["LIVE CONTRACT REPORT", ...report.report.map((line) => `  ${line}`)].join("\n"),
  };
}
