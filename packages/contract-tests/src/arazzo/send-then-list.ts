import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { arazzoWorkflow } from "../repo-paths.js";
import type { SendTarget } from "../server-contract/server-target.js";

// spec/arazzo/send-then-list.arazzo.yaml, run by `redocly respect` against a server: send a message
// from the endpoint to the address, then find it among the endpoint's messages. Respect also checks
// each answer's status, content type and schema against the spec.

/** The name of the OpenAPI source in the workflow, which `--server` points at the target. */
const SOURCE = "evovoice";

export interface WorkflowRun {
  passed: boolean;
  /** Every failed check, as `step: check: message`. */
  failures: string[];
  /** The id the send step got back, if it got that far. */
  messageId: string | undefined;
  /** What respect printed, for a failure message. */
  output: string;
}

interface RespectStep {
  stepId?: string;
  checks?: { name?: string; passed?: boolean; message?: string }[];
  response?: { body?: { id?: unknown } };
}

/** Runs the workflow once against `target`; the credentials travel in the environment, not on the command line. */
export async function runSendThenList(target: SendTarget, text: string): Promise<WorkflowRun> {
  const scratch = await mkdtemp(join(tmpdir(), "evovoice-respect-"));
  try {
    const results = join(scratch, "results.json");
    const inputs = {
      apiKey: target.apiKey,
      endpointId: target.endpointId,
      toAddress: target.toAddress,
      body: text,
    };
    const run = await exec(
      "redocly",
      ["respect", arazzoWorkflow, "--server", `${SOURCE}=${target.baseUrl}`, "--json-output", results],
      {
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: "off",
          REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
          REDOCLY_CLI_RESPECT_INPUT: JSON.stringify(inputs),
        },
        timeoutMs: 120_000,
      },
    );
    const steps = await readSteps(results);
    const failures = steps.flatMap((step) =>
      (step.checks ?? [])
        .filter((check) => !check.passed)
        .map((check) => `${step.stepId}: ${check.name}: ${check.message}`),
    );
    const sent = steps.find((step) => step.stepId === "sendMessage")?.response?.body?.id;
    return {
      passed: run.exitCode === 0 && steps.length === 2 && failures.length === 0,
      failures,
      messageId: typeof sent === "string" ? sent : undefined,
      output: `${run.stdout}${run.stderr}`,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readSteps(file: string): Promise<RespectStep[]> {
  try {
    const json = JSON.parse(await readFile(file, "utf8")) as {
      files?: Record<string, { executedWorkflows?: { executedSteps?: RespectStep[] }[] }>;
    };
    return Object.values(json.files ?? {}).flatMap((entry) =>
      (entry.executedWorkflows ?? []).flatMap((workflow) => workflow.executedSteps ?? []),
    );
  } catch {
    return [];
  }
}
