// `npm run build` cold (no build outputs, no turbo cache) and warm (unchanged inputs, so every turbo
// task should be a cache hit). Used by `npm run build:times` and the bench's pipeline section. It
// deletes only gitignored build outputs and caches.
import { rmSync } from "node:fs";
import { describeExit, run, tail } from "@evovoice-sdk/processes";
import { BENCH_ENV, ROOT } from "./repo.mjs";

const BUILD_TIMEOUT_MS = 10 * 60_000;
const OUTPUTS = [
  ".turbo",
  "spec/dist",
  "packages/client/dist",
  "packages/mock-server/dist",
  "packages/mock-server/openapi.json",
  "packages/docs/dist",
];

/** Removes every build output and the turbo cache, then builds twice: `{ cold, warm }`. */
export async function coldAndWarmBuild({ log = () => {} } = {}) {
  log("removing build outputs and the turbo cache");
  for (const path of OUTPUTS) rmSync(`${ROOT}/${path}`, { recursive: true, force: true });
  log("cold npm run build");
  const cold = await timedBuild();
  log(`cold npm run build: ${describe(cold)}`);
  if (!cold.ok) return { cold };
  log("warm npm run build");
  const warm = await timedBuild();
  log(`warm npm run build: ${describe(warm)}`);
  return { cold, warm };
}

/** One line about a build: its time and how many turbo tasks were cache hits, or why it failed. */
export function describe(build, quote = (text) => text) {
  if (!build.ok) return `FAILED (${build.failure})\n${quote(tail(build.output))}`;
  const tasks =
    build.total === undefined ? "no turbo summary" : `${build.cached} of ${build.total} turbo tasks cached`;
  return `${build.seconds.toFixed(1)} s (${tasks})`;
}

async function timedBuild() {
  const result = await run("npm", ["run", "build"], {
    cwd: ROOT,
    env: BENCH_ENV,
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  // Turbo ends its log with "Cached:    3 cached, 7 total".
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(result.output);
  return {
    ...result,
    failure: result.ok ? undefined : describeExit(result),
    cached: cached ? Number(cached[1]) : undefined,
    total: cached ? Number(cached[2]) : undefined,
  };
}
