import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { binDir, redoclyConfig, specSource } from "./repo-paths.js";

const run = promisify(execFile);
const quietRedocly = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/**
 * What `npm run generate` would write from the spec as it is now: bundle with
 * Redocly, then openapi-typescript, both into a scratch folder, so the
 * committed file is compared without being touched.
 */
export async function regenerateTypes(): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), "evovoice-generate-"));
  try {
    const bundle = join(scratch, "openapi.json");
    const output = join(scratch, "openapi.ts");
    await run(
      join(binDir, "redocly"),
      ["bundle", specSource, "--config", redoclyConfig, "--ext", "json", "-o", bundle],
      {
        env: quietRedocly,
      },
    );
    await run(join(binDir, "openapi-typescript"), [bundle, "--output", output]);
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
