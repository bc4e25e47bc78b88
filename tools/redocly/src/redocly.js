import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { run } from "@evovoice-sdk/processes";
import { withoutBanner } from "./banner.js";

const cliPackage = createRequire(import.meta.url).resolve("@redocly/cli/package.json");
/** The pinned Redocly CLI's entry point, run with this Node. */
export const REDOCLY_CLI = join(dirname(cliPackage), "bin/cli.js");

/** What every run gets: no telemetry, no update check (CI and tests must not call out). */
export const QUIET_ENV = { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/**
 * Runs `redocly <args>` to completion, the banner removed from its output. Resolves (never rejects)
 * with @evovoice-sdk/processes' run() result.
 *
 * @default { env: process.env, timeoutMs: 120_000 }
 * @example
 * const result = await redocly(["bundle", "spec/openapi.yaml", "--ext", "json", "-o", out]);
 * if (!result.ok) throw new Error(result.output);
 */
export async function redocly(args, { cwd, env = process.env, timeoutMs = 120_000 } = {}) {
  const result = await run(process.execPath, [REDOCLY_CLI, ...args], {
    cwd,
    env: { ...env, ...QUIET_ENV },
    timeoutMs,
  });
  return {
    ...result,
    stderr: withoutBanner(result.stderr),
    output: withoutBanner(result.output),
  };
}
