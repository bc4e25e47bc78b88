import { exec } from "@evovoice-sdk/processes";
import { redoclyConfig, specSource } from "./repo-paths.js";

/**
 * Bundles the split spec (spec/openapi.yaml and the files its $refs reach) into one JSON document
 * at `output`, exactly as the spec workspace's `bundle` task does for spec/dist/openapi.json.
 */
export async function bundleSpec(output: string): Promise<void> {
  await exec("redocly", ["bundle", specSource, "--config", redoclyConfig, "--ext", "json", "-o", output], {
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    timeoutMs: 120_000,
    throwOnError: true,
  });
}
