// A folder with its own package.json and committed package-lock.json, installed
// with `npm ci --prefix` and kept out of the root lockfile (heavy tools that only
// one script needs: the runtimes of test:package, Prism for the bench).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { exec } from "@evovoice-sdk/processes";
import { cleanEnv } from "./clean-env.mjs";

function installed(lockfile) {
  const { packages } = JSON.parse(readFileSync(lockfile, "utf8"));
  return Object.entries(packages).filter(([path]) => path.startsWith("node_modules/"));
}

// node_modules matches the lockfile when every package npm recorded as
// installed is the locked version and every non-optional locked package is
// there (optional ones are other platforms' binaries).
export function matchesLockfile(dir) {
  const hidden = join(dir, "node_modules/.package-lock.json");
  if (!existsSync(hidden)) return false;
  const have = new Map(installed(hidden).map(([path, { version }]) => [path, version]));
  const locked = installed(join(dir, "package-lock.json"));
  const lockedVersions = new Map(locked.map(([path, { version }]) => [path, version]));
  return (
    [...have].every(([path, version]) => lockedVersions.get(path) === version) &&
    locked.every(([path, { version, optional }]) => optional || have.get(path) === version)
  );
}

/**
 * `npm ci` the folder. Install scripts stay off: none of these packages needs one (the
 * runtimes ship their binaries, Prism's only script is @scarf/scarf's usage analytics).
 */
export async function installLocked(dir, timeoutMs) {
  await exec(
    "npm",
    ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
    { env: cleanEnv(), timeoutMs, throwOnError: true },
  );
}
