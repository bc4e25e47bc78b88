// The JavaScript runtimes the tarball is tried in. Node 20 is the one running
// this script; the others come from npm packages pinned in runtimes/package-lock.json
// (kept out of the root lockfile: ~700 MB of binaries nobody else needs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanEnv, runOrThrow } from "./proc.mjs";

const runtimesDir = fileURLToPath(new URL("../runtimes/", import.meta.url));
const modules = join(runtimesDir, "node_modules");

export const binaries = {
  node18: join(modules, "node18/bin/node"),
  node20: process.execPath,
  node22: join(modules, "node22/bin/node"),
  node24: join(modules, "node24/bin/node"),
  bun: join(modules, "@oven/bun-linux-x64/bin/bun"),
  // The `deno` package's postinstall only copies this binary next to its shim;
  // install scripts are off here, so use the platform package it depends on.
  deno: join(modules, "@deno/linux-x64-glibc/deno"),
};

function installed(lockfile) {
  const { packages } = JSON.parse(readFileSync(lockfile, "utf8"));
  return Object.entries(packages).filter(([path]) => path.startsWith("node_modules/"));
}

// node_modules matches the lockfile when every package npm recorded as
// installed is the locked version and every non-optional locked package is
// there (optional ones are other platforms' binaries).
function matchesLockfile() {
  const hidden = join(modules, ".package-lock.json");
  if (!existsSync(hidden)) return false;
  const have = new Map(installed(hidden).map(([path, { version }]) => [path, version]));
  const locked = installed(join(runtimesDir, "package-lock.json"));
  const lockedVersions = new Map(locked.map(([path, { version }]) => [path, version]));
  return (
    [...have].every(([path, version]) => lockedVersions.get(path) === version) &&
    locked.every(([path, { version, optional }]) => optional || have.get(path) === version)
  );
}

/** `npm ci` the runtimes unless node_modules already matches the committed lockfile. */
export async function ensureRuntimes() {
  if (matchesLockfile() && Object.values(binaries).every((bin) => existsSync(bin)))
    return "already installed";
  await runOrThrow(
    "npm",
    ["ci", "--prefix", runtimesDir, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
    { env: cleanEnv(), timeoutMs: 240_000 },
  );
  return "npm ci";
}
