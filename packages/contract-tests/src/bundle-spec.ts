import { redocly } from "@evovoice-sdk/redocly";
import { redoclyConfig, specSource } from "./repo-paths.js";

/**
 * Bundles the split spec (spec/openapi.yaml and the files its $refs reach) into one JSON document
 * at `output`, exactly as the spec workspace's `bundle` task does for spec/dist/openapi.json.
 */
export async function bundleSpec(output: string): Promise<void> {
  const run = await redocly(["bundle", specSource, "--config", redoclyConfig, "--ext", "json", "-o", output]);
  if (run.code !== 0) throw new Error(`redocly bundle failed (${run.code}):\n${run.stderr}${run.stdout}`);
}
