// Build the published packages through turbo (so the spec bundle and generated
// code come first), then `npm pack` them exactly as `npm publish` would.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const published = ["@evovoice-sdk/client", "@evovoice-sdk/mock-server"];

export async function build() {
  await exec(
    join(repoRoot, "node_modules/.bin/turbo"),
    ["run", "build", "--output-logs=errors-only", ...published.map((name) => `--filter=${name}`)],
    {
      cwd: repoRoot,
      env: cleanEnv({ TURBO_TELEMETRY_DISABLED: "1" }),
      timeoutMs: 180_000,
      throwOnError: true,
    },
  );
}

/** Packs each published workspace into `dir`; returns { name: tarballPath }. */
export async function pack(dir) {
  const tarballs = {};
  for (const name of published) {
    // --ignore-scripts: build() already ran; a prepack build would only repeat it.
    const { stdout } = await exec(
      "npm",
      ["pack", "-w", name, "--pack-destination", dir, "--ignore-scripts", "--json", "--loglevel=error"],
      { cwd: repoRoot, env: cleanEnv(), timeoutMs: 60_000, throwOnError: true },
    );
    const [{ filename }] = JSON.parse(stdout);
    tarballs[name] = join(dir, filename);
  }
  return tarballs;
}
