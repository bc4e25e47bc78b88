import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { bundleSpec } from "./bundle-spec.js";
import { binDir } from "./repo-paths.js";

/**
 * What `npm run generate` would write from the spec as it is now: bundle the split
 * spec with Redocly, then openapi-typescript, both into a scratch folder, so the
 * committed file is compared without being touched.
 */
export async function regenerateTypes(): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "evovoice-generate-"));
  try {
    const bundle = join(scratch, "openapi.json");
    const output = join(scratch, "openapi.ts");
    await bundleSpec(bundle);
    await exec(join(binDir, "openapi-typescript"), [bundle, "--output", output], {
      timeoutMs: 120_000,
      throwOnError: true,
    });
    return await readFile(output, "utf8");
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The first line where two texts differ, for a failure message a person can act on. */
export function firstDifference(expected: string, actual: string): string | undefined {
  const want = expected.split("\n");
  const have = actual.split("\n");
  for (let line = 0; line < Math.max(want.length, have.length); line++) {
    if (want[line] !== have[line]) {
      return `line ${line + 1}: the spec generates ${JSON.stringify(want[line]?.trim())}, the committed file has ${JSON.stringify(have[line]?.trim())}`;
    }
  }
  return undefined;
}
